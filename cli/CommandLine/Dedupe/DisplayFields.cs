using CrmIntegration.Core.Modules;
using CrmIntegration.Core.Records;
using CrmIntegration.Core.Storage;

namespace CrmIntegration.Cli.CommandLine.Dedupe;

/// <summary>
/// The fields a duplicate report shows for a module: what a person compares to judge a match. A
/// member of another module (a contact in a Leads report) is shown under the same columns, with
/// the equivalent field: an account's name as account_name, its office phone as phone_work.
/// </summary>
internal static class DisplayFields
{
    private static readonly string[] People = ["first_name", "last_name", "email1", "phone_mobile", "phone_work", "account_name"];
    private static readonly string[] Companies = ["name", "email1", "phone_office", "phone_alternate", "website"];

    public static IReadOnlyList<string> For(string module) =>
        string.Equals(module, "Accounts", StringComparison.OrdinalIgnoreCase) ? Companies : People;

    public static IReadOnlyList<string> Values(ICrmStore store, ModuleRegistry registry, CrmRecord record, IReadOnlyList<string> fields)
    {
        var module = registry.Get(record.Module);
        return fields.Select(f => (module.FindField(f) is not null ? record[f] : Equivalent(store, record, f)) ?? "").ToList();
    }

    private static string? Equivalent(ICrmStore store, CrmRecord record, string field) => field switch
    {
        "account_name" when record.Module == "Accounts" => record["name"],
        "account_name" => record["account_id"] is { Length: > 0 } accountId ? store.Get("Accounts", accountId)?["name"] : null,
        "phone_work" => record["phone_office"],
        "phone_mobile" => record["phone_alternate"],
        "name" => string.Join(' ', new[] { record["first_name"], record["last_name"] }.Where(n => !string.IsNullOrWhiteSpace(n))),
        "phone_office" => record["phone_work"],
        "phone_alternate" => record["phone_mobile"],
        _ => null,
    };
}
