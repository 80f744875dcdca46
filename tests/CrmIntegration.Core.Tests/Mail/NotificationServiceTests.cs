using CrmIntegration.Core.Mail;
using CrmIntegration.Core.Security;
using CrmIntegration.Core.Tests.Infrastructure;
using static CrmIntegration.Core.Tests.Infrastructure.Builders;

namespace CrmIntegration.Core.Tests.Mail;

public sealed class NotificationServiceTests : IDisposable
{
    private readonly TestCore _test = new(mail: MailTestData.Options());

    private CrmCore Core => _test.Core;

    public void Dispose() => _test.Dispose();

    [Fact]
    public void LeadAssigned_QueuesTheBuiltInVietnameseAndEnglishMail_ForTheRep()
    {
        var rep = Core.AddRep("binh", "binh@hoasen.example.vn");
        var lead = Core.AddAssignedLead(rep);

        var mail = Core.QueueAssignment(rep, lead);

        Assert.Equal(MailStatus.Queued, mail.Status);
        Assert.Equal("\"Trần Văn Bình\" <binh@hoasen.example.vn>", mail.To);
        Assert.Equal("\"CRM Hoa Sen\" <crm@hoasen.example.vn>", mail.From);
        Assert.Equal("Khách hàng tiềm năng mới: Nguyễn Thị Hồng Nhung / New lead assigned to you", mail.Subject);
        Assert.Contains("Chào Trần Văn Bình,", mail.TextBody);
        Assert.Contains("Công ty:   Công ty TNHH Hoa Sen", mail.TextBody);
        Assert.Contains("Di động:   0903123456", mail.TextBody);
        Assert.Contains($"https://crm.example.vn/index.php?module=Leads&action=DetailView&record={lead.Id}", mail.TextBody);
        Assert.Contains($"href=\"https://crm.example.vn/index.php?module=Leads&amp;action=DetailView&amp;record={lead.Id}\"", mail.HtmlBody);
        Assert.Equal($"{mail.Id}@hoasen.example.vn", mail.MessageId);
        Assert.Equal((_test.Clock.Now.UtcDateTime, _test.Clock.Now.UtcDateTime), (mail.CreatedUtc, mail.NextAttemptUtc));
        Assert.Equal(("Leads", lead.Id, rep.Id), (mail.Module, mail.RecordId, mail.ToUserId));
        var queued = Assert.Single(mail.Log);
        Assert.Equal(("queued", "built-in template lead_assigned"), (queued.Outcome, queued.Detail));
    }

    [Fact]
    public void OpportunityAssigned_NamesTheAccountFromItsId()
    {
        var rep = Core.AddRep("binh", "binh@hoasen.example.vn");
        var account = Core.AddAccount(UserAdministration.SystemActor, MailTestData.Company);
        var opportunity = Core.Records.Save(UserAdministration.SystemActor, "Opportunities", Values(
            ("name", "Hợp đồng bảo trì 2026"), ("amount", "150000000"), ("date_closed", "2026-06-30"),
            ("sales_stage", "Prospecting"), ("account_id", account.Id), ("assigned_user_id", rep.Id)));

        var mail = Core.QueueAssignment(rep, opportunity);

        Assert.Equal("Cơ hội mới được giao: Hợp đồng bảo trì 2026 / Opportunity assigned to you", mail.Subject);
        Assert.Contains("Khách hàng:        Công ty TNHH Hoa Sen", mail.TextBody);
        Assert.Null(mail.HtmlBody);
    }

    [Fact]
    public void EmailTemplatesRecord_WithTheConfiguredName_IsUsed_AndUnknownPlaceholdersAreLogged()
    {
        var rep = Core.AddRep("binh", "binh@hoasen.example.vn");
        Core.Records.Save(UserAdministration.SystemActor, "EmailTemplates", Values(
            ("name", "lead_assigned"), ("subject", "Lead: {{last_name}}"), ("body", "Xin chào {{assigned_user_name}} {{nickname}}"),
            ("body_html", "<p>{{account_name}}</p>"), ("text_only", "1")));

        var mail = Core.QueueAssignment(rep, Core.AddAssignedLead(rep));

        Assert.Equal(("Lead: Nguyễn", "Xin chào Trần Văn Bình {{nickname}}"), (mail.Subject, mail.TextBody));
        Assert.Null(mail.HtmlBody);
        Assert.Equal("EmailTemplates 'lead_assigned'; unknown placeholders left as written: {{nickname}}", mail.Log[0].Detail);
    }

    [Fact]
    public void TemplateAddedOrEdited_AfterMailsWereQueued_IsUsedForTheNextMail()
    {
        // The template is cached between mails; a change to EmailTemplates must still show at once.
        var rep = Core.AddRep("binh", "binh@hoasen.example.vn");
        var builtIn = Core.QueueAssignment(rep, Core.AddAssignedLead(rep));
        var template = Core.Records.Save(UserAdministration.SystemActor, "EmailTemplates", Values(
            ("name", "lead_assigned"), ("subject", "Lead: {{last_name}}"), ("body", "Xin chào"), ("text_only", "1")));
        var added = Core.QueueAssignment(rep, Core.AddAssignedLead(rep));
        Core.Records.Save(UserAdministration.SystemActor, "EmailTemplates", Values(("id", template.Id), ("subject", "Khách mới: {{last_name}}")));

        var edited = Core.QueueAssignment(rep, Core.AddAssignedLead(rep));

        Assert.StartsWith("Khách hàng tiềm năng mới", builtIn.Subject);
        Assert.Equal(("Lead: Nguyễn", "Khách mới: Nguyễn"), (added.Subject, edited.Subject));
    }

