namespace CrmIntegration.Core.Query;

public enum ComparisonOperator
{
    Equal,
    NotEqual,
    Less,
    LessOrEqual,
    Greater,
    GreaterOrEqual,
}

internal static class ComparisonOperators
{
    public static ComparisonOperator? Parse(string text) => text switch
    {
        "=" => ComparisonOperator.Equal,
        "<>" or "!=" => ComparisonOperator.NotEqual,
        "<" => ComparisonOperator.Less,
        "<=" => ComparisonOperator.LessOrEqual,
        ">" => ComparisonOperator.Greater,
        ">=" => ComparisonOperator.GreaterOrEqual,
        _ => null,
    };

    public static string Symbol(this ComparisonOperator op) => op switch
    {
        ComparisonOperator.Equal => "=",
        ComparisonOperator.NotEqual => "<>",
        ComparisonOperator.Less => "<",
        ComparisonOperator.LessOrEqual => "<=",
        ComparisonOperator.Greater => ">",
        _ => ">=",
    };

    /// <summary>Whether a three-way comparison result satisfies the operator.</summary>
    public static bool Holds(this ComparisonOperator op, int comparison) => op switch
    {
        ComparisonOperator.Equal => comparison == 0,
        ComparisonOperator.NotEqual => comparison != 0,
        ComparisonOperator.Less => comparison < 0,
        ComparisonOperator.LessOrEqual => comparison <= 0,
        ComparisonOperator.Greater => comparison > 0,
        _ => comparison >= 0,
    };
}
