using System.Text;
using CrmIntegration.Core.Modules;
using CrmIntegration.Core.Query;
using CrmIntegration.Core.Storage;
using CrmIntegration.Core.Records;
using CrmIntegration.Core.Storage.LiteDb;
using CrmIntegration.Core.Tests.Infrastructure;
using LiteDB;

namespace CrmIntegration.Core.Tests.Storage;

public sealed class LiteDbCrmStoreTests : IDisposable
{
    private const string VietnameseName = "Nguyễn Thị Hồng Nhung";

    private readonly TempDatabase _database = new();

    public void Dispose() => _database.Dispose();

    [Fact]
    public void InsertGetUpdateSoftDelete_RoundTripOnFile()
    {
        using var store = _database.OpenStore();
        var lead = StoreRecords.Lead("Trần");
        lead["first_name"] = "Văn An";
        lead["description"] = null;

        store.Insert(lead);
        var read = store.Get("Leads", lead.Id)!;
        Assert.Equal("Trần", read["last_name"]);
        Assert.Equal("Văn An", read["first_name"]);
        Assert.True(read.Has("description"));
        Assert.Null(read["description"]);

        read["title"] = "Giám đốc";
        store.Update(read);
        Assert.Equal("Giám đốc", store.Get("leads", lead.Id)!["title"]);

        read[CommonFields.Deleted] = "1";
        store.Update(read);
        var deleted = store.Get("Leads", lead.Id)!;
        Assert.True(deleted.IsDeleted);
        Assert.Equal("Giám đốc", deleted["title"]);
        Assert.Equal(1, store.Count("Leads"));
        Assert.Equal(0, store.Describe().LiveRecordsByModule["Leads"]);
    }

    [Fact]
    public void Get_UnknownId_ReturnsNull()
    {
        using var store = _database.OpenStore();

        Assert.Null(store.Get("Leads", "no-such-id"));
    }

    [Fact]
    public void Update_UnknownRecord_Throws()
    {
        using var store = _database.OpenStore();

        Assert.Throws<InvalidOperationException>(() => store.Update(StoreRecords.Lead("Lê")));
    }

    [Theory]
    [InlineData(NormalizationForm.FormC)]
    [InlineData(NormalizationForm.FormD)]
    public void VietnameseText_ComesBackByteIdentical_AfterReopen(NormalizationForm form)
    {
        var written = VietnameseName.Normalize(form);
        var lead = StoreRecords.Lead(written);
        using (var store = _database.OpenStore())
        {
            store.Insert(lead);
        }

        using var reopened = _database.OpenStore();
        var read = reopened.Get("Leads", lead.Id)!["last_name"]!;
        Assert.Equal(Encoding.UTF8.GetBytes(written), Encoding.UTF8.GetBytes(read));
    }

    [Theory]
    [InlineData("nguyễn thị hồng nhung")]
    [InlineData("NGUYỄN THỊ HỒNG NHUNG")]
    [InlineData("Nguyễn Thị Hồng Nhung")]
    public void FindByKey_IgnoresCase(string lookup)
    {
        using var store = _database.OpenStore();
        var contact = StoreRecords.Contact(VietnameseName);
        store.Insert(contact);
        store.Insert(StoreRecords.Contact("Nguyen Thi Hong Nhung"));

        var found = Assert.Single(store.FindByKey("Contacts", "last_name", lookup));
        Assert.Equal(contact.Id, found.Id);
    }

    [Theory]
    [InlineData(NormalizationForm.FormC, NormalizationForm.FormD)]
    [InlineData(NormalizationForm.FormD, NormalizationForm.FormC)]
    [InlineData(NormalizationForm.FormD, NormalizationForm.FormD)]
    public void FindByKey_MatchesAcrossUnicodeNormalisation(NormalizationForm stored, NormalizationForm looked)
    {
        using var store = _database.OpenStore();
        var contact = StoreRecords.Contact(VietnameseName.Normalize(stored));
        store.Insert(contact);

        var found = Assert.Single(store.FindByKey("Contacts", "last_name", VietnameseName.ToUpperInvariant().Normalize(looked)));
        Assert.Equal(contact.Id, found.Id);
    }

    [Fact]
    public void FindByKey_KeepsDiacritics_AndFollowsUpdates()
    {
        using var store = _database.OpenStore();
        var contact = StoreRecords.Contact("Nguyễn");
        store.Insert(contact);

        Assert.Empty(store.FindByKey("Contacts", "last_name", "Nguyen"));

        contact["last_name"] = "Phạm";
        store.Update(contact);
        Assert.Empty(store.FindByKey("Contacts", "last_name", "nguyễn"));
        Assert.Equal(contact.Id, Assert.Single(store.FindByKey("Contacts", "last_name", "PHẠM")).Id);
    }

