namespace CrmIntegration.Storage.PostgreSql.Query;

/// <summary>The values of a statement being written: each one added becomes <c>$n</c> in its text, never part of it.</summary>
internal sealed class SqlParameters
{
    private readonly List<object?> _values = [];

    public object?[] Values => _values.ToArray();

    /// <summary>Adds <paramref name="value"/> and returns its placeholder.</summary>
    public string Add(object? value)
    {
        _values.Add(value);
        return "$" + _values.Count;
    }
}
