using CrmIntegration.Core;
using CrmIntegration.Core.Query;
using CrmIntegration.Core.Storage;

namespace CrmIntegration.Server.Tests.Infrastructure;

/// <summary>What the store holds of the leads a load test sent, read straight from the store.</summary>
public static class StoredLeads
{
    /// <summary>The ids of the stored leads whose partner_ref starts with <paramref name="prefix"/>, by partner_ref.</summary>
    public static Dictionary<string, List<string>> ByReference(CrmCore core, string prefix) =>
        core.Store.Query(new RecordQuery("Leads")
        {
            Filter = QueryParser.ParseWhere($"partner_ref LIKE '{prefix}%'", core.Registry.Get("Leads"), core.Registry),
        }).Records.GroupBy(r => r["partner_ref"]!).ToDictionary(g => g.Key, g => g.Select(r => r.Id).ToList());
}
