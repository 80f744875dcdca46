using CrmIntegration.Core.Security;
using CrmIntegration.Server.Soap.V41;
using CrmIntegration.Server.Soap.V41.Contracts;
using CrmIntegration.Server.Tests.Infrastructure;

namespace CrmIntegration.Server.Tests.V41;

/// <summary><c>find_duplicates</c>: the engine's rules through the wire, access filtering, faults.</summary>
[Collection(ServerCollection.Name)]
public sealed class DuplicateTests(ServerFixture server)
{
    private const string Password = "Passw0rd!";

    [Fact]
    public async Task FindDuplicates_GmailDotVariant_FindsTheLead()
    {
        var client = server.Client();
        var session = await client.LoginAsync(server.AddUser(UserRole.User), Password);
        var local = Unique("lan");
        var id = await client.SetAsync(session, "Leads", ("first_name", "Lan"), ("last_name", "Trương"), ("email1", $"truong.{local}@gmail.com"));

        var result = await client.FindDuplicatesAsync(session, "Leads", Fields(("last_name", "Truong"), ("email1", $"Truong{local}+web@GMAIL.com")));

        var entry = Assert.Single(result.EntryList);
        Assert.Equal(1, result.ResultCount);
        Assert.Equal((id, "Leads", "email", 30.0), (entry.Id, entry.ModuleName, entry.Rule, entry.Score));
        Assert.Equal("Trương", entry.Value("last_name"));
        Assert.Equal($"truong.{local}@gmail.com", entry.Value("email1"));
    }

    [Fact]
    public async Task FindDuplicates_PhoneWrittenAnotherWay_FindsTheLeadWithThatName()
    {
        var client = server.Client();
        var session = await client.LoginAsync(server.AddUser(UserRole.User), Password);
        var last = Unique("Kiều");
        var digits = UniqueMobileDigits();
        var id = await client.SetAsync(session, "Leads", ("first_name", "Thị Mai"), ("last_name", last), ("phone_mobile", $"0{digits[..3]} {digits[3..6]} {digits[6..]}"));

        var result = await client.FindDuplicatesAsync(session, "Leads", Fields(("first_name", "Thị Mai"), ("last_name", last), ("phone_work", $"+84 ({digits[..3]}) {digits[3..]}")));

        var entry = Assert.Single(result.EntryList);
        Assert.Equal((id, "name+phone"), (entry.Id, entry.Rule));
    }

    [Fact]
    public async Task FindDuplicates_LeadCandidate_FindsExistingContactAndAccount()
    {
        var client = server.Client();
        var session = await client.LoginAsync(server.AddUser(UserRole.User), Password);
        var company = $"Sao Mai {Unique("Logistics")}";
        var email = $"{Unique("ha")}@saomai.vn";
        var accountId = await client.SetAsync(session, "Accounts", ("name", $"Công ty TNHH {company}"));
        var contactId = await client.SetAsync(session, "Contacts", ("last_name", "Hà"), ("email1", email), ("account_id", accountId));

        var result = await client.FindDuplicatesAsync(session, "Leads", Fields(("last_name", "Hà"), ("email1", email.ToUpperInvariant()), ("account_name", company)));

        Assert.Contains(result.EntryList, e => e.ModuleName == "Contacts" && e.Id == contactId && e.Rule == "email");
        var account = Assert.Single(result.EntryList, e => e.ModuleName == "Accounts");
        Assert.Equal((accountId, "company"), (account.Id, account.Rule));
        Assert.Equal($"Công ty TNHH {company}", account.Value("name"));
        Assert.Equal(result.EntryList.Length, result.ResultCount);
    }

    [Fact]
    public async Task FindDuplicates_NewPerson_ReturnsNothing()
    {
        var client = server.Client();
        var session = await client.LoginAsync(server.AddUser(UserRole.User), Password);

        var result = await client.FindDuplicatesAsync(session, "Leads", Fields(("last_name", Unique("Mới")), ("email1", $"{Unique("new")}@example.vn"), ("phone_mobile", "0" + UniqueMobileDigits())));

        Assert.Equal(0, result.ResultCount);
        Assert.Empty(result.EntryList);
    }

