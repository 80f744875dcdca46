using CrmIntegration.Core.Modules;
using CrmIntegration.Core.Records;
using CrmIntegration.Core.Relationships;
using CrmIntegration.Core.Security;

namespace CrmIntegration.Core.Tests.Matching.Merge;

/// <summary>Builders for merge tests: a record of any module with its required fields, links, reads.</summary>
public static class MergeTestData
{
    public static readonly CrmUser Admin = UserAdministration.SystemActor;

    /// <summary>The modules merge tests merge; each has a merged_into field.</summary>
    public static readonly string[] MergeModules = ["Accounts", "Leads", "Contacts", "Opportunities", "Prospects"];

    private static readonly Dictionary<string, (string Field, string? Value)[]> Required = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Accounts"] = [("name", "Công ty")],
        ["Leads"] = [("last_name", "Nguyễn")],
        ["Contacts"] = [("last_name", "Trần")],
        ["Prospects"] = [("last_name", "Lê")],
        ["Opportunities"] = [("name", "Cơ hội"), ("amount", "1000"), ("date_closed", "2026-06-30"), ("sales_stage", "Prospecting")],
        ["Campaigns"] = [("name", "Chiến dịch"), ("campaign_type", "Email")],
        ["Calls"] = [("name", "Gọi"), ("date_start", "2026-03-05 09:00:00")],
        ["Meetings"] = [("name", "Họp"), ("date_start", "2026-03-05 09:00:00")],
        ["Documents"] = [("document_name", "Tài liệu")],
        ["Assets"] = [("name", "Máy"), ("product_model", "X1")],
    };

    private static long _serials;

    /// <summary>Saves a record through the record service, adding whatever the module requires.</summary>
    public static CrmRecord Add(this CrmCore core, string module, params (string Field, string? Value)[] values)
    {
        var all = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        foreach (var (field, value) in Required.GetValueOrDefault(module) ?? [("name", module + " record")])
        {
            all[field] = value;
        }

        if (module is "Contracts" && !values.Any(v => v.Field == "account_id"))
        {
            all["account_id"] = core.Add("Accounts").Id;
        }

        // A serial number is unique per product model (AssetsRules): each asset gets one of its own.
        if (module is "Assets")
        {
            all["serial_number"] = "SN-" + Interlocked.Increment(ref _serials).ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        if (module is "SubContracts" && !values.Any(v => v.Field == "contract_id"))
        {
            all["contract_id"] = core.Add("Contracts").Id;
        }

        foreach (var (field, value) in values)
        {
            all[field] = value;
        }

        return core.Records.Save(Admin, module, all);
    }

    public static void Link(this CrmCore core, string module, string id, string link, string relatedId, string? role = null)
    {
        var extra = role is null ? null : new Dictionary<string, string?> { ["contact_role"] = role };
        var result = core.Relationships.SetRelationship(Admin, module, id, link, [relatedId], extra);
        if (result.Failed > 0)
        {
            throw new InvalidOperationException($"{module} {id} {link} {relatedId} could not be linked");
        }
    }

    public static IReadOnlyList<string> Related(this CrmCore core, string module, string id, string link) =>
        core.Relationships.GetRelated(Admin, module, id, link, new ListRequest()).Records.Select(r => r.Id).Order().ToList();

    /// <summary>Links that hang other records from a record of the module (not its own outgoing keys).</summary>
    public static IEnumerable<ResolvedLink> ChildLinks(this CrmCore core, string module) =>
        core.Registry.Get(module).Links
            .Select(l => core.Relationships.Resolve(Admin, module, l.Name))
            .Where(l => l.Relationship.Kind == RelationshipKind.ManyToMany || l.FromLhs);

    public static TheoryData<string, string> AllChildLinks()
    {
        using var core = CrmCore.InMemory();
        var data = new TheoryData<string, string>();
        foreach (var module in MergeModules)
        {
            foreach (var link in core.ChildLinks(module))
            {
                data.Add(module, link.Link.Name);
            }
        }

        return data;
    }
}
