using System.Text.Json;
using CrmIntegration.Cli.Tests.Infrastructure;
using CrmIntegration.Core;
using CrmIntegration.Core.Security;
using MimeKit;

namespace CrmIntegration.Cli.Tests.Commands;

public sealed class MailCommandTests
{
    /// <summary>A database with one assignment mail queued for rep 'binh' and one skipped for 'an' (no email).</summary>
    private static async Task<TempDatabase> WithQueuedMailAsync()
    {
        var db = await TempDatabase.WithAdminAsync();
        using var core = CrmCore.Open(new CrmCoreOptions { DatabasePath = db.Path });
        foreach (var (userName, email) in new[] { ("binh", "binh@hoasen.example.vn"), ("an", null) })
        {
            var user = core.Users.Find(core.UserAdmin.Add(userName, "rep-pass-2026", UserRole.User, "Trần Văn", "Bình", email).Id)!;

            // Assigned by the administrator: saving it queues the rep's mail (skipped for 'an').
            core.Records.Save(UserAdministration.SystemActor, "Leads", new Dictionary<string, string?>
            {
                ["first_name"] = "Thị Hồng Nhung",
                ["last_name"] = "Nguyễn",
                ["assigned_user_id"] = user.Id,
            });
        }

        return db;
    }

    [Fact]
    public async Task Deliver_WritesDueMailToTheOutboxBesideTheDatabase_AndListShowsItSent()
    {
        using var db = await WithQueuedMailAsync();
        var outbox = Path.Combine(Path.GetDirectoryName(db.Path)!, "outbox");

        var run = await Crm.OkAsync("mail", "deliver", "--db", db.Path);

        Assert.Equal($"Sent 1 via pickup directory {outbox}; 0 to retry later, 0 failed.", run.Output.Trim());
        var message = await MimeMessage.LoadAsync(Assert.Single(Directory.GetFiles(outbox, "*.eml")));
        Assert.Equal("binh@hoasen.example.vn", message.To.Mailboxes.Single().Address);
        Assert.StartsWith("Khách hàng tiềm năng mới: Nguyễn Thị Hồng Nhung", message.Subject);

        var sent = await Crm.OkAsync("mail", "list", "--status", "sent", "--db", db.Path);
        Assert.Equal(2, sent.OutputLines.Length);
        Assert.Matches(@"^id\s+status\s+created\s+to\s+subject\s+attempts\s+next_or_sent\s+last_error$", sent.OutputLines[0]);
        Assert.Matches(@"^[0-9a-f]{32}\s+sent\s+.*binh@hoasen\.example\.vn.*Khách hàng tiềm năng mới.*\s1\s", sent.OutputLines[1]);

        var again = await Crm.OkAsync("mail", "deliver", "--db", db.Path);
        Assert.StartsWith("Sent 0 via", again.Output);
    }

    [Fact]
    public async Task List_Json_CarriesTheDeliveryLog_AndSkippedMailWithItsReason()
    {
        using var db = await WithQueuedMailAsync();
        await Crm.OkAsync("mail", "deliver", "--db", db.Path);

        var run = await Crm.OkAsync("mail", "list", "--format", "json", "--db", db.Path);

        using var json = JsonDocument.Parse(run.Output);
        var mails = json.RootElement.EnumerateArray().ToDictionary(m => m.GetProperty("status").GetString()!);
        Assert.Equal(["queued", "sending", "sent"], mails["sent"].GetProperty("log").EnumerateArray().Select(e => e.GetProperty("outcome").GetString()));
        Assert.Equal("user an has no email address (email1)", mails["skipped"].GetProperty("last_error").GetString());
        Assert.Equal("Leads", mails["sent"].GetProperty("module").GetString());
    }

    [Fact]
    public async Task Deliver_WhenTheOutboxCannotBeWritten_ExitsWithDeliveryFailed_AndKeepsTheMailQueued()
    {
        using var db = await WithQueuedMailAsync();
        await File.WriteAllTextAsync(Path.Combine(Path.GetDirectoryName(db.Path)!, "outbox"), "a file where the directory should be");

        var run = await Crm.RunAsync("mail", "deliver", "--db", db.Path);

        Assert.Equal(ExitCode.DeliveryFailed, run.ExitCode);
        Assert.StartsWith("crm: not sent: ", Assert.Single(run.ErrorLines));
        var queued = await Crm.OkAsync("mail", "list", "--status", "queued", "--format", "csv", "--db", db.Path);
        Assert.Equal(2, queued.OutputLines.Length);
        Assert.Contains(",queued,", queued.OutputLines[1]);
    }

    [Fact]
    public async Task List_RefusesAnUnknownStatus()
    {
        using var db = await WithQueuedMailAsync();

        var run = await Crm.RunAsync("mail", "list", "--status", "lost", "--db", db.Path);

        Assert.Equal(ExitCode.Usage, run.ExitCode);
    }
}
