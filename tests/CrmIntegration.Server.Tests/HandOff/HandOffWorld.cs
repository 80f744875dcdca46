using System.Text.RegularExpressions;
using CrmIntegration.Cli.Tests.Infrastructure;
using CrmIntegration.Core;
using CrmIntegration.Core.Security;
using CrmIntegration.Server.Tests.Infrastructure;

namespace CrmIntegration.Server.Tests.HandOff;

/// <summary>
/// A database made with <c>crm</c> and the core (users, and leads with duplicates among them), and a
/// server that can be started on it and stopped again, so a test can run the same <c>crm</c> command
/// with the database free (crm opens it) and held by the server (crm hands the command over).
/// </summary>
internal sealed partial class HandOffWorld : IAsyncDisposable
{
    public const string RepPassword = "Rep#Pass-2026";

    private HandOffWorld(string directory) => Server = new ServerFixture { DataDirectory = directory };

    public ServerFixture Server { get; }

    public string DatabasePath => Server.DatabasePath;

    public bool Running { get; private set; }

    /// <summary>A new database with admin (the fixture's password), rep 'an', partner 'sao-mai' and <paramref name="duplicatePairs"/> pairs of duplicate leads.</summary>
    public static async Task<HandOffWorld> CreateAsync(int duplicatePairs = 3, string? directory = null)
    {
        var world = new HandOffWorld(directory ?? Path.Combine(Path.GetTempPath(), "crm-handoff-tests-" + Guid.NewGuid().ToString("N")));
        try
        {
            await world.CrmOkAsync("users", "add", "admin", "--role", "admin", "--password", ServerFixture.AdminPassword);
            await world.CrmOkAsync("users", "add", "an", "--role", "user", "--first-name", "An", "--email", "an@hoasen.example.vn", "--password", RepPassword);
            await world.CrmOkAsync("users", "add", "sao-mai", "--role", "partner", "--password", RepPassword);
            using (var core = CrmCore.Open(new CrmCoreOptions { DatabasePath = world.DatabasePath }))
            {
                // One transaction for all: thousands of leads in a second, where a write each would take minutes.
                var admin = core.Users.Find(core.Users.FindByUserName("admin")!.Id)!;
                core.Store.InsertMany(Enumerable.Range(0, duplicatePairs).SelectMany(i => new[] { "Nguyễn", "NGUYEN" }.Select(spelling =>
                    core.Records.PrepareNew(admin, "Leads", [new("last_name", spelling), new("first_name", $"Khách {i}"),
                        new("email1", $"khach.{i}@saomai.example.vn"), new("account_name", "Công ty Sao Mai")]))).ToList());

                // A lead the admin gives to rep 'an': its assignment mail waits in the queue.
                core.Records.Save(admin, "Leads", [new("last_name", "Trần"), new("first_name", "Thu Hà"),
                    new("assigned_user_id", core.Users.FindByUserName("an")!.Id)]);
            }
        }
        catch
        {
            // A setup step that failed leaves no directory behind; its own failure is the one reported.
            await world.DisposeAsync();
            throw;
        }

        return world;
    }

    /// <summary>A second world over a byte-for-byte copy of this one's database (same ids, same queue).</summary>
    public HandOffWorld Copy()
    {
        var copy = new HandOffWorld(Path.Combine(Path.GetTempPath(), "crm-handoff-tests-" + Guid.NewGuid().ToString("N")));
        Directory.CreateDirectory(copy.Server.DataDirectory);
        foreach (var file in Directory.GetFiles(Server.DataDirectory).Where(f => !f.EndsWith(".lock", StringComparison.Ordinal)))
        {
            File.Copy(file, Path.Combine(copy.Server.DataDirectory, Path.GetFileName(file)));
        }

        return copy;
    }

    public async Task StartServerAsync()
    {
        Server.Configure("Scheduling:Jobs:mail-delivery:Enabled", "false");
        await Server.StartAsync();
        Running = true;
    }

    public async Task StopServerAsync()
    {
        await Server.StopAsync();
        Running = false;
    }

    /// <summary>
    /// Runs crm in-process on this database (<c>--db</c> added), with the settings the server gets
    /// (<see cref="StartServerAsync"/>): the server's own mail run is off, so the queue only changes
    /// when a test says so.
    /// </summary>
    public Task<CliRun> CrmAsync(params string[] args) => Crm.RunAsync([.. args, "--db", DatabasePath], stdin: null,
        new Dictionary<string, string?> { ["CRM_Scheduling__Jobs__mail_delivery__Enabled"] = "false" });

    public async Task<CliRun> CrmOkAsync(params string[] args)
    {
        var run = await CrmAsync(args);
        Assert.True(run.ExitCode == Cli.ExitCode.Ok, run.ToString());
        return run;
    }

    /// <summary>The run with what differs between any two runs (ids of merges, times, durations) replaced by placeholders.</summary>
    public static string Stable(string text) =>
        Durations().Replace(Times().Replace(MergeIds().Replace(text, "<merge>"), "<time>"), "<duration>");

    public async ValueTask DisposeAsync()
    {
        if (Running)
        {
            await Server.DisposeAsync();
            return;
        }

        try
        {
            Directory.Delete(Server.DataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS to clean when a failed test still holds a file.
        }
    }

    [GeneratedRegex(@"\b[0-9a-f]{32}\b|\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b(?=:)")]
    private static partial Regex MergeIds();

    [GeneratedRegex(@"\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})?")]
    private static partial Regex Times();

    [GeneratedRegex(@"\b\d+(\.\d+)?\s?(ms|s)\b")]
    private static partial Regex Durations();
}
