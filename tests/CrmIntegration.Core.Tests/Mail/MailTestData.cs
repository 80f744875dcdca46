using CrmIntegration.Core.Mail;
using CrmIntegration.Core.Records;
using CrmIntegration.Core.Security;
using CrmIntegration.Core.Tests.Infrastructure;
using static CrmIntegration.Core.Tests.Infrastructure.Builders;

namespace CrmIntegration.Core.Tests.Mail;

/// <summary>A sales rep and a Vietnamese lead assigned to them, the usual subject of a notification.</summary>
internal static class MailTestData
{
    public const string LeadFirstName = "Thị Hồng Nhung";
    public const string LeadLastName = "Nguyễn";
    public const string Company = "Công ty TNHH Hoa Sen";

    public static MailOptions Options(string? baseUrl = "https://crm.example.vn") => new()
    {
        From = "CRM Hoa Sen <crm@hoasen.example.vn>",
        BaseUrl = baseUrl,
    };

    public static CrmUser AddRep(this CrmCore core, string userName, string? email, params (string Field, string? Value)[] more)
    {
        core.EnsureAdministrator();
        var record = core.UserAdmin.Add(userName, Password, UserRole.User, lastName: "Trần Văn", firstName: "Bình", email: email);
        if (more.Length > 0)
        {
            core.Records.Save(UserAdministration.SystemActor, "Users", Values([("id", record.Id), .. more]));
            core.Users.Forget(record.Id);
        }

        return core.Users.Find(record.Id)!;
    }

    /// <summary>
    /// A lead the rep entered, assigned to themselves: no assignment mail is due for it (nobody is
    /// told what they did themselves), so each test queues exactly the mail it is about.
    /// </summary>
    public static CrmRecord AddAssignedLead(this CrmCore core, CrmUser rep) =>
        core.Records.Save(rep, "Leads", Values(
            ("first_name", LeadFirstName), ("last_name", LeadLastName), ("account_name", Company),
            ("phone_mobile", "0903123456"), ("assigned_user_id", rep.Id)));

    /// <summary>Queues the assignment mail and returns it as stored.</summary>
    public static QueuedMail QueueAssignment(this CrmCore core, CrmUser rep, CrmRecord record)
    {
        var outcome = core.Notifications.QueueAssignmentMail(rep, record.Module, record);
        Assert.True(outcome.Queued, outcome.SkipReason);
        return core.Store.GetMail(outcome.MailId!)!;
    }
}
