using CrmIntegration.Core.Modules;
using CrmIntegration.Core.Query;
using CrmIntegration.Core.Records;
using CrmIntegration.Core.Storage;

namespace CrmIntegration.Core.Tests.Storage.Contract;

public abstract partial class StoreContract
{
    /// <summary>Six leads over six days: statuses, names, addresses, creators, one deleted.</summary>
    private List<CrmRecord> SeedQueryLeads()
    {
        List<CrmRecord> leads =
        [
            Lead("Nguyễn", (CommonFields.DateEntered, Day(1)), ("status", "New"), ("email1", "An.Nguyen@Example.VN"), ("email_key", "an.nguyen@example.vn"), (CommonFields.CreatedBy, "partner-1")),
            Lead("Trần", (CommonFields.DateEntered, Day(2)), ("status", "Assigned"), ("title", "Giám đốc"), (CommonFields.CreatedBy, "partner-1")),
            Lead("nguyễn", (CommonFields.DateEntered, Day(3)), ("status", "New"), (CommonFields.CreatedBy, "partner-2")),
            Lead("Lê", (CommonFields.DateEntered, Day(4)), ("status", "Dead"), ("title", ""), (CommonFields.CreatedBy, "partner-1"), (CommonFields.Deleted, "1")),
            Lead("Phạm", (CommonFields.DateEntered, Day(5)), ("status", "new"), (CommonFields.CreatedBy, "Partner-1")),
            Lead("Hoàng", (CommonFields.DateEntered, Day(6)), ("status", "In Process"), (CommonFields.CreatedBy, "partner-2")),
        ];
        for (var i = 0; i < leads.Count; i++)
        {
            // Fixed ids: they break ties in the order.
            leads[i].Id = $"lead-{i + 1}";
        }

        Store.InsertMany(leads);
        return leads;
    }

    private static string[] Names(RecordPage page) => page.Records.Select(r => r["last_name"]!).ToArray();

    [Fact]
    public void Query_NoFilter_IsEveryLiveRecord_OldestFirst_WithTheTotal()
    {
        SeedQueryLeads();

        var page = Run(LeadQuery() with { CountTotal = true });

        Assert.Equal(["Nguyễn", "Trần", "nguyễn", "Phạm", "Hoàng"], Names(page));
        Assert.Equal(5, page.Total);
        Assert.Null(Run(LeadQuery()).Total);
    }

    [Theory]
    [InlineData("status = 'NEW'", "Nguyễn,nguyễn,Phạm")]
    [InlineData("status IN ('assigned', 'in process')", "Trần,Hoàng")]
    [InlineData("last_name = 'NGUYỄN'", "Nguyễn,nguyễn")]
    [InlineData("last_name LIKE 'ng%'", "Nguyễn,nguyễn")]
    [InlineData("date_entered >= '2026-01-02' AND date_entered < '2026-01-05'", "Trần,nguyễn")]
    [InlineData("date_entered BETWEEN '2026-01-05 09:00:00' AND '2026-01-09'", "Phạm,Hoàng")]
    [InlineData("date_entered > '2026-01-05 09:00:00'", "Hoàng")]
    [InlineData("title IS NULL", "Nguyễn,nguyễn,Phạm,Hoàng")]
    [InlineData("title = 'giám đốc' OR status = 'In Process'", "Trần,Hoàng")]
    [InlineData("NOT status = 'New'", "Trần,Hoàng")]
    [InlineData("email1 = 'an.nguyen@example.vn'", "Nguyễn")]
    [InlineData("leads.deleted = 0 AND status = 'new'", "Nguyễn,nguyễn,Phạm")]
    [InlineData("created_by = 'partner-1'", "Nguyễn,Trần")]
    [InlineData("status = 'Dead'", "")]
    public void Query_Filter_SelectsWhatItMatches(string where, string expected)
    {
        SeedQueryLeads();

        var page = Run(LeadQuery(where) with { CountTotal = true });

        Assert.Equal(expected.Split(',', StringSplitOptions.RemoveEmptyEntries), Names(page));
        Assert.Equal(page.Records.Count, page.Total);
    }

