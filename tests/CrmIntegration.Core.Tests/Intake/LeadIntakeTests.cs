using CrmIntegration.Core.Errors;
using CrmIntegration.Core.Intake;
using CrmIntegration.Core.Intake.Assignment;
using CrmIntegration.Core.Mail;
using CrmIntegration.Core.Security;
using CrmIntegration.Core.Tests.Infrastructure;

namespace CrmIntegration.Core.Tests.Intake;

public sealed class LeadIntakeTests : IDisposable
{
    private readonly TestCore _test;
    private readonly CrmUser _admin;
    private readonly CrmUser _acme;
    private readonly CrmUser _globex;

    public LeadIntakeTests()
    {
        _test = new TestCore(configure: o => o.Intake = new IntakeOptions
        {
            DuplicateActions = { ["email"] = DuplicateAction.Block, ["company"] = DuplicateAction.Allow },
            Assignment = new AssignmentOptions
            {
                Teams = { ["sales"] = ["an", "binh"] },
                Rules = [new AssignmentRule { Partner = "globex", User = "binh" }],
                DefaultTeam = "sales",
            },
        });
        _admin = Core.AddUser("boss", UserRole.Admin);
        Core.UserAdmin.Add("an", Builders.Password, UserRole.User, lastName: "Phan", firstName: "Văn An", email: "an@crm.example.vn");
        Core.AddUser("binh"); // no email address: cannot be notified
        _acme = Core.AddUser("acme", UserRole.Partner);
        _globex = Core.AddUser("globex", UserRole.Partner);
    }

    private CrmCore Core => _test.Core;

    public void Dispose() => _test.Dispose();

    [Fact]
    public async Task NewLead_IsStoredAssignedInTurn_WithItsMatchKeys()
    {
        var first = await Submit(_acme, ("last_name", "Nguyễn"), ("first_name", "Thị Hồng Nhung"), ("email1", "Nhung.Nguyen@Gmail.com"), ("phone_mobile", "0168 123 4567"));
        var second = await Submit(_acme, ("last_name", "Trần"), ("email1", "tran@example.vn"));

        Assert.Equal(LeadOutcome.Created, first.Outcome);
        Assert.Equal(("an", "binh"), (first.AssignedUserName, second.AssignedUserName));
        var stored = Core.Store.Get("Leads", first.Id!)!;
        Assert.Equal("Nguyễn", stored["last_name"]);
        Assert.Equal("Assigned", stored["status"]);
        Assert.Equal(first.AssignedUserId, stored["assigned_user_id"]);
        Assert.Equal(_acme.Id, stored["created_by"]);
        Assert.Equal("nhungnguyen@gmail.com", stored["email_key"]);
        Assert.Equal("+84381234567", stored["phone_key"]);
    }

    [Fact]
    public async Task AssignedRep_GetsOneQueuedMail_InTheLeadsTransaction()
    {
        var toAn = await Submit(_acme, ("last_name", "Nguyễn"), ("first_name", "Thị Hồng Nhung"));
        var toBinh = await Submit(_acme, ("last_name", "Trần"));

        var mail = Assert.Single(Core.Store.ListMail(MailStatus.Queued, 10));
        Assert.Equal((toAn.Id, "\"Phan Văn An\" <an@crm.example.vn>", MailStatus.Queued), (mail.RecordId, mail.To, mail.Status));
        Assert.Contains("Nguyễn", mail.Subject + mail.TextBody);
        Assert.Empty(toAn.Warnings);
        Assert.Contains(toBinh.Warnings, w => w == "assigned to binh, who could not be notified by mail");
        Assert.DoesNotContain(toBinh.Warnings, w => w.Contains("email address", StringComparison.Ordinal));
    }

    [Fact]
    public async Task BlockedOrRejectedLead_QueuesNoMail()
    {
        await Submit(_acme, ("last_name", "Trần"), ("email1", "tran@example.vn"));
        var queued = Core.Store.ListMail(null, 10).Count;

        await Submit(_acme, ("last_name", "Trần"), ("email1", "TRAN@example.vn"));
        await Submit(_acme, ("first_name", "no last name"));

        Assert.Equal(queued, Core.Store.ListMail(null, 10).Count);
    }

