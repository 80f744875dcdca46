using CrmIntegration.Core.Modules;
using CrmIntegration.Core.Records;
using CrmIntegration.Core.Storage;

namespace CrmIntegration.Core.Mail;

/// <summary>
/// The placeholder values for a notification about one record: each of the module's fields (not
/// sensitive ones), <c>X_name</c> for each related-record id field <c>X_id</c> the module lacks
/// (Opportunities' <c>account_id</c> gives <c>account_name</c>), and
/// <c>assigned_user_name</c>, <c>link</c>, <c>record_name</c>, <c>module_label</c>, <c>module_label_vi</c>.
/// </summary>
public sealed class TemplateValues(ICrmStore store, ModuleRegistry registry, MailOptions options)
{
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
        return values;
    }

    /// <summary>SugarCRM's record URL under <c>Mail:BaseUrl</c>; without one, the module and id (still findable).</summary>
    public string Link(string module, string id) =>
        options.BaseUrl is { Length: > 0 } baseUrl
            ? $"{baseUrl.TrimEnd('/')}/index.php?module={Uri.EscapeDataString(module)}&action=DetailView&record={Uri.EscapeDataString(id)}"
            : $"{module} {id}";

    /// <summary>Family name first, as Vietnamese names are said (Nguyễn Thị Hồng Nhung); null when there is none.</summary>
    public static string? PersonName(CrmRecord record)
    {
        var parts = new[] { record["last_name"], record["first_name"] }.Where(p => !string.IsNullOrWhiteSpace(p)).ToList();
        return parts.Count > 0 ? string.Join(' ', parts) : null;
    }

    private string? RelatedName(string module, string? id)
    {
        if (string.IsNullOrEmpty(id) || store.Get(module, id) is not { IsDeleted: false } related)
        {
            return null;
        }

        return PersonName(related) ?? related[registry.Get(module).DisplayField];
    }
}
