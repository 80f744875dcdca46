using CrmIntegration.Core.Conversion;
using CrmIntegration.Core.Mail;
using CrmIntegration.Core.Matching.Merge;
using CrmIntegration.Core.Records;
using CrmIntegration.Core.Security;
using CrmIntegration.Core.Tests.Infrastructure;
using static CrmIntegration.Core.Tests.Infrastructure.Builders;

namespace CrmIntegration.Core.Tests.Mail;

/// <summary>
/// Assignment mail on every write path, as SugarCRM sends it: a record of a notifying module that
/// gets an assigned user (created with one, or changed to another) who is not the one making the
/// change queues one mail to that user, in the write's transaction, with the module's template.
/// </summary>
public sealed class AssignmentMailTests : IDisposable
{
    private readonly TestCore _test = new(mail: MailTestData.Options());
    private readonly CrmUser _admin;
    private readonly CrmUser _binh;
    private readonly CrmUser _an;

    public AssignmentMailTests()
    {
        _admin = Core.AddUser("root", UserRole.Admin);
        _binh = Core.AddRep("binh", "binh@hoasen.example.vn");
        _an = Core.AddRep("an", "an@hoasen.example.vn");
    }

    private CrmCore Core => _test.Core;

    public void Dispose() => _test.Dispose();

    public static TheoryData<string, string, string> NotifyingModules() => new()
    {
        { "Leads", "lead_assigned", "New lead assigned to you" },
        { "Opportunities", "opportunity_assigned", "Opportunity assigned to you" },
        { "Cases", "case_assigned", "Case 1 assigned to you" },
        { "Contacts", "contact_assigned", "Contact assigned to you" },
        { "Accounts", "account_assigned", "Account assigned to you" },
        { "Tasks", "task_assigned", "Task assigned to you" },
        { "Calls", "call_assigned", "Call assigned to you" },
        { "Meetings", "meeting_assigned", "Meeting assigned to you" },
    };

    [Theory]
    [MemberData(nameof(NotifyingModules))]
    public void CreatedWithAnotherUserAsAssignee_QueuesOneMail_WithTheModulesTemplate(string module, string template, string subject)
    {
        var record = Core.Records.Save(_admin, module, Values([.. Required(module), ("assigned_user_id", _binh.Id)]));

        var mail = Assert.Single(Core.Store.ListMail(null, 10));
        Assert.Equal((MailStatus.Queued, _binh.Id, module, record.Id), (mail.Status, mail.ToUserId, mail.Module, mail.RecordId));
        Assert.Equal("\"Trần Văn Bình\" <binh@hoasen.example.vn>", mail.To);
        Assert.EndsWith(subject, mail.Subject);
        Assert.Equal($"built-in template {template}", Assert.Single(mail.Log).Detail);
        Assert.Contains($"record={record.Id}", mail.TextBody);
        Assert.DoesNotContain("{{", mail.Subject + mail.TextBody + mail.HtmlBody);
    }

    [Fact]
    public void Reassigned_QueuesOneMailToTheNewAssignee_AndOtherChangesNone()
    {
        var lead = Core.AddLead(_admin, "Nguyễn", ("assigned_user_id", _binh.Id));

        Core.Change(_admin, lead, ("assigned_user_id", _an.Id));
        Core.Change(_admin, lead, ("status", "In Process"), ("title", "Giám đốc"));

        var mails = Core.Store.ListMail(null, 10);
        Assert.Equal([_an.Id, _binh.Id], mails.Select(m => m.ToUserId)); // newest first
        Assert.All(mails, m => Assert.Equal(lead.Id, m.RecordId));
    }

    [Fact]
    public void SelfAssignment_QueuesNothing()
    {
        var own = Core.AddLead(_binh, "Nguyễn");                                  // the creator is the default assignee
        var named = Core.AddLead(_binh, "Trần", ("assigned_user_id", _binh.Id));  // or names themselves
        var taken = Core.AddLead(_admin, "Lê", ("assigned_user_id", _an.Id));     // queues one, to An
        Core.Change(_an, taken, ("assigned_user_id", _an.Id), ("status", "In Process"));
        Core.Change(_admin, own, ("assigned_user_id", _admin.Id));                // the admin takes it over

        Assert.Equal(_binh.Id, own["assigned_user_id"]);
        Assert.Equal(_binh.Id, named["assigned_user_id"]);
        var mail = Assert.Single(Core.Store.ListMail(null, 10));
        Assert.Equal((_an.Id, taken.Id), (mail.ToUserId, mail.RecordId));
    }

    [Fact]
    public void ModuleThatDoesNotNotify_QueuesNothing()
    {
        Core.Records.Save(_admin, "Notes", Values(("name", "Ghi chú"), ("assigned_user_id", _binh.Id)));
        Core.Records.Save(_admin, "Bugs", Values(("name", "Lỗi in hoá đơn"), ("assigned_user_id", _binh.Id)));

        Assert.Empty(Core.Store.ListMail(null, 10));
    }