    [Fact]
    public async Task LeadWithAnAssignedUser_KeepsIt_AndUsesNoTurn()
    {
        var an = Core.Users.Find(Core.UserAdmin.List().Single(u => u["user_name"] == "an").Id)!;

        var kept = await Submit(_admin, ("last_name", "Lê"), ("assigned_user_id", _admin.Id));
        var next = await Submit(_acme, ("last_name", "Phạm"));

        Assert.Equal(_admin.Id, kept.AssignedUserId);
        Assert.Equal("New", Core.Store.Get("Leads", kept.Id!)!["status"]);
        Assert.Equal(an.Id, next.AssignedUserId);
    }

    [Fact]
    public async Task PartnerRule_SendsThatPartnersLeadsToItsRep()
    {
        var receipt = await Submit(_globex, ("last_name", "Võ"));

        Assert.Equal("binh", receipt.AssignedUserName);
    }

    [Fact]
    public async Task DuplicateUnderAWarnRule_IsCreated_WithTheExistingIdAndAWarning()
    {
        var first = await Submit(_acme, ("last_name", "Nguyễn"), ("first_name", "Văn An"), ("phone_mobile", "0901234567"));

        var second = await Submit(_globex, ("last_name", "NGUYEN"), ("first_name", "VAN AN"), ("phone_mobile", "+84 90 123 4567"));

        Assert.Equal(LeadOutcome.Created, second.Outcome);
        var duplicate = Assert.Single(second.Duplicates);
        Assert.Equal(("Leads", first.Id), (duplicate.Module, duplicate.Id));
        Assert.Contains(second.Warnings, w => w.StartsWith("possible duplicate of Leads " + first.Id, StringComparison.Ordinal));
        Assert.NotNull(Core.Store.Get("Leads", second.Id!));
    }

    [Fact]
    public async Task DuplicateUnderABlockRule_IsNotStored_AndNamesTheExistingRecord()
    {
        var first = await Submit(_acme, ("last_name", "Nguyễn"), ("email1", "nhung.nguyen@gmail.com"));
        var before = Core.Store.Count("Leads");

        var blocked = await Submit(_globex, ("last_name", "Nguyen"), ("email1", "NHUNGNGUYEN+promo@googlemail.com"));

        Assert.Equal(LeadOutcome.Duplicate, blocked.Outcome);
        Assert.Null(blocked.Id);
        Assert.Equal(CrmErrorCode.DuplicateRecords, blocked.Error!.Code);
        Assert.Contains(first.Id!, blocked.Error.Message);
        Assert.Equal(first.Id, blocked.Duplicates[0].Id);
        Assert.Equal(before, Core.Store.Count("Leads"));
    }

    [Fact]
    public async Task LeadForAnExistingContact_IsADuplicateOfTheContact()
    {
        var contact = Core.Records.Save(_admin, "Contacts", Builders.Values(("last_name", "Đặng"), ("email1", "dang@saomai.vn")));

        var blocked = await Submit(_acme, ("last_name", "Dang"), ("email1", "DANG@saomai.vn"));

        Assert.Equal(LeadOutcome.Duplicate, blocked.Outcome);
        Assert.Equal(("Contacts", contact.Id), (blocked.Duplicates[0].Module, blocked.Duplicates[0].Id));
    }

    [Fact]
    public async Task RuleSetToAllow_RaisesNothing()
    {
        Core.Records.Save(_admin, "Accounts", Builders.Values(("name", "Công ty TNHH Sao Mai")));

        var receipt = await Submit(_acme, ("last_name", "Hồ"), ("account_name", "Sao Mai Co., Ltd"));

        Assert.Equal(LeadOutcome.Created, receipt.Outcome);
        Assert.DoesNotContain(receipt.Duplicates, d => d.Rule == "company");
    }

    [Fact]
    public async Task ResubmittedPartnerRef_ReturnsTheFirstLead_OtherPartnersRefIsTheirOwn()
    {
        var first = await Submit(_acme, ("last_name", "Bùi"), ("partner_ref", "ACME-42"));

        var retry = await Submit(_acme, ("last_name", "Bùi (retry)"), ("partner_ref", "ACME-42"));
        var other = await Submit(_globex, ("last_name", "Ngô"), ("partner_ref", "ACME-42"));

        Assert.Equal((LeadOutcome.Existing, first.Id), (retry.Outcome, retry.Id));
        Assert.Equal("Bùi", Core.Store.Get("Leads", first.Id!)!["last_name"]);
        Assert.Equal(LeadOutcome.Created, other.Outcome);
        Assert.NotEqual(first.Id, other.Id);
    }

