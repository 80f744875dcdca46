namespace CrmIntegration.Core.Records;

/// <summary>Name/value pairs as callers send them (SOAP name_value_lists, typed submissions).</summary>
public static class FieldValues
{
    /// <summary>A copy keyed without regard to case, as SugarCRM treats field names; a later pair wins.</summary>
    public static Dictionary<string, string?> Copy(IEnumerable<KeyValuePair<string, string?>> pairs)
    {
        var values = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, value) in pairs)
        {
            values[name] = value;
        }

        return values;
    }
}
