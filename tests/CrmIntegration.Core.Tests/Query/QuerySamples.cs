using CrmIntegration.Core.Records;
using static CrmIntegration.Core.Tests.Query.QueryTestData;

namespace CrmIntegration.Core.Tests.Query;

/// <summary>
/// Sample Leads for the randomized tests, and the value pools the generator draws from, so that
/// generated conditions often match (a soundness check over conditions that match nothing proves nothing).
/// </summary>
internal static class QuerySamples
{
    public static readonly string[] Names = ["Nguyễn", "nguyen", "NGUYỄN", "Trần", "Smith", "O'Brien", "an", "", "Lê Thị", "50%_off", "x\\y"];

    public static readonly string[] Ids = ["lead-1", "LEAD-2", "lead-3", "u1", "U1", "acc-9"];

    public static readonly string[] Emails = ["an@example.vn", "AN@EXAMPLE.VN", "smith@corp.com", "le@x.vn", ""];

    public static readonly string[] Statuses = ["New", "new", "Dead", "In Process", ""];

    public static readonly string[] Dates = ["1990-05-17", "2000-01-01", "1985-12-31", ""];

    public static readonly string[] DateTimes = ["2024-03-01 08:30:00", "2023-12-31 23:59:59", "2024-03-01 00:00:00", ""];

    public static IReadOnlyList<CrmRecord> Leads { get; } = Build();

    private static List<CrmRecord> Build()
    {
        var random = new Random(7);
        var records = new List<CrmRecord>();
        for (var i = 0; i < 48; i++)
        {
            string? Pick(string[] pool) => random.Next(6) == 0 ? null : pool[random.Next(pool.Length)];
            records.Add(Lead(i < Ids.Length ? Ids[i] : $"lead-{i}",
                ("last_name", Pick(Names)), ("first_name", Pick(Names)), ("account_name", Pick(Names)),
                ("title", Pick(Names)), ("status", Pick(Statuses)), ("lead_source", Pick(["Web Site", "Email", ""])),
                ("email1", Pick(Emails)), ("email2", Pick(Emails)), ("birthdate", Pick(Dates)),
                ("date_entered", Pick(DateTimes)), ("date_modified", Pick(DateTimes)),
                ("assigned_user_id", Pick(Ids)), ("account_id", Pick(Ids)),
                ("do_not_call", Pick(["0", "1"])), ("deleted", Pick(["0", "1"])), ("phone_mobile", Pick(["0901234567", "+84 90", ""]))));
        }

        return records;
    }
}