    [Fact]
    public async Task ConcurrentRetriesOfOneReference_MakeExactlyOneLead()
    {
        var before = Core.Store.Count("Leads");

        var receipts = await Task.WhenAll(Enumerable.Range(0, 40).Select(_ => Task.Run(() =>
            Submit(_acme, ("last_name", "Dương"), ("partner_ref", "ACME-RETRY")))));

        Assert.Equal(before + 1, Core.Store.Count("Leads"));
        Assert.Single(receipts.Select(r => r.Id).Distinct());
        Assert.Single(receipts, r => r.Outcome == LeadOutcome.Created);
    }

    [Fact]
    public async Task Batch_OneBadLead_IsRejectedAlone()
    {
        var receipts = await Core.Intake.SubmitManyAsync(_acme,
        [
            Builders.Values(("last_name", "Lý")),
            Builders.Values(("first_name", "no last name")),
            Builders.Values(("last_name", "Mai"), ("lead_source", "Not A Source")),
            Builders.Values(("last_name", "Cao")),
        ]);

        Assert.Equal([LeadOutcome.Created, LeadOutcome.Rejected, LeadOutcome.Rejected, LeadOutcome.Created], receipts.Select(r => r.Outcome));
        Assert.Contains("last_name", receipts[1].Error!.Message);
        Assert.Contains("lead_source", receipts[2].Error!.Message);
        Assert.All(new[] { receipts[0], receipts[3] }, r => Assert.NotNull(Core.Store.Get("Leads", r.Id!)));
    }

    [Fact]
    public async Task LeadRetriedBecauseAnotherOfItsBatchFailed_IsStillAssignedAndAnnounced()
    {
        // Two submissions of one new id in one shared transaction: the second fails inside it, the
        // transaction is rolled back and the first runs again on its own.
        var id = Guid.NewGuid().ToString();
        var receipts = await InOneBatch(
            Builders.Values(("last_name", "Quách"), ("first_name", "Thị Lan"), ("id", id), ("new_with_id", "1")),
            Builders.Values(("last_name", "Quách"), ("first_name", "Văn"), ("id", id), ("new_with_id", "1")));

        Assert.Equal((LeadOutcome.Created, "an", id), (receipts[0].Outcome, receipts[0].AssignedUserName, receipts[0].Id));
        Assert.Equal(LeadOutcome.Rejected, receipts[1].Outcome);
        Assert.Contains($"id {id} exists already", receipts[1].Error!.Message);
        Assert.Equal(("Assigned", "Thị Lan"), (Core.Store.Get("Leads", id)!["status"], Core.Store.Get("Leads", id)!["first_name"]));
        Assert.Single(Core.Store.ListMail(MailStatus.Queued, 10), m => m.RecordId == id);
        Assert.Equal("binh", (await Submit(_acme, ("last_name", "Lâm"))).AssignedUserName);
    }

    [Fact]
    public async Task TwoLeadsForOnePerson_InOneSharedTransaction_SecondIsBlocked()
    {
        var before = Core.Store.Count("Leads");

        var receipts = await InOneBatch(
            Builders.Values(("last_name", "Kiều"), ("email1", "kieu.oanh@example.vn")),
            Builders.Values(("last_name", "Kiều"), ("first_name", "Oanh"), ("email1", "Kieu.Oanh@Example.vn")));

        Assert.Equal([LeadOutcome.Created, LeadOutcome.Duplicate], receipts.Select(r => r.Outcome));
        Assert.Equal(CrmErrorCode.DuplicateRecords, receipts[1].Error!.Code);
        Assert.Contains(receipts[0].Id!, receipts[1].Error!.Message);
        Assert.Equal(before + 1, Core.Store.Count("Leads"));
    }

    [Fact]
    public async Task TwoLeadsForOnePerson_InOneSharedTransaction_UnderWarn_SecondNamesTheFirst()
    {
        var receipts = await InOneBatch(
            Builders.Values(("last_name", "Đoàn"), ("first_name", "Minh Tâm"), ("phone_mobile", "0912 345 678")),
            Builders.Values(("last_name", "Đoàn"), ("first_name", "Minh Tâm"), ("phone_mobile", "+84 912345678")));

        Assert.Equal([LeadOutcome.Created, LeadOutcome.Created], receipts.Select(r => r.Outcome));
        Assert.Contains(receipts[1].Duplicates, d => d.Id == receipts[0].Id);
        Assert.Contains(receipts[1].Warnings, w => w.Contains(receipts[0].Id!, StringComparison.Ordinal));
    }