    [Fact]
    public void WithoutBaseUrl_TheMailHasNoLinkAtAll_NeitherInHtmlNorInText()
    {
        // Regression (issue 11): without Mail:BaseUrl the HTML carried href="Leads <id>".
        using var test = new TestCore(mail: MailTestData.Options(baseUrl: null));
        var rep = test.Core.AddRep("binh", "binh@hoasen.example.vn");
        var lead = test.Core.AddAssignedLead(rep);

        var mail = test.Core.QueueAssignment(rep, lead);

        Assert.DoesNotContain("<a", mail.HtmlBody);
        Assert.DoesNotContain("href", mail.HtmlBody);
        Assert.DoesNotContain("Xem chi tiết", mail.HtmlBody);
        Assert.DoesNotContain("Xem chi tiết", mail.TextBody);
        Assert.DoesNotContain("Details", mail.TextBody);
        Assert.DoesNotContain(lead.Id, mail.TextBody + mail.HtmlBody);
        Assert.DoesNotContain("{{", mail.TextBody + mail.HtmlBody);
        Assert.Contains("Di động:   0903123456", mail.TextBody); // the rest of the mail is all there
        Assert.Contains("<td>0903123456</td>", mail.HtmlBody);
        Assert.Equal("queued", Assert.Single(mail.Log).Outcome);
    }

    [Fact]
    public void RepWithoutEmail_IsSkipped_WithTheReasonKept()
    {
        var rep = Core.AddRep("binh", null);

        AssertSkipped(rep, "user binh has no email address (email1)");
    }

    [Fact]
    public void RepWithAnUnusableStoredEmail_IsSkipped()
    {
        // Validation refuses such a value today; older imports wrote straight to the store.
        var rep = Core.AddRep("binh", "binh@hoasen.example.vn");
        var record = Core.Store.Get("Users", rep.Id)!;
        record["email1"] = "binh at hoasen";
        Core.Store.Update(record);

        AssertSkipped(rep, "user binh's email1 'binh at hoasen' is not an email address");
    }

    private void AssertSkipped(CrmUser rep, string reason)
    {
        var outcome = Core.Notifications.QueueAssignmentMail(rep, "Leads", Core.AddAssignedLead(rep));

        Assert.Equal((false, reason), (outcome.Queued, outcome.SkipReason));
        var kept = Core.Store.GetMail(outcome.MailId!)!;
        Assert.Equal(MailStatus.Skipped, kept.Status);
        Assert.Equal(reason, Assert.Single(kept.Log).Detail);
        Assert.Null(Core.Store.ClaimDueMail(_test.Clock.Now.UtcDateTime.AddDays(1), _test.Clock.Now.UtcDateTime, "test", TimeSpan.FromMinutes(10)));
    }

    [Fact]
    public void RepWhoTurnedNotificationsOff_IsSkipped()
    {
        var rep = Core.AddRep("binh", "binh@hoasen.example.vn", ("receive_notifications", "0"));

        var outcome = Core.Notifications.QueueAssignmentMail(rep, "Leads", Core.AddAssignedLead(rep));

        Assert.False(outcome.Queued);
        Assert.Contains("receive_notifications = 0", outcome.SkipReason);
        Assert.Equal(MailStatus.Skipped, Core.Store.GetMail(outcome.MailId!)!.Status);
    }

    [Fact]
    public void NewUsers_ReceiveNotificationsByDefault()
    {
        var rep = Core.AddRep("binh", "binh@hoasen.example.vn");

        Assert.Equal("1", Core.Store.Get("Users", rep.Id)![NotificationService.ReceiveNotificationsField]);
    }

    [Fact]
    public void GlobalSwitchOff_QueuesNothingAtAll()
    {
        var options = MailTestData.Options();
        options.Notifications.Enabled = false;
        using var test = new TestCore(mail: options);
        var rep = test.Core.AddRep("binh", "binh@hoasen.example.vn");

        var outcome = test.Core.Notifications.QueueAssignmentMail(rep, "Leads", test.Core.AddAssignedLead(rep));

        Assert.Equal((false, null), (outcome.Queued, outcome.MailId));
        Assert.Contains("Mail:Notifications:Enabled", outcome.SkipReason);
        Assert.Empty(test.Core.Store.ListMail(null, 100));
    }

    [Fact]
    public void QueuedInsideATransactionThatRollsBack_LeavesNoMail()
    {
        var rep = Core.AddRep("binh", "binh@hoasen.example.vn");
        var lead = Core.AddAssignedLead(rep);

        Assert.Throws<InvalidOperationException>(() => Core.Store.InTransaction<int>(() =>
        {
            Core.Change(UserAdministration.SystemActor, lead, ("status", "Assigned"));
            Assert.True(Core.Notifications.QueueAssignmentMail(rep, "Leads", lead).Queued);
            throw new InvalidOperationException("the assignment failed after the mail was queued");
        }));

        Assert.Empty(Core.Store.ListMail(null, 100));
        Assert.Equal("New", Core.Store.Get("Leads", lead.Id)!["status"]);
    }

    [Fact]
    public void QueuedInsideATransactionThatCommits_IsQueuedWithTheChange()
    {
        var rep = Core.AddRep("binh", "binh@hoasen.example.vn");
        var lead = Core.AddAssignedLead(rep);

        var outcome = Core.Store.InTransaction(() =>
        {
            Core.Change(UserAdministration.SystemActor, lead, ("status", "Assigned"));
            return Core.Notifications.QueueAssignmentMail(rep, "Leads", lead);
        });

        Assert.Equal(MailStatus.Queued, Core.Store.GetMail(outcome.MailId!)!.Status);
        Assert.Equal("Assigned", Core.Store.Get("Leads", lead.Id)!["status"]);
    }
}
