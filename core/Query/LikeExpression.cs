using CrmIntegration.Core.Modules;
using CrmIntegration.Core.Records;
using CrmIntegration.Core.Text;

namespace CrmIntegration.Core.Query;

/// <summary>
/// <c>field LIKE 'pattern'</c> over the stored text, case-insensitive after NFC except on ids
/// (which compare exactly). The pattern is compiled once, when the query is parsed.
/// </summary>
public sealed record LikeExpression(FieldDefinition Field, string Pattern) : QueryExpression
{
    private ValueKind Kind { get; } = ValueKinds.Of(Field);

    /// <summary>The pattern compiled for the field's stored keys (folded unless the field is an id).</summary>
    public LikePattern Compiled { get; } =
        LikePattern.Compile(ValueKinds.Of(Field) == ValueKind.Exact ? Pattern : KeyFold.Fold(Pattern));

    public override bool? Evaluate(CrmRecord record) =>
        QueryConstant.StoredKey(Kind, record[Field.Name]) is { } key ? Compiled.IsMatch(key) : null;

    public override string ToString() => $"{Field.Name} LIKE {SqlText.Quote(Pattern)}";
}
