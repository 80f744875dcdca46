namespace CrmIntegration.Core.Query;

/// <summary>
/// Where a query's matches can be found without a scan: every matching record is among the
/// records whose indexed field (any of <see cref="Fields"/>) equals, ignoring case as the store's
/// key lookup does, any of <see cref="Values"/>. Values are raw; the store folds them.
/// </summary>
public sealed record IndexHint(IReadOnlyList<string> Fields, IReadOnlyList<string> Values)
{
    public override string ToString() => $"[{string.Join(", ", Fields)}] × [{string.Join(", ", Values)}]";
}
