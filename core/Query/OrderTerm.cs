using CrmIntegration.Core.Modules;

namespace CrmIntegration.Core.Query;

/// <summary>One <c>ORDER BY</c> term.</summary>
public sealed record OrderTerm(FieldDefinition Field, bool Descending)
{
    public override string ToString() => Descending ? $"{Field.Name} DESC" : $"{Field.Name} ASC";
}
