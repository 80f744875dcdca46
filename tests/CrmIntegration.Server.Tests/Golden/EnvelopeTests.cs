using System.Text.RegularExpressions;
using CrmIntegration.Server.Tests.Infrastructure;

namespace CrmIntegration.Server.Tests.Golden;

/// <summary>
/// Byte-level contract: hand-written requests in <c>Envelopes/*.request.xml</c> (as PHP or Java
/// clients send them) and the reviewed responses in <c>*.response.xml</c>. Values that change per
/// run (session ids, clock times) are replaced by placeholders before comparing.
/// </summary>
[Collection(ServerCollection.Name)]
public sealed partial class EnvelopeTests(ServerFixture server)
{
    private const string LeadId = "6d2b1c4e-0000-4000-8000-00000000e001";

    public static TheoryData<string> Cases => new(
        Directory.GetFiles(EnvelopeDirectory, "*.request.xml").Select(f => Path.GetFileName(f)[..^".request.xml".Length]).Order());

    private static string EnvelopeDirectory =>
        Path.Combine(GoldenFile.RepositoryRoot(), "tests", "CrmIntegration.Server.Tests", "Golden", "Envelopes");

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Response_EqualsReviewedEnvelope(string name)
    {
        var session = await server.Client().LoginAsync("admin", ServerFixture.AdminPassword);
        await EnsureGoldenLeadAsync(session);
        var request = (await File.ReadAllTextAsync(Path.Combine(EnvelopeDirectory, name + ".request.xml")))
            .Replace("{{session}}", session);
        var operation = OperationName().Match(request).Groups[1].Value;

        var (status, body) = await RawSoap.PostAsync(server, operation, request);

        var normalised = GmtTime().Replace(GoldenFile.Pretty(body).Replace(session, "{{session}}"), "<gmt_time>{{now}}</gmt_time>");
        GoldenFile.AssertMatches(Path.Combine(EnvelopeDirectory, name + ".response.xml"), $"<!-- HTTP {status} -->\n" + normalised);
    }

    private async Task EnsureGoldenLeadAsync(string session)
    {
        if (server.Core.Store.Get("Leads", LeadId) is null)
        {
            await server.Client().SetAsync(session, "Leads",
                ("id", LeadId), ("new_with_id", "1"), ("first_name", "Thị Hồng Nhung"), ("last_name", "Nguyễn"),
                ("email1", "nhung.nguyen@example.vn"), ("phone_mobile", "0901234567"), ("lead_source", "Web Site"));
        }

        await EnsureGoldenActivityAsync(session);
    }

    [GeneratedRegex(@"Body>\s*<(?:[\w-]+:)?(\w+)")]
    private static partial Regex OperationName();

    [GeneratedRegex(@"<gmt_time>[^<]*</gmt_time>")]
    private static partial Regex GmtTime();
}
