using CrmIntegration.Core.Duplicates;
using CrmIntegration.Core.Errors;
using CrmIntegration.Core.Matching;
using CrmIntegration.Core.Records;
using CrmIntegration.Core.Security;
using CrmIntegration.Core.Tests.Conversion;
using CrmIntegration.Core.Tests.Infrastructure;

namespace CrmIntegration.Core.Tests.Duplicates;

public sealed class DuplicateCheckTests : IDisposable
{
    private readonly TestCore _test = new();

    public void Dispose() => _test.Dispose();

    private CrmCore Core => _test.Core;

    [Fact]
    public void Check_FindsLeadByGmailDotVariant()
    {
        var seller = Core.AddUser("seller");
        var lead = Core.AddLead(seller, "Phạm", ("first_name", "Minh"), ("email1", "pham.minh.anh@gmail.com"));

        var match = Assert.Single(Check(seller, "Leads", ("last_name", "Pham"), ("email1", "PhamMinhAnh@gmail.com")));

        Assert.Equal((lead.Id, "Leads", "email"), (match.Id, match.Module, match.Rule));
        Assert.Equal(ExactKeyRule.MatchScore, match.Score);
    }

    [Fact]
    public void Check_FollowsCreatesUpdatesAndDeletesAfterTheIndexIsBuilt()
    {
        var seller = Core.AddUser("seller");
        var admin = Core.AddUser("boss", UserRole.Admin);
        Core.Duplicates.Warm();

        var lead = Core.AddLead(seller, "Vũ", ("email1", "vu.old@example.vn"));
        Assert.Equal(lead.Id, Assert.Single(Check(seller, "Leads", ("email1", "vu.old@example.vn"))).Id);

        Core.Change(seller, lead, ("email1", "vu.new@example.vn"));
        Assert.Empty(Check(seller, "Leads", ("email1", "vu.old@example.vn")));
        Assert.Equal(lead.Id, Assert.Single(Check(seller, "Leads", ("email1", "vu.new@example.vn"))).Id);

        Core.Change(admin, lead, ("deleted", "1"));
        Assert.Empty(Check(seller, "Leads", ("email1", "vu.new@example.vn")));
    }

    [Fact]
    public void Check_ManySupersededVersions_IndexIsRebuiltWithoutThem()
    {
        var seller = Core.AddUser("seller");
        var lead = Core.AddLead(seller, "Cao", ("email1", "cao0@example.vn"));
        Core.Duplicates.Warm();
        const int Versions = 1_200;
        for (var i = 1; i <= Versions; i++)
        {
            lead["email1"] = $"cao{i}@example.vn";
            Core.Store.Update(lead);
        }

        Assert.Equal(lead.Id, Assert.Single(Check(seller, "Leads", ("email1", $"cao{Versions}@example.vn"))).Id);
        Assert.True(SpinWait.SpinUntil(() => Core.Duplicates.IndexedCount < Versions && Check(seller, "Leads", ("email1", "x@y.vn")) is not null, TimeSpan.FromSeconds(30)),
            $"the index still holds {Core.Duplicates.IndexedCount} versions");

        Assert.Empty(Check(seller, "Leads", ("email1", "cao0@example.vn")));
        Assert.Equal(lead.Id, Assert.Single(Check(seller, "Leads", ("email1", $"cao{Versions}@example.vn"))).Id);
    }

    [Fact]
    public void Check_ChangeOfOtherFields_DoesNotReindex()
    {
        var seller = Core.AddUser("seller");
        var lead = Core.AddLead(seller, "Đinh", ("email1", "dinh@example.vn"));
        Core.Duplicates.Warm();
        var indexed = Core.Duplicates.IndexedCount;

        Core.Change(seller, lead, ("status", "In Process"));

        Assert.Equal(lead.Id, Assert.Single(Check(seller, "Leads", ("email1", "dinh@example.vn"))).Id);
        Assert.Equal(indexed, Core.Duplicates.IndexedCount);
    }

    [Fact]
    public void Check_WithTheRecordsOwnId_DoesNotReportItself()
    {
        var seller = Core.AddUser("seller");
        var lead = Core.AddLead(seller, "Lý", ("email1", "ly@example.vn"));
        var twin = Core.AddLead(seller, "Lý", ("email1", "ly@example.vn"));

        var matches = Check(seller, "Leads", ("id", lead.Id), ("email1", "ly@example.vn"));

        Assert.Equal(twin.Id, Assert.Single(matches).Id);
    }

    [Fact]
    public void Check_LeadCandidate_FindsAccountByCompanyAndContactByEmail()
    {
        var seller = Core.AddUser("seller");
        var account = Core.AddAccount(seller, "Công ty TNHH Sao Mai");
        var contact = Core.Records.Save(seller, "Contacts", Builders.Values(("last_name", "Hồ"), ("email1", "ho@saomai.vn"), ("account_id", account.Id)));

        var matches = Check(seller, "Leads", ("last_name", "Hồ"), ("email1", "ho@saomai.vn"), ("account_name", "Sao Mai"));

        Assert.Contains(matches, m => m.Module == "Contacts" && m.Id == contact.Id && m.Rule == "email");
        Assert.Contains(matches, m => m.Module == "Accounts" && m.Id == account.Id && m.Rule == "company");
    }

