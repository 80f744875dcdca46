using CrmIntegration.Core.Records;

namespace CrmIntegration.Core.Query;

/// <summary>
/// A parsed <c>query</c> condition: an immutable tree, built once per request and evaluated
/// against each candidate record.
/// </summary>
/// <remarks>
/// Evaluation follows SQL's three-valued logic, as the MySQL SugarCRM runs on does: a comparison
/// with a missing value is unknown (null), <c>NOT unknown</c> stays unknown, and only conditions
/// that are true select a record. So <c>last_name &lt;&gt; 'x'</c> and <c>NOT last_name = 'x'</c>
/// both skip records that have no last name; <c>IS NULL</c> is the way to find those.
/// </remarks>
public abstract record QueryExpression
{
    /// <summary>Whether the condition is true for the record (false and unknown both exclude it).</summary>
    public bool Matches(CrmRecord record) => Evaluate(record) == true;

    /// <summary>The condition's SQL truth value: true, false, or null for unknown.</summary>
    public abstract bool? Evaluate(CrmRecord record);
}
