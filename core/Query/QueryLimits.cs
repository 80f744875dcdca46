namespace CrmIntegration.Core.Query;

/// <summary>
/// Bounds on what a caller may send, so one request cannot make the parser or the evaluator do
/// unbounded work (deep recursion, megabyte-long fragments).
/// </summary>
public static class QueryLimits
{
    /// <summary>Longest accepted fragment, in characters; real SugarCRM queries are a few hundred.</summary>
    public const int MaxLength = 16 * 1024;

    /// <summary>Deepest accepted nesting of parentheses and NOT.</summary>
    public const int MaxDepth = 64;
}