    [Theory]
    [InlineData("date_entered DESC", "Hoàng,Phạm,nguyễn,Trần,Nguyễn")]
    [InlineData("status, date_entered DESC", "Trần,Hoàng,Phạm,nguyễn,Nguyễn")]
    [InlineData("last_name", "Hoàng,Nguyễn,nguyễn,Phạm,Trần")]
    [InlineData("title DESC, date_entered", "Trần,Nguyễn,nguyễn,Phạm,Hoàng")]
    public void Query_Order_IsTheRequestedOne(string orderBy, string expected)
    {
        SeedQueryLeads();

        Assert.Equal(expected.Split(','), Names(Run(LeadQuery(orderBy: orderBy))));
    }

    [Fact]
    public void Query_EqualSortKeys_AreOrderedById_SoPagesAreStable()
    {
        var leads = Enumerable.Range(0, 30).Select(i => Lead($"L{i}", ("status", i % 2 == 0 ? "New" : "Dead"))).ToList();
        Store.InsertMany(leads);

        var ids = Enumerable.Range(0, 6).SelectMany(p => Run(LeadQuery(orderBy: "status DESC") with { Offset = p * 5, Limit = 5 }).Records).Select(r => r.Id).ToList();

        var expected = leads.Where(l => l["status"] == "New").Select(l => l.Id).Order(StringComparer.Ordinal)
            .Concat(leads.Where(l => l["status"] == "Dead").Select(l => l.Id).Order(StringComparer.Ordinal));
        Assert.Equal(expected, ids);
    }

    [Fact]
    public void Query_Page_SkipsAndTakes_AndTheTotalCountsEveryMatch()
    {
        SeedQueryLeads();

        var page = Run(LeadQuery("status <> 'Dead'", "date_entered") with { Offset = 1, Limit = 2, CountTotal = true });
        var beyond = Run(LeadQuery() with { Offset = 10, Limit = 2, CountTotal = true });
        var none = Run(LeadQuery("status = 'New'") with { Limit = 0, CountTotal = true });

        Assert.Equal(["Trần", "nguyễn"], Names(page));
        Assert.Equal(5, page.Total);
        Assert.Equal((0, 5), (beyond.Records.Count, beyond.Total));
        Assert.Equal((0, 3), (none.Records.Count, none.Total));
    }

    [Fact]
    public void Query_Deleted_AreLeftOutUnlessAskedFor()
    {
        SeedQueryLeads();

        var all = Run(LeadQuery("status = 'dead' OR status = 'new'") with { IncludeDeleted = true, CountTotal = true });
        var onlyDeleted = Run(LeadQuery("leads.deleted = 1") with { IncludeDeleted = true, CountTotal = true });

        Assert.Equal(["Nguyễn", "nguyễn", "Lê", "Phạm"], Names(all));
        Assert.Equal(4, all.Total);
        Assert.Equal(("Lê", 1), (string.Join(",", Names(onlyDeleted)), onlyDeleted.Total));
        Assert.Equal(0, Run(LeadQuery("leads.deleted = 1") with { CountTotal = true }).Total);
    }

    [Fact]
    public void Query_Scope_ComparesExactly_AndCombinesWithTheFilter()
    {
        SeedQueryLeads();
        var mine = new ReadScope(CommonFields.CreatedBy, "partner-1");

        var page = Run(LeadQuery() with { Scope = mine, CountTotal = true });
        var filtered = Run(LeadQuery("status = 'Assigned' OR status = 'New'", "date_entered DESC") with { Scope = mine, IncludeDeleted = true, CountTotal = true });

        Assert.Equal(("Nguyễn,Trần", 2), (string.Join(",", Names(page)), page.Total));
        Assert.Equal(("Trần,Nguyễn", 2), (string.Join(",", Names(filtered)), filtered.Total));
        var self = Run(new RecordQuery("Leads") { Scope = new ReadScope(CommonFields.Id, page.Records[0].Id) });
        Assert.Equal(["Nguyễn"], Names(self));
    }