    [Fact]
    public void FindByKey_FieldWithoutIndex_IsRefused()
    {
        using var store = _database.OpenStore();

        Assert.Throws<InvalidOperationException>(() => store.FindByKey("Leads", "description", "x").ToList());
        // Leads keep no index on first names (LeadsModule: each one slows intake).
        Assert.Throws<InvalidOperationException>(() => store.FindByKey("Leads", "first_name", "x").ToList());
    }

    [Fact]
    public void IndexNoLongerInTheRegistry_IsDroppedOnOpen_AndLookupsStillWork()
    {
        using (var store = _database.OpenStore())
        {
            store.Insert(StoreRecords.Lead("Trịnh"));
        }

        using (var file = new LiteDatabase($"Filename={_database.FilePath};Collation=en-US/Ordinal"))
        {
            // What a database written by an older version holds: an index on Leads.first_name.
            file.GetCollection("m_leads").EnsureIndex("k_first_name");
            Assert.Contains("$.k_first_name", IndexedPaths(file, "m_leads"));
        }

        using (var reopened = _database.OpenStore())
        {
            reopened.Insert(StoreRecords.Lead("Lê"));
            Assert.Equal(2, reopened.Count("Leads"));
        }

        using var after = new LiteDatabase($"Filename={_database.FilePath};Collation=en-US/Ordinal");
        var paths = IndexedPaths(after, "m_leads");
        Assert.DoesNotContain("$.k_first_name", paths);
        Assert.Contains(BsonRecordMapper.KeyPath("partner_ref"), paths);
    }

    [Fact]
    public void FileWithKeysAsPlainStrings_IsRewritten_AndItsLookupsStillWork()
    {
        using (var file = new LiteDatabase($"Filename={_database.FilePath};Collation=en-US/Ordinal"))
        {
            // An earlier version's documents: keys as strings, indexed as $.k_field (null for a missing value).
            var leads = file.GetCollection("m_leads");
            leads.EnsureIndex("$.k_partner_ref");
            leads.EnsureIndex("$.k_status");
            for (var i = 0; i < 2_500; i++)
            {
                var document = new BsonDocument
                {
                    ["_id"] = $"lead-{i:D5}",
                    ["last_name"] = $"Lead {i}",
                    ["deleted"] = "0",
                    ["status"] = "New",
                    ["k_status"] = "new",
                };
                if (i % 2 == 0)
                {
                    document["partner_ref"] = $"ACME-{i}";
                    document["k_partner_ref"] = $"acme-{i}";
                }

                leads.Insert(document);
            }
        }

        using (var store = _database.OpenStore())
        {
            Assert.Equal("lead-01234", Assert.Single(store.FindByKey("Leads", "partner_ref", "acme-1234")).Id);
            Assert.Equal(2_500, store.FindByKey("Leads", "status", "NEW").Count());
            Assert.Empty(store.FindByKey("Leads", "partner_ref", "ACME-1235"));
            Assert.Equal("Lead 7", store.Get("Leads", "lead-00007")!["last_name"]);
        }

        using var after = new LiteDatabase($"Filename={_database.FilePath};Collation=en-US/Ordinal");
        var paths = IndexedPaths(after, "m_leads");
        Assert.DoesNotContain("$.k_partner_ref", paths);
        Assert.Contains(BsonRecordMapper.KeyPath("partner_ref"), paths);
        Assert.True(after.GetCollection("m_leads").FindById("lead-00000")["k_partner_ref"].IsArray);
    }

    [Fact]
    public void KeyIndexes_AreStoredUnderTheExpressionTheStoreAsksFor_SoReopeningKeepsThem()
    {
        using (var store = _database.OpenStore())
        {
            store.Insert(StoreRecords.Lead("Trịnh"));
        }

        using var file = new LiteDatabase($"Filename={_database.FilePath};Collation=en-US/Ordinal");
        var indexes = file.GetCollection("$indexes").Find(LiteDB.Query.EQ("collection", "m_leads"))
            .ToDictionary(d => d["name"].AsString, d => d["expression"].AsString);
        Assert.Equal(BsonRecordMapper.KeyPath("partner_ref"), indexes["k_partner_ref"]);
        Assert.Equal(BsonRecordMapper.KeyPath("last_name"), indexes["k_last_name"]);
        Assert.Equal(BsonRecordMapper.SequencePath, indexes[BsonRecordMapper.SequenceIndex]);
        Assert.DoesNotContain("k_created_by", indexes.Keys); // the created index serves Leads by creator
        Assert.Equal(CreatedIndex.Expression, indexes[CreatedIndex.Name]);
    }

