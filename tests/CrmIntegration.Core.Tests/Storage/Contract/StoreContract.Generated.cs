using System.Globalization;
using CrmIntegration.Core.Matching.Normalization;
using CrmIntegration.Core.Modules;
using CrmIntegration.Core.Query;
using CrmIntegration.Core.Records;
using CrmIntegration.Core.Storage;

namespace CrmIntegration.Core.Tests.Storage.Contract;

/// <summary>
/// The query method against plain in-memory evaluation (every record, filter, sort, page, count),
/// on generated leads, before and after a mix of writes, and inside a transaction: what LiteDB's own
/// tests do with LINQ-to-objects. Whatever the store pushes down — seeks, ranges, walks, tallies,
/// the email lookup — must give exactly these pages and totals.
/// </summary>
public abstract partial class StoreContract
{
    private static readonly string[] Statuses = ["New", "new", "Assigned", "In Process", "Converted", "Dead", ""];
    private static readonly string[] Surnames = ["Nguyễn", "NGUYỄN", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi"];
    private static readonly string[] Creators = ["u-1", "u-2", "U-2", "partner-7"];

    private static readonly string[] Wheres =
    [
        "", "status = 'new'", "status = 'Assigned'", "status IN ('dead', 'converted')", "status = ''", "status <> 'New'",
        "last_name = 'nguyễn'", "last_name LIKE 'ph%'", "last_name >= 'p'", "date_entered >= '2026-01-10' AND date_entered < '2026-01-17'",
        "date_entered < '2026-01-05'", "date_entered BETWEEN '2026-02-01' AND '2026-02-28 23:59:59'", "date_modified > '2026-01-20'",
        "title IS NULL", "title = 'Giám đốc' OR status = 'Dead'", "NOT (status = 'New')", "leads.deleted = 0 AND status = 'New'",
        "leads.deleted = 1", "created_by = 'u-2'", "created_by IN ('u-1', 'U-2')", "email1 = 'lead7@example.vn'",
        "email1 = 'LEAD12@EXAMPLE.VN' OR email1 = 'lead13@example.vn'", "lead_source = 'Web Site' AND status = 'New'",
        "status = 'New' AND date_entered >= '2026-02-01'", "partner_ref = 'REF-3'",
    ];

    private static readonly string[] Orders =
    [
        "", "date_entered DESC", "date_entered", "date_modified DESC", "status", "status DESC, date_entered", "last_name, first_name",
        "title DESC", "lead_source, date_entered DESC", "created_by",
    ];

    [Fact]
    public void Query_OnGeneratedLeads_EqualsInMemoryEvaluation_BeforeAndAfterWrites()
    {
        var random = new Random(20260302);
        var model = new Dictionary<string, CrmRecord>();
        var leads = Enumerable.Range(0, 700).Select(i => GeneratedLead(random, i)).ToList();
        Store.InsertMany(leads);
        leads.ForEach(l => model[l.Id] = l.Clone());
        CompareQueries(random, model, 250);

        for (var i = 0; i < 250; i++)
        {
            var lead = model.Values.ElementAt(random.Next(model.Count)).Clone();
            switch (random.Next(5))
            {
                case 0:
                    lead["status"] = Statuses[random.Next(Statuses.Length)];
                    break;
                case 1:
                    lead[CommonFields.Deleted] = lead.IsDeleted ? "0" : "1";
                    break;
                case 2:
                    lead[CommonFields.DateModified] = Stamp(random.Next(60), random.Next(24));
                    lead["title"] = random.Next(2) == 0 ? null : "Giám đốc";
                    break;
                case 3:
                    lead = GeneratedLead(random, 1000 + i);
                    Store.Insert(lead);
                    model[lead.Id] = lead.Clone();
                    continue;
                default:
                    // A transaction that fails leaves its writes nowhere, tallies included.
                    Assert.Throws<InvalidOperationException>(() => Store.InTransaction<int>(() =>
                    {
                        lead["status"] = "Converted";
                        lead[CommonFields.Deleted] = "1";
                        Store.Update(lead);
                        Store.Insert(GeneratedLead(random, 5000 + i));
                        throw new InvalidOperationException("rolled back");
                    }));
                    continue;
            }

            Store.Update(lead);
            model[lead.Id] = lead.Clone();
        }

        CompareQueries(random, model, 250);
        Store.InTransaction(() =>
        {
            var extra = GeneratedLead(random, 9000);
            Store.Insert(extra);
            model[extra.Id] = extra.Clone();
            CompareQueries(random, model, 60);
            return 0;
        });
    }

    private void CompareQueries(Random random, Dictionary<string, CrmRecord> model, int count)
    {
        for (var i = 0; i < count; i++)
        {
            var where = Wheres[random.Next(Wheres.Length)];
            var order = Orders[random.Next(Orders.Length)];
            var query = LeadQuery(where, order) with
            {
                Offset = random.Next(4) == 0 ? random.Next(60) : 0,
                Limit = random.Next(6) == 0 ? null : 1 + random.Next(25),
                CountTotal = random.Next(4) != 0,
                IncludeDeleted = random.Next(5) == 0,
                Scope = random.Next(6) == 0 ? new ReadScope(CommonFields.CreatedBy, Creators[random.Next(Creators.Length)]) : null,
            };

            var expected = Evaluate(query, model.Values);
            var actual = Store.Query(query);

            var what = $"WHERE {where} ORDER BY {order} offset {query.Offset} limit {query.Limit} deleted {query.IncludeDeleted} scope {query.Scope}";
            Assert.True(expected.Ids.SequenceEqual(actual.Records.Select(r => r.Id)), $"page differs for {what}");
            Assert.True(expected.Total == actual.Total, $"total {actual.Total}, expected {expected.Total}, for {what}");
        }
    }

    /// <summary>The reference: every record, filtered, sorted by <see cref="RecordOrder"/> (oldest first by default), paged, counted.</summary>
    private static (List<string> Ids, int? Total) Evaluate(RecordQuery query, IEnumerable<CrmRecord> records)
    {
        var matches = records
            .Where(r => query.IncludeDeleted || !r.IsDeleted)
            .Where(r => query.Scope is null || (query.Scope.Field == CommonFields.Id ? r.Id : r[query.Scope.Field]) == query.Scope.Value)
            .Where(r => query.Filter?.Matches(r) ?? true)
            .ToList();
        var terms = query.Order.Count > 0 ? query.Order : [new OrderTerm(Leads.FindField(CommonFields.DateEntered)!, false)];
        matches.Sort(RecordOrder.Compare(terms));
        var page = matches.Skip(query.Offset);
        page = query.Limit is { } limit ? page.Take(limit) : page;
        return (page.Select(r => r.Id).ToList(), query.CountTotal ? matches.Count : null);
    }

    private static CrmRecord GeneratedLead(Random random, int i)
    {
        var email = random.Next(3) == 0 ? $"LEAD{i}@Example.VN" : $"lead{i}@example.vn";
        var lead = Lead(Surnames[random.Next(Surnames.Length)],
            (CommonFields.DateEntered, Stamp(random.Next(60), random.Next(3) * 8)),
            (CommonFields.DateModified, Stamp(random.Next(60), random.Next(24))),
            ("status", random.Next(10) == 0 ? null : Statuses[random.Next(Statuses.Length)]),
            ("first_name", random.Next(4) == 0 ? null : $"Tên {random.Next(5)}"),
            ("title", random.Next(3) == 0 ? "Giám đốc" : random.Next(2) == 0 ? "" : null),
            ("email1", email),
            ("email_key", EmailKey.Normalize(email)),
            ("lead_source", random.Next(2) == 0 ? "Web Site" : "Partner"),
            ("partner_ref", $"REF-{random.Next(40)}"),
            (CommonFields.CreatedBy, Creators[random.Next(Creators.Length)]),
            (CommonFields.Deleted, random.Next(10) == 0 ? "1" : "0"));
        return lead;
    }

    private static string Stamp(int day, int hour) =>
        new DateTime(2026, 1, 1).AddDays(day).AddHours(hour).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
}
