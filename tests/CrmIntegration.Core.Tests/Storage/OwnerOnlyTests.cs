using CrmIntegration.Core.Mail;
using CrmIntegration.Core.Storage;
using CrmIntegration.Core.Tests.Infrastructure;
using MimeKit;

namespace CrmIntegration.Core.Tests.Storage;

/// <summary>
/// The database holds password hashes and customer data, the outbox whole mails: the data directory
/// is 0700 and every file the core writes there 0600, new or found too open. (Unix modes: the
/// project's machines and CI are Linux.)
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class OwnerOnlyTests : IDisposable
{
    private const UnixFileMode Directory0700 = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
    private const UnixFileMode File0600 = UnixFileMode.UserRead | UnixFileMode.UserWrite;
    private const UnixFileMode File0644 = File0600 | UnixFileMode.GroupRead | UnixFileMode.OtherRead;
    private const UnixFileMode Directory0755 = Directory0700 | UnixFileMode.GroupRead | UnixFileMode.GroupExecute
        | UnixFileMode.OtherRead | UnixFileMode.OtherExecute;

    private readonly string _root = Path.Combine(Path.GetTempPath(), "crm-owner-only-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    [Fact]
    public async Task A_new_data_directory_and_every_file_the_core_writes_in_it_are_owner_only()
    {
        var data = Path.Combine(_root, "data");
        var warnings = new List<string>();
        using (var core = CrmCore.Open(new CrmCoreOptions { DatabasePath = Path.Combine(data, "crm.db"), Warn = warnings.Add }))
        {
            core.UserAdmin.Add("alice", "Alice-Pass-1", Core.Security.UserRole.Admin);
            await using var transport = core.CreateMailTransport();
            var sent = await transport.SendAsync(Message(), CancellationToken.None);
            Assert.Equal(MailSendOutcome.Sent, sent.Outcome);

            Assert.Equal(Directory0700, File.GetUnixFileMode(data));
            Assert.Equal(Directory0700, File.GetUnixFileMode(Path.Combine(data, "outbox")));
            var files = Directory.GetFiles(data, "*", SearchOption.AllDirectories);
            Assert.Contains(Path.Combine(data, "crm.db"), files);
            Assert.Contains(Path.Combine(data, "crm-log.db"), files);
            Assert.Contains(Path.Combine(data, "crm.db.lock"), files);
            Assert.Contains(Path.Combine(data, "crm.db.holder"), files);
            Assert.Single(files, f => f.EndsWith(".eml", StringComparison.Ordinal));
            Assert.All(files, f => Assert.True(File.GetUnixFileMode(f) == File0600, $"{f} is {File.GetUnixFileMode(f)}"));
        }

        Assert.Empty(warnings);
    }

    [Fact]
    public void Files_and_directories_left_open_by_an_earlier_version_are_tightened_on_open_and_reported()
    {
        var data = Path.Combine(_root, "data");
        var database = Path.Combine(data, "crm.db");
        using (CrmCore.Open(new CrmCoreOptions { DatabasePath = database }))
        {
        }

        var mail = Path.Combine(data, "outbox", "old.eml");
        Directory.CreateDirectory(Path.GetDirectoryName(mail)!);
        File.WriteAllText(mail, "Subject: old\r\n\r\nbody");
        foreach (var directory in new[] { data, Path.Combine(data, "outbox") })
        {
            File.SetUnixFileMode(directory, Directory0755);
        }

        foreach (var file in Directory.GetFiles(data, "*", SearchOption.AllDirectories))
        {
            File.SetUnixFileMode(file, File0644);
        }

        var warnings = new List<string>();
        using (CrmCore.Open(new CrmCoreOptions { DatabasePath = database, Warn = warnings.Add }))
        {
            Assert.Equal(Directory0700, File.GetUnixFileMode(data));
            Assert.Equal(Directory0700, File.GetUnixFileMode(Path.Combine(data, "outbox")));
            Assert.All(Directory.GetFiles(data, "*", SearchOption.AllDirectories),
                f => Assert.True(File.GetUnixFileMode(f) == File0600, $"{f} is {File.GetUnixFileMode(f)}"));
        }

        Assert.Contains($"{data} was open to others (0755); it is now owner-only (0700)", warnings);
        Assert.Contains($"{database} was open to others (0644); it is now owner-only (0600)", warnings);
        Assert.Contains($"{mail} was open to others (0644); it is now owner-only (0600)", warnings);
    }

    [Fact]
    public void A_directory_shared_with_other_files_is_reported_not_changed_while_the_databases_files_are_tightened()
    {
        Directory.CreateDirectory(_root);
        File.SetUnixFileMode(_root, Directory0755);
        var other = Path.Combine(_root, "report.csv");
        File.WriteAllText(other, "a,b");
        File.SetUnixFileMode(other, File0644);
        var database = Path.Combine(_root, "crm.db");
        using (CrmCore.Open(new CrmCoreOptions { DatabasePath = database }))
        {
        }

        File.SetUnixFileMode(database, File0644);

        var warnings = new List<string>();
        using (CrmCore.Open(new CrmCoreOptions { DatabasePath = database, Warn = warnings.Add }))
        {
            Assert.Equal(Directory0755, File.GetUnixFileMode(_root));
            Assert.Equal(File0644, File.GetUnixFileMode(other));
            Assert.Equal(File0600, File.GetUnixFileMode(database));
        }

        Assert.Contains($"the data directory {_root} (0755) may be read by others and holds files that are not the CRM's, "
            + "so it was left as it is: give the database a directory of its own", warnings);
    }

    private static MimeMessage Message()
    {
        var message = new MimeMessage { Subject = "Lead assigned", Body = new TextPart("plain") { Text = "body" } };
        message.From.Add(new MailboxAddress("CRM", "crm@example.vn"));
        message.To.Add(new MailboxAddress("Alice", "alice@example.vn"));
        message.MessageId = "m1@example.vn";
        return message;
    }
}
