using CrmIntegration.Cli;
using CrmIntegration.Cli.Tests.Infrastructure;
using CrmIntegration.Server.Soap.Intake.Contracts;

namespace CrmIntegration.Server.Tests.HandOff;

/// <summary><c>crm db backup</c> of a running installation, and <c>crm db restore</c> once it is stopped.</summary>
public sealed class DbBackupTests
{
    [Fact]
    public async Task Backup_WhileTheServerTakesLeads_ThenRestore_BringsBackEveryLeadAcknowledgedBeforeIt()
    {
        await using var world = await HandOffWorld.CreateAsync(duplicatePairs: 10);
        await world.StartServerAsync();
        var client = world.Server.IntakeClient();
        var session = await client.LoginAsync("sao-mai", HandOffWorld.RepPassword, "PLAIN");
        var before = await client.SubmitLeadAsync(session, new LeadSubmission { LastName = "Trước sao lưu", Email = "truoc@doitac.example.vn" });
        var backupPath = Path.Combine(world.Server.DataDirectory, "backups", "crm-nightly.db");
        Directory.CreateDirectory(Path.GetDirectoryName(backupPath)!);

        var backup = await Crm.RunAsync(["db", "backup", "backups/crm-nightly.db", "--db", world.DatabasePath],
            workingDirectory: world.Server.DataDirectory);
        var after = await client.SubmitLeadAsync(session, new LeadSubmission { LastName = "Sau sao lưu", Email = "sau@doitac.example.vn" });
        var whileRunning = await world.CrmAsync("db", "restore", backupPath);
        await world.StopServerAsync();
        var restore = await world.CrmAsync("db", "restore", backupPath);

        Assert.True(backup.ExitCode == ExitCode.Ok, backup.ToString());
        Assert.Contains("Backed up", backup.Output);
        Assert.Equal(ExitCode.DatabaseInUse, whileRunning.ExitCode);
        Assert.Contains("stop it before restoring", whileRunning.Error);
        Assert.True(restore.ExitCode == ExitCode.Ok, restore.ToString());
        Assert.Contains(".before-restore-", restore.Output);
        await world.StartServerAsync();
        Assert.NotNull(world.Server.Core.Store.Get("Leads", before.Id!));
        Assert.Null(world.Server.Core.Store.Get("Leads", after.Id!));
        Assert.Equal(20 + 1 + 1, world.Server.Core.Store.Count("Leads"));
    }

    [Fact]
    public async Task Backup_OverAnExistingFile_RefusedWithoutForce()
    {
        await using var world = await HandOffWorld.CreateAsync(duplicatePairs: 1);
        var existing = Path.Combine(world.Server.DataDirectory, "old.db");
        await File.WriteAllTextAsync(existing, "yesterday's backup");
        await world.StartServerAsync();

        var refused = await world.CrmAsync("db", "backup", existing);
        var forced = await world.CrmAsync("db", "backup", existing, "--force");

        Assert.Equal(ExitCode.InvalidData, refused.ExitCode);
        Assert.Contains("--force", refused.Error);
        Assert.Equal(ExitCode.Ok, forced.ExitCode);
    }

    [Theory]
    [InlineData("")]
    [InlineData(".lock")]
    [InlineData(".admin")]
    public async Task Backup_OverTheDatabaseOrItsCompanions_IsRefusedAndLeadsStillLand(string suffix)
    {
        await using var world = await HandOffWorld.CreateAsync(duplicatePairs: 1);
        await world.StartServerAsync();
        var client = world.Server.IntakeClient();
        var session = await client.LoginAsync("sao-mai", HandOffWorld.RepPassword, "PLAIN");

        var refused = await world.CrmAsync("db", "backup", world.DatabasePath + suffix, "--force");
        var later = await client.SubmitLeadAsync(session, new LeadSubmission { LastName = "Sau lệnh sai", Email = "sau.lenh@doitac.example.vn" });
        await world.StopServerAsync();
        await world.StartServerAsync();

        Assert.Equal(ExitCode.InvalidData, refused.ExitCode);
        Assert.Single(refused.ErrorLines);
        Assert.Contains("cannot be written over the database", refused.Error);
        Assert.NotNull(world.Server.Core.Store.Get("Leads", later.Id!));
    }

    [Fact]
    public async Task Restore_WithServerOption_IsRefusedAndNothingIsReplaced()
    {
        await using var world = await HandOffWorld.CreateAsync(duplicatePairs: 1);
        var before = File.ReadAllBytes(world.DatabasePath);

        var run = await Crm.RunAsync(["db", "restore", world.DatabasePath + ".nothing", "--db", world.DatabasePath, "--server", "http://127.0.0.1:1"], null,
            new Dictionary<string, string?> { ["CRM_PASSWORD"] = "x" });

        Assert.Equal(ExitCode.Usage, run.ExitCode);
        Assert.Contains("'db restore' runs only on the machine where crm is typed", run.Error);
        Assert.Equal(before, File.ReadAllBytes(world.DatabasePath));
    }
}