    [Fact]
    public void Query_SeesWritesAfterEarlierQueries()
    {
        var leads = SeedQueryLeads();
        Assert.Equal(3, Run(LeadQuery("status = 'new'") with { Limit = 1, CountTotal = true }).Total);

        leads[0]["status"] = "Dead";
        Store.Update(leads[0]);
        leads[2][CommonFields.Deleted] = "1";
        Store.Update(leads[2]);
        Store.Insert(Lead("Đỗ", ("status", "New"), (CommonFields.DateEntered, Day(7))));

        var page = Run(LeadQuery("status = 'new'") with { Limit = 1, CountTotal = true });
        Assert.Equal(("Phạm", 2), (string.Join(",", Names(page)), page.Total));
        Assert.Equal(5, Run(LeadQuery() with { Limit = 1, CountTotal = true }).Total);
    }

    [Theory]
    [InlineData("amount > 10", "", "big,twenty")]
    [InlineData("amount = 20", "", "twenty")]
    [InlineData("amount IN (3.50, 100)", "", "big,small")]
    [InlineData("amount < 1000 AND probability >= 50", "", "twenty")]
    [InlineData("NOT amount > 10", "", "small")]
    [InlineData("amount IS NULL", "", "none,empty")]
    [InlineData("", "amount", "none,empty,small,twenty,big")]
    [InlineData("", "amount DESC", "big,twenty,small,none,empty")]
    public void Query_NumericFields_CompareAndSortAsNumbers_MissingOnesUnknown(string where, string orderBy, string expected)
    {
        // Text order would put "100" before "20" and "3.5"; ids (o-1 …) break the tie of the two without an amount.
        Opportunity("o-1", "big", "100", "10");
        Opportunity("o-2", "twenty", " 20.0 ", "50");
        Opportunity("o-3", "small", "3.5", null);
        Opportunity("o-4", "none", null, "90");
        Opportunity("o-5", "empty", "", "90");

        var page = Run(new RecordQuery("Opportunities")
        {
            Filter = QueryParser.ParseWhere(where, Registry.Get("Opportunities"), Registry),
            Order = QueryParser.ParseOrderBy(orderBy, Registry.Get("Opportunities"), Registry),
            CountTotal = true,
        });

        Assert.Equal(expected.Split(','), page.Records.Select(r => r["name"]));
        Assert.Equal(page.Records.Count, page.Total);
    }

    [Theory]
    [InlineData("last_name LIKE '50\\%%'", "50% off")]
    [InlineData("last_name LIKE '50_ off'", "50% off,50x off")]
    [InlineData("last_name LIKE '%\\_%'", "a_b")]
    [InlineData("last_name <> 'a\\0b' AND last_name LIKE 'a%'", "a_b,ab")]
    [InlineData("last_name = 'a\\0b' OR last_name LIKE '%\\0%'", "")]
    [InlineData("last_name LIKE '%ễN'", "Nguyễn")]
    [InlineData("last_name LIKE 'back\\\\'", "back\\")]
    public void Query_Like_EscapesAndWildcards_MeanTheSameInEveryStore(string where, string expected)
    {
        Store.InsertMany(new[] { "50% off", "50x off", "a_b", "ab", "Nguyễn", "back\\" }.Select(n => Lead(n)));

        var names = Names(Run(LeadQuery(where, "last_name")));

        Assert.Equal(expected.Split(',', StringSplitOptions.RemoveEmptyEntries), names);
    }

    private void Opportunity(string id, string name, string? amount, string? probability)
    {
        var record = new CrmRecord("Opportunities", new Dictionary<string, string?>
        {
            [CommonFields.Id] = id,
            ["name"] = name,
            [CommonFields.Deleted] = "0",
            [CommonFields.DateEntered] = "2026-03-02 08:30:00",
        });
        if (amount is not null)
        {
            record["amount"] = amount;
        }

        if (probability is not null)
        {
            record["probability"] = probability;
        }

        Store.Insert(record);
    }
}