    [Fact]
    public void GlobalSwitchOff_QueuesNothing_OnAnyPath()
    {
        var options = MailTestData.Options();
        options.Notifications.Enabled = false;
        using var test = new TestCore(mail: options);
        var admin = test.Core.AddUser("root", UserRole.Admin);
        var rep = test.Core.AddRep("binh", "binh@hoasen.example.vn");

        var lead = test.Core.AddLead(admin, "Nguyễn", ("assigned_user_id", rep.Id));
        test.Core.Records.Save(admin, "Opportunities", Values([.. Required("Opportunities"), ("assigned_user_id", rep.Id)]));
        test.Core.Change(admin, lead, ("assigned_user_id", admin.Id));
        test.Core.Change(admin, lead, ("assigned_user_id", rep.Id));

        Assert.Empty(test.Core.Store.ListMail(null, 10));
    }

    [Fact]
    public void AssigneeWhoTurnedNotificationsOff_GetsNothing_AndTheSaveGoesThrough()
    {
        var quiet = Core.AddRep("chi", "chi@hoasen.example.vn", (NotificationService.ReceiveNotificationsField, "0"));

        var lead = Core.AddLead(_admin, "Nguyễn", ("assigned_user_id", quiet.Id));

        Assert.Equal(quiet.Id, Core.Store.Get("Leads", lead.Id)!["assigned_user_id"]);
        var kept = Assert.Single(Core.Store.ListMail(null, 10));
        Assert.Equal(MailStatus.Skipped, kept.Status);
        Assert.Null(Core.Store.ClaimDueMail(_test.Clock.Now.UtcDateTime.AddDays(1), _test.Clock.Now.UtcDateTime.AddDays(1), "test", TimeSpan.FromMinutes(10)));
    }

    [Fact]
    public void AssigneeWithoutEmail_GetsNothing_AndTheSaveGoesThroughWithoutAnError()
    {
        var unreachable = Core.AddRep("dung", null);

        var opportunity = Core.Records.Save(_admin, "Opportunities", Values([.. Required("Opportunities"), ("assigned_user_id", unreachable.Id)]));

        Assert.NotNull(Core.Store.Get("Opportunities", opportunity.Id));
        var kept = Assert.Single(Core.Store.ListMail(null, 10));
        Assert.Equal((MailStatus.Skipped, "user dung has no email address (email1)"), (kept.Status, kept.Log[0].Detail));
        Assert.Null(Core.Store.ClaimDueMail(_test.Clock.Now.UtcDateTime.AddDays(1), _test.Clock.Now.UtcDateTime.AddDays(1), "test", TimeSpan.FromMinutes(10)));
    }

    [Fact]
    public void FailedSave_QueuesNothing()
    {
        CrmAssert.Fails(Errors.CrmErrorCode.InvalidData,
            () => Core.Records.Save(_admin, "Leads", Values(("assigned_user_id", _binh.Id), ("first_name", "no last name"))));
        CrmAssert.Fails(Errors.CrmErrorCode.InvalidData,
            () => Core.Records.Save(_admin, "Leads", Values(("last_name", "Nguyễn"), ("assigned_user_id", _binh.Id), ("status", "No such status"))));

        Assert.Empty(Core.Store.ListMail(null, 10));
    }

    [Fact]
    public void Conversion_MailsTheOwnerOfEveryRecordItCreatesForThem()
    {
        var lead = Core.AddLead(_binh, "Nguyễn", ("first_name", "Thị Hồng Nhung"), ("account_name", "Công ty TNHH Hoa Sen"));

        var result = Core.Conversions.Convert(_admin, new LeadConversionRequest(lead.Id)
        {
            CreateOpportunity = true, DateClosed = "2026-06-30", OpportunityAmount = "150000000",
        });

        var mails = Core.Store.ListMail(null, 10);
        Assert.All(mails, m => Assert.Equal(_binh.Id, m.ToUserId));
        Assert.Equal(
            new[] { ("Contacts", result.ContactId), ("Accounts", result.AccountId), ("Opportunities", result.OpportunityId!) }.Order(),
            mails.Select(m => (m.Module, m.RecordId)).Order());
    }

    [Fact]
    public void Merge_ThatGivesTheMasterAnAssignee_MailsThem()
    {
        // A partner's lead waits for assignment; the duplicate an administrator entered for An has one.
        var partner = Core.AddUser("acme", UserRole.Partner);
        var master = Core.AddLead(partner, "Nguyễn", ("email1", "nhung@hoasen.vn"));
        var loser = Core.AddLead(_admin, "Nguyen", ("email1", "nhung@hoasen.vn"), ("assigned_user_id", _an.Id));
        var before = Core.Store.ListMail(null, 10).Count;

        Core.Merges.Merge(_admin, new MergeRequest("Leads", [master.Id, loser.Id], master.Id));

        var mails = Core.Store.ListMail(null, 10);
        Assert.Equal(before + 1, mails.Count);
        Assert.Equal(("Leads", master.Id, _an.Id), (mails[0].Module, mails[0].RecordId, mails[0].ToUserId));
    }