    [Fact]
    public async Task InternalUsersLeadWithoutARep_IsAssignedByTheRules_NotToItsSender()
    {
        var receipt = await Submit(_admin, ("last_name", "Hồ"));

        Assert.Equal("an", receipt.AssignedUserName);
        var stored = Core.Store.Get("Leads", receipt.Id!)!;
        Assert.Equal((receipt.AssignedUserId, "Assigned"), (stored["assigned_user_id"], stored["status"]));
        Assert.NotEqual(_admin.Id, stored["assigned_user_id"]);
        Assert.Single(Core.Store.ListMail(MailStatus.Queued, 10), m => m.RecordId == receipt.Id);
    }

    [Fact]
    public async Task PartnerRef_ComparesExactly()
    {
        var lower = await Submit(_acme, ("last_name", "Tôn"), ("partner_ref", "abc-1"));

        var upper = await Submit(_acme, ("last_name", "Tôn Nữ"), ("partner_ref", "ABC-1"));

        Assert.Equal(LeadOutcome.Created, upper.Outcome);
        Assert.NotEqual(lower.Id, upper.Id);
    }

    [Fact]
    public async Task PartnerCannotChooseTheRep()
    {
        var receipt = await Submit(_acme, ("last_name", "Lương"), ("assigned_user_id", "no-such-user"));

        Assert.Equal("an", receipt.AssignedUserName);
        Assert.Equal(receipt.AssignedUserId, Core.Store.Get("Leads", receipt.Id!)!["assigned_user_id"]);
    }

    [Fact]
    public async Task StatusNewInAnyCase_BecomesAssigned()
    {
        var receipt = await Submit(_acme, ("last_name", "Mạc"), ("status", "new"));

        Assert.Equal("Assigned", Core.Store.Get("Leads", receipt.Id!)!["status"]);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(501)]
    public async Task Batch_OutsideOneTo500_IsRefused(int size)
    {
        var leads = Enumerable.Range(0, size).Select(i => (IEnumerable<KeyValuePair<string, string?>>)Builders.Values(("last_name", $"L{i}"))).ToList();

        var error = await Assert.ThrowsAsync<CrmException>(() => Core.Intake.SubmitManyAsync(_acme, leads));

        Assert.Contains("1 to 500", error.Message);
    }

    [Fact]
    public async Task NewLeadSentAsDeleted_IsStoredLive()
    {
        var receipt = await Submit(_acme, ("last_name", "Tạ"), ("deleted", "1"));

        Assert.Equal(LeadOutcome.Created, receipt.Outcome);
        Assert.False(Core.Store.Get("Leads", receipt.Id!)!.IsDeleted);
    }

    /// <summary>
    /// Submits the leads so that they all wait behind one held transaction and then share the next:
    /// the group commit a busy server makes of concurrent submissions.
    /// </summary>
    private async Task<IReadOnlyList<LeadReceipt>> InOneBatch(params IEnumerable<KeyValuePair<string, string?>>[] leads)
    {
        using var running = new ManualResetEventSlim();
        using var release = new ManualResetEventSlim();

        // Each submission first brings the duplicate index up to date, which may read the store; with
        // the store held below, the index must already be current.
        Core.Duplicates.Warm();
        var holder = Core.Committer.RunAsync(() =>
        {
            running.Set();
            release.Wait();
            return 0;
        });
        running.Wait();
        var batchesBefore = Core.Committer.Counts.Batches;
        var submitted = Core.Intake.SubmitManyAsync(_acme, leads);
        while (Core.Committer.Queued < leads.Length)
        {
            await Task.Delay(5);
        }

        release.Set();
        await holder;
        var receipts = await submitted;
        Assert.Equal(batchesBefore + 2, Core.Committer.Counts.Batches); // the holder's, then the leads' one
        return receipts;
    }

    private Task<LeadReceipt> Submit(CrmUser user, params (string Field, string? Value)[] values) =>
        Core.Intake.SubmitAsync(user, Builders.Values(values));
}
