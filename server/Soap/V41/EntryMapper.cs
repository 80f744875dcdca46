using CrmIntegration.Core.Modules;
using CrmIntegration.Core.Records;
using CrmIntegration.Server.Soap.V41.Contracts;

namespace CrmIntegration.Server.Soap.V41;

/// <summary>Contract types ⇄ core records; the only place name_value lists are built or read.</summary>
internal static class EntryMapper
{
    /// <summary>SugarCRM's text for an id that is missing, deleted or unreadable in get_entries.</summary>
    public const string MissingWarning = "Access to this object is denied since it has been deleted or does not exist";

    public static IEnumerable<KeyValuePair<string, string?>> Pairs(NameValue[]? values) =>
        (values ?? []).Where(v => !string.IsNullOrEmpty(v.Name)).Select(v => new KeyValuePair<string, string?>(v.Name!, v.Value));

    public static Dictionary<string, string?> Dictionary(NameValue[]? values) => FieldValues.Copy(Pairs(values));

    public static EntryValue ToEntry(ModuleDefinition module, CrmRecord record, IReadOnlyCollection<string>? selectFields) => new()
    {
        Id = record.Id,
        ModuleName = module.Name,
        NameValueList = ToNameValues(module, record, selectFields),
    };

    public static NameValue[] ToNameValues(ModuleDefinition module, CrmRecord record, IReadOnlyCollection<string>? selectFields) =>
        RecordService.Project(module, record, selectFields).Select(p => new NameValue(p.Key, p.Value ?? "")).ToArray();

    public static EntryValue MissingEntry(string module, string? id) => new()
    {
        Id = id,
        ModuleName = module,
        NameValueList = [new NameValue("warning", MissingWarning), new NameValue("deleted", "1")],
    };

    public static NameValue[] Options(FieldDefinition field) =>
        field.Options.Select(o => new NameValue(o.Key, o.LabelEn)).ToArray();
}