    [Fact]
    public void Restore_OfAnEarlierImage_AsAMergesUndoWrites_MailsNobody()
    {
        var lead = Core.AddLead(_admin, "Nguyễn", ("assigned_user_id", _binh.Id));
        var before = Core.Store.ListMail(null, 10).Count;
        var stored = Core.Store.Get("Leads", lead.Id)!;
        var earlier = stored.Clone();
        earlier["assigned_user_id"] = _an.Id;

        Core.Records.Write(new RecordChange(_admin, stored, earlier) { Restore = true });

        Assert.Equal(_an.Id, Core.Store.Get("Leads", lead.Id)!["assigned_user_id"]);
        Assert.Equal(before, Core.Store.ListMail(null, 10).Count);
    }

    [Fact]
    public void EmailTemplatesRecord_OfTheModule_IsUsed_ElseAnInstallationsGenericRecordAssigned()
    {
        Core.Records.Save(_admin, "EmailTemplates", Values(("name", "record_assigned"), ("subject", "Việc mới: {{record_name}}"), ("body", "{{module_label}}")));
        Core.Records.Save(_admin, "EmailTemplates", Values(("name", "case_assigned"), ("subject", "Ca {{case_number}}: {{name}}"), ("body", "Ưu tiên {{priority}}")));

        Core.Records.Save(_admin, "Cases", Values(("name", "Máy lạnh không chạy"), ("assigned_user_id", _binh.Id)));
        Core.Records.Save(_admin, "Tasks", Values(("name", "Gọi lại"), ("assigned_user_id", _binh.Id)));

        var mails = Core.Store.ListMail(null, 10).ToDictionary(m => m.Module);
        Assert.Equal(("Ca 1: Máy lạnh không chạy", "Ưu tiên P2"), (mails["Cases"].Subject, mails["Cases"].TextBody));
        Assert.Equal("EmailTemplates 'case_assigned'", mails["Cases"].Log[0].Detail);
        Assert.Equal(("Việc mới: Gọi lại", "Tasks"), (mails["Tasks"].Subject, mails["Tasks"].TextBody));
        Assert.Equal("EmailTemplates 'record_assigned'", mails["Tasks"].Log[0].Detail);
    }

    [Fact]
    public void ActivityMail_NamesTheRecordItHangsFrom()
    {
        var account = Core.AddAccount(_admin, "Công ty TNHH Hoa Sen");

        Core.Records.Save(_admin, "Meetings", Values(("name", "Họp khảo sát"), ("date_start", "2026-03-05 14:00:00"), ("location", "Quận 1"),
            ("parent_type", "Accounts"), ("parent_id", account.Id), ("assigned_user_id", _binh.Id)));

        var mail = Assert.Single(Core.Store.ListMail(null, 10));
        Assert.Contains("Liên quan:  Công ty TNHH Hoa Sen", mail.TextBody);
        Assert.Contains("Starts:     2026-03-05 14:00:00 (UTC)", mail.TextBody);
    }

    [Fact]
    public void Recipient_IsTheNewAssignee_OnlyWhenItChangedAndIsNotTheActor()
    {
        var lead = new CrmRecord("Leads", Values(("assigned_user_id", "u-2")));
        var actor = new CrmUser("u-1", "one", UserRole.User, null, true);

        Assert.Equal("u-2", AssignmentNotifier.Recipient(actor, null, lead));
        Assert.Equal("u-2", AssignmentNotifier.Recipient(actor, new CrmRecord("Leads", Values(("assigned_user_id", "u-3"))), lead));
        Assert.Null(AssignmentNotifier.Recipient(actor, lead.Clone(), lead));
        Assert.Null(AssignmentNotifier.Recipient(actor with { Id = "u-2" }, null, lead));
        Assert.Null(AssignmentNotifier.Recipient(actor, null, new CrmRecord("Notes", lead.Values)));
        Assert.Null(AssignmentNotifier.Recipient(actor, null, new CrmRecord("Leads", Values(("assigned_user_id", "u-2"), ("deleted", "1")))));
        Assert.Null(AssignmentNotifier.Recipient(actor, null, new CrmRecord("Leads", Values(("assigned_user_id", "")))));
    }

    private static (string Field, string? Value)[] Required(string module) => module switch
    {
        "Leads" or "Contacts" => [("last_name", "Nguyễn"), ("first_name", "Thị Hồng Nhung")],
        "Opportunities" => [("name", "Bảo trì 2026"), ("amount", "150000000"), ("date_closed", "2026-06-30"), ("sales_stage", "Prospecting")],
        "Calls" or "Meetings" => [("name", "Gọi giới thiệu"), ("date_start", "2026-03-05 09:00:00")],
        _ => [("name", "Máy lạnh không chạy")],
    };
}