    [Fact]
    public async Task FindDuplicates_Partner_SeesOnlyDuplicatesAmongItsOwnLeads()
    {
        var client = server.Client();
        var partnerA = await client.LoginAsync(server.AddUser(UserRole.Partner), Password);
        var partnerB = await client.LoginAsync(server.AddUser(UserRole.Partner), Password);
        var seller = await client.LoginAsync(server.AddUser(UserRole.User), Password);
        var email = $"{Unique("shared")}@example.vn";
        var leadOfA = await client.SetAsync(partnerA, "Leads", ("last_name", "Đoàn"), ("email1", email));
        var leadOfSeller = await client.SetAsync(seller, "Leads", ("last_name", "Đoàn"), ("email1", email));
        var candidate = Fields(("last_name", "Đoàn"), ("email1", email));

        var seenByA = await client.FindDuplicatesAsync(partnerA, "Leads", candidate);
        var seenByB = await client.FindDuplicatesAsync(partnerB, "Leads", candidate);
        var seenBySeller = await client.FindDuplicatesAsync(seller, "Leads", candidate);

        Assert.Equal([leadOfA], seenByA.EntryList.Select(e => e.Id));
        Assert.Equal(1, seenByA.ResultCount);
        Assert.Equal(0, seenByB.ResultCount);
        Assert.Empty(seenByB.EntryList);
        Assert.Equal(new[] { leadOfA, leadOfSeller }.Order(StringComparer.Ordinal), seenBySeller.EntryList.Select(e => e.Id!).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task FindDuplicates_SeesALeadCreatedAfterTheFirstCheck()
    {
        var client = server.Client();
        var session = await client.LoginAsync(server.AddUser(UserRole.User), Password);
        var email = $"{Unique("later")}@example.vn";
        var candidate = Fields(("last_name", "Lâm"), ("email1", email));
        Assert.Empty((await client.FindDuplicatesAsync(session, "Leads", candidate)).EntryList);

        var id = await client.SetAsync(session, "Leads", ("last_name", "Lâm"), ("email1", email));

        Assert.Equal(id, Assert.Single((await client.FindDuplicatesAsync(session, "Leads", candidate)).EntryList).Id);
    }

    [Theory]
    [InlineData("Widgets", "20")]
    [InlineData("Notes", "30")]
    public async Task FindDuplicates_UnknownOrUnsupportedModule_Faults(string module, string number)
    {
        var client = server.Client();
        var session = await client.LoginAsync(server.AddUser(UserRole.User), Password);

        var fault = await SugarClientExtensions.FaultOf(() => client.FindDuplicatesAsync(session, module, Fields(("email1", "a@example.vn"))));

        Assert.Equal(number, fault.Number);
        Assert.Contains(module, fault.Description);
    }

    [Fact]
    public async Task FindDuplicates_BadSessionEmptyListOrForeignModule_Faults()
    {
        var client = server.Client();
        var session = await client.LoginAsync(server.AddUser(UserRole.User), Password);
        var partner = await client.LoginAsync(server.AddUser(UserRole.Partner), Password);

        var badSession = await SugarClientExtensions.FaultOf(() => client.FindDuplicatesAsync("no-such-session", "Leads", Fields(("email1", "a@example.vn"))));
        var empty = await SugarClientExtensions.FaultOf(() => client.FindDuplicatesAsync(session, "Leads", []));
        var unusable = await SugarClientExtensions.FaultOf(() => client.FindDuplicatesAsync(session, "Leads", Fields(("email1", "not-an-address"), ("status", "New"))));
        var foreign = await SugarClientExtensions.FaultOf(() => client.FindDuplicatesAsync(partner, "Contacts", Fields(("email1", "a@example.vn"))));

        Assert.Equal("11", badSession.Number);
        Assert.Equal(("1001", "1001"), (empty.Number, unusable.Number));
        Assert.Contains("nothing to match", empty.Description);
        Assert.Equal("40", foreign.Number);
    }

    [Fact]
    public async Task FindDuplicates_AfterConvertLead_ReportsTheContactAndAccount_NotTheConvertedLead()
    {
        // Regression (issue 11): a converted lead was reported as a duplicate of what it became.
        var client = server.Client();
        var session = await client.LoginAsync(server.AddUser(UserRole.User), Password);
        var company = $"Ánh Dương {Unique("Group")}";
        var email = $"{Unique("binh")}@anhduong.vn";
        var lead = await client.SetAsync(session, "Leads", ("last_name", "Trương"), ("email1", email), ("account_name", company));
        var converted = await client.ConvertLeadAsync(session, lead, []);

        var result = await client.FindDuplicatesAsync(session, "Leads", Fields(("last_name", "Truong"), ("email1", email), ("account_name", company)));

        Assert.Equal(
            new[] { ("Contacts", converted.ContactId ?? ""), ("Accounts", converted.AccountId ?? "") }.Order(),
            result.EntryList.Select(e => (e.ModuleName ?? "", e.Id ?? "")).Order());
    }

    [Fact]
    public async Task FindDuplicates_OnProspects_IsSupportedLikeTheOtherMatchedModules()
    {
        var client = server.Client();
        var session = await client.LoginAsync(server.AddUser(UserRole.User), Password);
        var email = $"{Unique("khoa")}@saomai.vn";
        var target = await client.SetAsync(session, "Prospects", ("last_name", "Lê"), ("email1", email));

        var result = await client.FindDuplicatesAsync(session, "Prospects", Fields(("last_name", "Le"), ("email1", email.ToUpperInvariant())));

        var entry = Assert.Single(result.EntryList);
        Assert.Equal((target, "Prospects", "email"), (entry.Id, entry.ModuleName, entry.Rule));
    }

    private static NameValue[] Fields(params (string Name, string Value)[] values) =>
        values.Select(v => new NameValue(v.Name, v.Value)).ToArray();

    private static string Unique(string prefix) => prefix + Guid.NewGuid().ToString("N")[..8];

    /// <summary>Nine national digits of a Viettel mobile (0 + 98x…), random enough not to meet other tests' numbers.</summary>
    private static string UniqueMobileDigits() => "98" + Random.Shared.Next(0, 10_000_000).ToString("D7", System.Globalization.CultureInfo.InvariantCulture);
}
