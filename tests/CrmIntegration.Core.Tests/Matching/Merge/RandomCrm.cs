using CrmIntegration.Core.Tests.Infrastructure;

namespace CrmIntegration.Core.Tests.Matching.Merge;

/// <summary>
/// A seeded random database: a few hundred records across modules with random keys, activity
/// parents, many-to-many rows (some with roles), shared emails and phones, and a few deleted records.
/// </summary>
public sealed class RandomCrm(CrmCore core, ManualClock clock, Random random)
{
    private static readonly string[] Emails = ["an@x.vn", "binh@y.vn", "chi@z.vn", "AN@x.vn", "dung@gmail.com", "em@x.vn"];
    private static readonly string[] Phones = ["0901234567", "090 123 4567", "0912000111", "02838123456", "0283999888", "0987654321"];
    private static readonly string[] Parents = ["Accounts", "Contacts", "Leads", "Opportunities", "Prospects"];

    private readonly Dictionary<string, List<string>> _ids = new();

    public void Fill()
    {
        Make("Accounts", 25, () => [("email1", Maybe(Emails)), ("phone_office", Maybe(Phones)), ("parent_id", Some("Accounts")), ("website", Maybe(["https://a.vn", "https://b.vn"]))]);
        Make("Contacts", 40, () => [.. Person(), ("account_id", Some("Accounts")), ("reports_to_id", Some("Contacts"))]);
        Make("Opportunities", 15, () => [("account_id", Some("Accounts")), ("next_step", Maybe(["Gọi lại", "Gửi báo giá"]))]);
        Make("Leads", 50, () => [.. Person(), ("account_id", Some("Accounts")), ("contact_id", Some("Contacts")),
            ("opportunity_id", Some("Opportunities")), ("reports_to_id", Some("Leads"))]);
        Make("Prospects", 15, () => [.. Person(), ("lead_id", Some("Leads"))]);
        Make("Cases", 15, () => [("account_id", Some("Accounts"))]);
        Make("Contracts", 8, () => [("account_id", Some("Accounts") ?? _ids["Accounts"][0])]);
        Make("Assets", 8, () => [("account_id", Some("Accounts"))]);
        foreach (var activity in new[] { "Notes", "Calls", "Meetings", "Tasks" })
        {
            Make(activity, 12, () =>
            {
                var parent = Parents[random.Next(Parents.Length)];
                return [("parent_type", parent), ("parent_id", Some(parent) ?? _ids[parent][0])];
            });
        }

        LinkRandomly("Contacts", "opportunities", 25);
        LinkRandomly("Contacts", "cases", 25);
        DeleteSome();
    }

    /// <summary>Live records of the module that can still be merged.</summary>
    public List<string> Live(string module) =>
        core.Store.Scan(module).Where(r => !r.IsDeleted).Select(r => r.Id).Order(StringComparer.Ordinal).ToList();

    private void Make(string module, int count, Func<(string Field, string? Value)[]> values)
    {
        var ids = _ids[module] = [];
        for (var i = 0; i < count; i++)
        {
            clock.Advance(TimeSpan.FromSeconds(random.Next(1, 500)));
            ids.Add(core.Add(module, values().Where(v => v.Value is not null).ToArray()).Id);
        }
    }

    private (string Field, string? Value)[] Person() =>
    [
        ("last_name", Pick(["Nguyễn", "Trần", "Lê", "Phạm"])), ("first_name", Maybe(["An", "Bình", "Chi"])), ("title", Maybe(["CEO", "Kế toán"])),
        ("email1", Maybe(Emails)), ("email2", Maybe(Emails)), ("phone_mobile", Maybe(Phones)), ("phone_work", Maybe(Phones)),
        ("phone_home", Maybe(Phones)), ("description", Maybe(["Khách quen", "Gặp ở hội chợ"])),
    ];

    private void LinkRandomly(string module, string link, int count)
    {
        var related = core.Relationships.Resolve(MergeTestData.Admin, module, link).Related.Name;
        for (var i = 0; i < count; i++)
        {
            clock.Advance(TimeSpan.FromSeconds(random.Next(1, 100)));
            core.Link(module, Pick(_ids[module]), link, Pick(_ids[related]), random.Next(3) == 0 ? "Technical Decision Maker" : null);
        }
    }

    private void DeleteSome()
    {
        foreach (var module in new[] { "Leads", "Contacts", "Accounts", "Notes" })
        {
            foreach (var id in _ids[module].Where(_ => random.Next(20) == 0))
            {
                core.Change(MergeTestData.Admin, core.Store.Get(module, id)!, ("deleted", "1"));
            }
        }
    }

    private string? Some(string module) =>
        _ids.TryGetValue(module, out var ids) && ids.Count > 0 && random.Next(3) > 0 ? Pick(ids) : null;

    private string? Maybe(IReadOnlyList<string> values) => random.Next(2) == 0 ? Pick(values) : null;

    private string Pick(IReadOnlyList<string> values) => values[random.Next(values.Count)];
}
