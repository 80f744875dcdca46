using System.Diagnostics;
using CrmIntegration.Cli.Tests.Infrastructure;

namespace CrmIntegration.Cli.Tests;

/// <summary>The real <c>scripts/crm</c> wrapper, end to end, as an administrator runs it.</summary>
public sealed class ScriptTests
{
    private static readonly string Root = RepositoryRoot.Find();

    [Fact]
    public async Task Wrapper_builds_and_runs_crm_with_exit_codes_and_CRM_DB()
    {
        var help = await RunScriptAsync(null, "--help");
        Assert.True(help.ExitCode == 0, help.ToString());
        Assert.Contains("users", help.Output);
        Assert.Contains("--db <PATH>", help.Output);

        using var db = new TempDatabase();
        var missing = await RunScriptAsync(null, "users", "list", "--db", db.Path);
        Assert.Equal((int)ExitCode.DatabaseMissing, missing.ExitCode);
        Assert.Equal($"crm: there is no database at {db.Path}; pass --db or set CRM_DB, or create it with 'crm users add'", missing.Error.Trim());

        var add = await RunScriptAsync(null, "users", "add", "admin", "--role", "admin", "--password", "admin-pass-1", "--db", db.Path);
        Assert.True(add.ExitCode == 0, add.ToString());

        var list = await RunScriptAsync(db.Path, "users", "list", "--format", "csv");
        Assert.True(list.ExitCode == 0, list.ToString());
        Assert.Contains(",admin,admin,,admin,Active,,", list.Output);

        var usage = await RunScriptAsync(db.Path, "users", "add", "x");
        Assert.Equal((int)ExitCode.Usage, usage.ExitCode);
    }

    private sealed record ScriptRun(int ExitCode, string Output, string Error)
    {
        public override string ToString() => $"exit {ExitCode}\nstdout:\n{Output}\nstderr:\n{Error}";
    }

    private static async Task<ScriptRun> RunScriptAsync(string? crmDb, params string[] args)
    {
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = Path.GetTempPath() };
        start.ArgumentList.Add(Path.Combine(Root, "scripts", "crm"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment.Remove("CRM_DB");
        if (crmDb is not null)
        {
            start.Environment["CRM_DB"] = crmDb;
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        await process.WaitForExitAsync(timeout.Token);
        return new ScriptRun(process.ExitCode, await output, await error);
    }
}
