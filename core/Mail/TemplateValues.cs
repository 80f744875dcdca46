using CrmIntegration.Core.Modules;
using CrmIntegration.Core.Records;
using CrmIntegration.Core.Storage;

namespace CrmIntegration.Core.Mail;

/// <summary>
/// The placeholder values for a notification about one record: each of the module's fields (not
/// sensitive ones), <c>X_name</c> for each related-record id field <c>X_id</c> the module lacks
/// (Opportunities' <c>account_id</c> gives <c>account_name</c>), and
/// <c>assigned_user_name</c>, <c>link</c>, <c>record_name</c>, <c>module_label</c>, <c>module_label_vi</c>,
/// and for activities <c>parent_name</c>, the name of the record they hang from.
/// </summary>
public sealed class TemplateValues(ICrmStore store, ModuleRegistry registry, MailOptions options)
{
    private const string ParentName = "parent_name";

    public IReadOnlyDictionary<string, string?> For(CrmRecord record, CrmRecord assignee)
    {
        var module = registry.Get(record.Module);
        var values = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        foreach (var field in module.Fields.Where(f => !f.Sensitive))
        {
            values[field.Name] = record[field.Name];
        }

        foreach (var field in module.Fields.Where(f => f.RelatedModule is not null && f.Name.EndsWith("_id", StringComparison.Ordinal)))
        {
            var nameField = field.Name[..^3] + "_name";
            if (!values.ContainsKey(nameField))
            {
                values[nameField] = RelatedName(field.RelatedModule!, record[field.Name]);
            }
        }

        values["assigned_user_name"] = PersonName(assignee) ?? assignee["user_name"];
        values["record_name"] = PersonName(record) ?? record[module.DisplayField];
        values["module_label"] = module.LabelEn;
        values["module_label_vi"] = module.LabelVi;
        values["link"] = Link(module.Name, record.Id);
        if (module.FindField(CommonFields.ParentType) is not null && !values.ContainsKey(ParentName))
        {
            values[ParentName] = ParentRecordName(record[CommonFields.ParentType], record[CommonFields.ParentId]);
        }

        return values;
    }

    /// <summary>
    /// SugarCRM's record URL under <c>Mail:BaseUrl</c>; null without one. There is no URL to give
    /// then: the mail leaves the link out (templates wrap it in <c>{{#link}}…{{/link}}</c>) rather
    /// than carry one that leads nowhere.
    /// </summary>
    public string? Link(string module, string id) =>
        options.BaseUrl is { Length: > 0 } baseUrl
            ? $"{baseUrl.TrimEnd('/')}/index.php?module={Uri.EscapeDataString(module)}&action=DetailView&record={Uri.EscapeDataString(id)}"
            : null;

    /// <summary>Family name first, as Vietnamese names are said (Nguyễn Thị Hồng Nhung); null when there is none.</summary>
    public static string? PersonName(CrmRecord record)
    {
        var parts = new[] { record["last_name"], record["first_name"] }.Where(p => !string.IsNullOrWhiteSpace(p)).ToList();
        return parts.Count > 0 ? string.Join(' ', parts) : null;
    }

    /// <summary>An activity's parent (the account, case, lead … it hangs from), by name.</summary>
    private string? ParentRecordName(string? module, string? id) =>
        registry.Find(module) is { } parent ? RelatedName(parent.Name, id) : null;

    private string? RelatedName(string module, string? id)
    {
        if (string.IsNullOrEmpty(id) || store.Get(module, id) is not { IsDeleted: false } related)
        {
            return null;
        }

        return PersonName(related) ?? related[registry.Get(module).DisplayField];
    }
}