    [Fact]
    public void Check_AccountRenamed_ContactsTakeTheNewCompany()
    {
        // Explicit weights, so that tuning the engine's defaults does not change what this tests:
        // phone (10) + company (3) reaches the threshold (13), phone + another company (−1) does not.
        var options = new MatchingOptions { Fuzzy = new FuzzyWeights { Threshold = 13, PhoneAgree = 10, CompanyAgree = 3, CompanyDisagree = -1 } };
        var check = new DuplicateCheck(Core.Store, Core.Records, Core.Access, options);
        var seller = Core.AddUser("seller");
        var account = Core.AddAccount(seller, "Hoàng Long Logistics");
        var contact = Core.Records.Save(seller, "Contacts", Builders.Values(("last_name", "Tạ"), ("phone_mobile", "0912 345 678"), ("account_id", account.Id)));
        var candidate = Builders.Values(("phone_mobile", "+84912345678"), ("account_name", "Minh Phát Trading"));
        Assert.DoesNotContain(check.Check(seller, "Leads", candidate), m => m.Id == contact.Id);

        Core.Change(seller, account, ("name", "Minh Phát Trading"));

        var match = Assert.Single(check.Check(seller, "Leads", candidate), m => m.Id == contact.Id);
        Assert.Equal("fuzzy", match.Rule);
    }

    [Fact]
    public void Check_Partner_SeesNothingOfRecordsItMayNotRead()
    {
        var partner = Core.AddUser("partner-a", UserRole.Partner);
        var other = Core.AddUser("partner-b", UserRole.Partner);
        var seller = Core.AddUser("seller");
        var own = Core.AddLead(partner, "Mai", ("email1", "mai@example.vn"));
        var theirs = Core.AddLead(other, "Mai", ("email1", "mai@example.vn"));
        Core.AddAccount(seller, "Mai Corp", ("email1", "mai@example.vn"));

        Assert.Equal(own.Id, Assert.Single(Check(partner, "Leads", ("email1", "mai@example.vn"))).Id);
        Assert.Equal(theirs.Id, Assert.Single(Check(other, "Leads", ("email1", "mai@example.vn"))).Id);
        Assert.Equal(3, Check(seller, "Leads", ("email1", "mai@example.vn")).Count);
    }

    [Fact]
    public void Check_Faults()
    {
        var seller = Core.AddUser("seller");
        var partner = Core.AddUser("partner", UserRole.Partner);

        CrmAssert.Fails(CrmErrorCode.ModuleDoesNotExist, () => Check(seller, "Widgets", ("email1", "a@b.vn")));
        var notes = CrmAssert.Fails(CrmErrorCode.ModuleNotSupported, () => Check(seller, "Notes", ("name", "x")));
        CrmAssert.Fails(CrmErrorCode.AccessDenied, () => Check(partner, "Contacts", ("email1", "a@b.vn")));
        var empty = CrmAssert.Fails(CrmErrorCode.InvalidData, () => Check(seller, "Leads"));
        CrmAssert.Fails(CrmErrorCode.InvalidData, () => Check(seller, "Leads", ("email1", "not an address"), ("status", "New")));

        Assert.Contains("'Notes'", notes.Message);
        Assert.Contains("email1", empty.Message);
    }

    [Fact]
    public async Task Warm_ManyCallersAtOnceBehindTheLog_OneReadsTheBacklog()
    {
        const int backlog = 3_000;
        const int callers = 8;
        var counting = new FailingStore(Core.Store, failAt: int.MaxValue);
        var check = new DuplicateCheck(counting, Core.Records, Core.Access);
        check.Warm();
        Core.Store.InsertMany(Enumerable.Range(0, backlog).Select(i => new CrmRecord("Leads",
            [new("id", $"lead-{i}"), new("last_name", "Đỗ"), new("email1", $"do.{i}@example.vn"), new("deleted", "0")])));
        var before = counting.Gets;

        using var start = new Barrier(callers);
        await Task.WhenAll(Enumerable.Range(0, callers).Select(_ => Task.Factory.StartNew(() =>
        {
            start.SignalAndWait();
            check.Warm();
        }, TaskCreationOptions.LongRunning)));

        Assert.Equal(backlog, counting.Gets - before);
        var seller = Core.AddUser("seller");
        Assert.Equal("lead-2999", Assert.Single(check.Check(seller, "Leads", Builders.Values(("email1", "do.2999@example.vn")))).Id);
    }

    private IReadOnlyList<DuplicateCheckHit> Check(CrmUser user, string module, params (string Field, string? Value)[] fields) =>
        Core.Duplicates.Check(user, module, Builders.Values(fields));
}
