using CrmIntegration.Core.Modules;

namespace CrmIntegration.Core.Records;

/// <summary>
/// One record of a module: field name → value, values as the strings SugarCRM puts on the wire
/// (dates <c>yyyy-MM-dd</c>, datetimes <c>yyyy-MM-dd HH:mm:ss</c> UTC, booleans <c>0</c>/<c>1</c>,
/// enums as keys). Field names are case-insensitive, as SugarCRM's are.
/// </summary>
public sealed class CrmRecord
{
    private readonly Dictionary<string, string?> _values;

    public CrmRecord(string module, IEnumerable<KeyValuePair<string, string?>>? values = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(module);
        Module = module;
        _values = FieldValues.Copy(values ?? []);
    }

    public string Module { get; }

    public string Id
    {
        get => this[CommonFields.Id] ?? "";
        set => this[CommonFields.Id] = value;
    }

    public bool IsDeleted => this[CommonFields.Deleted] == "1";

    /// <summary>The owner for access rules: the assigned user, or the creator when nobody is assigned.</summary>
    public string? OwnerId =>
        string.IsNullOrEmpty(this[CommonFields.AssignedUserId]) ? this[CommonFields.CreatedBy] : this[CommonFields.AssignedUserId];

    public IReadOnlyDictionary<string, string?> Values => _values;

    /// <summary>The value, or null when the field is unset.</summary>
    public string? this[string field]
    {
        get => _values.GetValueOrDefault(field);
        set => _values[field] = value;
    }

    public bool Has(string field) => _values.ContainsKey(field);

    public void Remove(string field) => _values.Remove(field);

    public CrmRecord Clone() => new(Module, _values);

    public override string ToString() => $"{Module}/{Id}";
}
