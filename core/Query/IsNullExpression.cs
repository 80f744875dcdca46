using CrmIntegration.Core.Modules;
using CrmIntegration.Core.Records;

namespace CrmIntegration.Core.Query;

/// <summary>
/// <c>field IS NULL</c>: true for a missing value and for '' (SugarCRM stores '' for an empty
/// text field, and callers asking "has no email" mean both). Never unknown.
/// </summary>
public sealed record IsNullExpression(FieldDefinition Field) : QueryExpression
{
    public override bool? Evaluate(CrmRecord record) => string.IsNullOrEmpty(record[Field.Name]);

    public override string ToString() => $"{Field.Name} IS NULL";
}
