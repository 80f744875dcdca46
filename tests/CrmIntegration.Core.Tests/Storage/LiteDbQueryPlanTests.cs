using System.Globalization;
using CrmIntegration.Core.Matching.Normalization;
using CrmIntegration.Core.Modules;
using CrmIntegration.Core.Query;
using CrmIntegration.Core.Records;
using CrmIntegration.Core.Storage;
using CrmIntegration.Core.Storage.LiteDb;

namespace CrmIntegration.Core.Tests.Storage;

/// <summary>
/// How many documents LiteDB's <see cref="LiteDbCrmStore.Query"/> reads on 100,000 leads: an
/// indexed equality reads its matches and nothing else; a page of a big match, a date range or the
/// whole module ordered by date reads about a page; an address lookup reads the one lead. Counted by
/// the store itself (<see cref="LiteDbCrmStore.DocumentsRead"/>), so a plan that scanned would show.
/// </summary>
public sealed class LiteDbQueryPlanTests : IClassFixture<LiteDbQueryPlanTests.HundredThousandLeads>
{
    private const int Leads = 100_000;

    /// <summary>Every 1,000th lead came from partner-7; the rest were entered by admin-1.</summary>
    private const int PartnerEvery = 1_000;

    private readonly HundredThousandLeads _data;

    public LiteDbQueryPlanTests(HundredThousandLeads data) => _data = data;

    private LiteDbCrmStore Store => _data.Store;

    [Fact]
    public void IndexedEquality_On100000Records_ReadsOnlyTheMatchingRecords()
    {
        var (page, read) = Measure("status = 'Dead'", limit: 20);

        // Every 2,500th lead is Dead: 40 of them, and 40 documents read.
        Assert.Equal(40, page.Total);
        Assert.Equal(20, page.Records.Count);
        Assert.All(page.Records, r => Assert.Equal("Dead", r["status"]));
        Assert.Equal(40, read);

        // Counted are the documents LiteDB returns; that it looked at no others is its plan's to say.
        var plan = Store.SeekPlan("Leads", "status", "Dead");
        Assert.Equal(BsonRecordMapper.KeyPrefix + "status", plan["index"]["name"].AsString);
        Assert.StartsWith("INDEX SEEK", plan["index"]["mode"].AsString);
    }

    [Fact]
    public void PartnersOwnLeadsSinceADate_ReadsTheirLeads_NotEveryonesInTheRange()
    {
        const string Where = "created_by = 'partner-7' AND date_entered >= '2026-01-01'";
        Measure(Where, limit: 20); // the first query builds the tally: one pass
        var (page, read) = Measure(Where, limit: 20);

        Assert.Equal(Leads / PartnerEvery, page.Total);
        Assert.Equal(Expected(r => r[CommonFields.CreatedBy] == "partner-7").Take(20), page.Records.Select(r => r.Id));
        Assert.InRange(read, 20, 3 * Leads / PartnerEvery);
    }

    [Fact]
    public void IndexedEqualityWithManyMatches_ReadsAboutOnePage_AndCountsFromTheTally()
    {
        Measure("status = 'Assigned'", limit: 20); // the first query builds the tally: one pass
        var (page, read) = Measure("status = 'Assigned'", limit: 20);

        Assert.Equal(Leads / 4, page.Total);
        Assert.Equal(Expected(r => r["status"] == "Assigned").Take(20), page.Records.Select(r => r.Id));
        Assert.InRange(read, 20, 200);
    }

    [Fact]
    public void DateRange_ReadsAboutOnePage()
    {
        Measure("date_entered >= '2026-02-01' AND date_entered < '2026-02-08'", limit: 20);
        var (page, read) = Measure("date_entered >= '2026-02-01' AND date_entered < '2026-02-08'", limit: 20);

        var expected = Expected(r => string.CompareOrdinal(r[CommonFields.DateEntered], "2026-02-01") >= 0
            && string.CompareOrdinal(r[CommonFields.DateEntered], "2026-02-08") < 0).ToList();
        Assert.Equal(expected.Count, page.Total);
        Assert.Equal(expected.Take(20), page.Records.Select(r => r.Id));
        Assert.InRange(read, 20, 40);
    }

    [Fact]
    public void OrderByIndexedField_ReadsAboutOnePage()
    {
        Measure(null, limit: 20, orderBy: "date_entered DESC");
        var (page, read) = Measure(null, limit: 20, orderBy: "date_entered DESC");

        Assert.Equal(Leads, page.Total);
        Assert.Equal(_data.Ids[^1], page.Records[0].Id);
        Assert.InRange(read, 20, 40);
    }

    [Fact]
    public void EmailLookup_ReadsTheOneLead_ThroughEmailKey()
    {
        var (page, read) = Measure("email1 = 'LEAD4321@example.vn'", limit: 20);

        Assert.Equal(_data.Ids[4321], Assert.Single(page.Records).Id);
        Assert.Equal(1, page.Total);
        Assert.Equal(1, read);
    }

    private (RecordPage Page, long Read) Measure(string? where, int limit, string? orderBy = null)
    {
        var module = ModuleRegistry.Default.Get("Leads");
        var query = new RecordQuery("Leads")
        {
            Filter = QueryParser.ParseWhere(where, module, ModuleRegistry.Default),
            Order = QueryParser.ParseOrderBy(orderBy, module, ModuleRegistry.Default),
            Limit = limit,
            CountTotal = true,
        };
        lock (_data)
        {
            var before = Store.DocumentsRead;
            var page = Store.Query(query);
            return (page, Store.DocumentsRead - before);
        }
    }

    /// <summary>The ids of the leads that pass, oldest first (seeding order is date order).</summary>
    private IEnumerable<string> Expected(Func<CrmRecord, bool> passes) =>
        Enumerable.Range(0, Leads).Where(i => passes(HundredThousandLeads.Lead(i, _data.Ids[i]))).Select(i => _data.Ids[i]);

    /// <summary>100,000 leads in a store in memory, made once for the class: a lead every 5 minutes from 2026-01-01.</summary>
    public sealed class HundredThousandLeads : IDisposable
    {
        private static readonly string[] Statuses = ["New", "Assigned", "In Process", "Converted"];

        public HundredThousandLeads()
        {
            Store = LiteDbCrmStore.InMemory(ModuleRegistry.Default);
            Ids = Enumerable.Range(0, Leads).Select(i => $"lead-{i:D6}").ToArray();
            Store.InsertMany(Enumerable.Range(0, Leads).Select(i => Lead(i, Ids[i])));
        }

        public LiteDbCrmStore Store { get; }

        public string[] Ids { get; }

        public static CrmRecord Lead(int i, string id)
        {
            var email = $"lead{i}@example.vn";
            return new CrmRecord("Leads", new Dictionary<string, string?>
            {
                [CommonFields.Id] = id,
                ["last_name"] = $"Lead {i}",
                ["status"] = i % 2_500 == 7 ? "Dead" : Statuses[i % 4],
                ["email1"] = email,
                ["email_key"] = EmailKey.Normalize(email),
                [CommonFields.DateEntered] = new DateTime(2026, 1, 1).AddMinutes(5 * i).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
                [CommonFields.CreatedBy] = i % PartnerEvery == 3 ? "partner-7" : "admin-1",
                [CommonFields.Deleted] = "0",
            });
        }

        public void Dispose() => Store.Dispose();
    }
}