    [Fact]
    public void CreatedSince_PagesOneCreatorsLiveRecords_OldestFirst_FromTheIndex()
    {
        using (var store = _database.OpenStore())
        {
            for (var day = 1; day <= 5; day++)
            {
                store.Insert(Created("u1", day, deleted: day == 4));
            }

            store.Insert(Created("u2", 3, deleted: false));
            store.Insert(Created("u12", 3, deleted: false)); // a creator id that extends u1's

            var read = store.DocumentsRead;
            var (first, total) = CreatedSince(store, "u1", "2026-01-02 00:00:00", 0, 2);

            // Only u1's three live leads since day 2 were read: one range of the created index.
            Assert.Equal(3, store.DocumentsRead - read);
            var (rest, _) = CreatedSince(store, "u1", "2026-01-02 00:00:00", 2, 2);
            var (beyond, totalBeyond) = CreatedSince(store, "u1", "2026-01-02 00:00:00", 10, 2);

            Assert.Equal(3, total);
            Assert.Equal(["2026-01-02 09:00:00", "2026-01-03 09:00:00"], first.Select(r => r[CommonFields.DateEntered]));
            Assert.Equal(["2026-01-05 09:00:00"], rest.Select(r => r[CommonFields.DateEntered]));
            Assert.All(first.Concat(rest), r => Assert.Equal("u1", r[CommonFields.CreatedBy]));
            Assert.Equal((0, 3), (beyond.Count, totalBeyond));
        }

        // The store's own range query is read from the index, not by loading and sorting every
        // record of the creator.
        using var file = new LiteDatabase($"Filename={_database.FilePath};Collation=en-US/Ordinal");
        var plan = CreatedIndex.LiveSince(file.GetCollection("m_leads"), "u1", "2026-01-02 00:00:00").GetPlan();
        Assert.Equal(CreatedIndex.Name, plan["index"]["name"].AsString);
    }

    /// <summary>What ListMySubmissions asks: a creator's live leads entered since a time, oldest first.</summary>
    private static (IReadOnlyList<CrmRecord> Page, int Total) CreatedSince(LiteDbCrmStore store, string createdBy, string since, int skip, int take)
    {
        var leads = ModuleRegistry.Default.Get("Leads");
        var entered = leads.FindField(CommonFields.DateEntered)!;
        var page = store.Query(new RecordQuery("Leads")
        {
            Filter = new ComparisonExpression(entered, ComparisonOperator.GreaterOrEqual, QueryConstant.For(entered, since)!),
            Scope = new ReadScope(CommonFields.CreatedBy, createdBy),
            Offset = skip,
            Limit = take,
            CountTotal = true,
        });
        return (page.Records, page.Total!.Value);
    }

    private static CrmRecord Created(string createdBy, int day, bool deleted)
    {
        var lead = StoreRecords.Lead($"Day {day}");
        lead[CommonFields.CreatedBy] = createdBy;
        lead[CommonFields.DateEntered] = $"2026-01-0{day} 09:00:00";
        lead[CommonFields.Deleted] = deleted ? "1" : "0";
        return lead;
    }

    private static List<string> IndexedPaths(LiteDatabase file, string collection) =>
        file.GetCollection("$indexes").Find(LiteDB.Query.EQ("collection", collection)).Select(d => d["expression"].AsString).ToList();

    [Fact]
    public void InTransaction_WhenWorkThrows_WritesNothing()
    {
        using var store = _database.OpenStore();
        var lead = StoreRecords.Lead("Võ");

        Assert.Throws<InvalidOperationException>(() => store.InTransaction<int>(() =>
        {
            store.Insert(lead);
            store.NextSequence("Leads.number");
            throw new InvalidOperationException("boom");
        }));

        Assert.Null(store.Get("Leads", lead.Id));
        Assert.Equal(1, store.NextSequence("Leads.number"));
    }

    [Fact]
    public void InsertMany_StoresEveryRecord()
    {
        using var store = _database.OpenStore();
        var contacts = Enumerable.Range(0, 50).Select(i => StoreRecords.Contact($"Contact {i}")).ToList();

        store.InsertMany(contacts);

        Assert.Equal(50, store.Count("Contacts"));
        Assert.Equal(contacts[17].Id, Assert.Single(store.FindByKey("Contacts", "last_name", "contact 17")).Id);
    }
}
