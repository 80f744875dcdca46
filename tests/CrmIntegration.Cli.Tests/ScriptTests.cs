using System.Diagnostics;
using System.Text.Json;
using CrmIntegration.Cli.Tests.Infrastructure;

namespace CrmIntegration.Cli.Tests;

/// <summary>The real <c>scripts/crm</c> wrapper, end to end, as an administrator runs it.</summary>
public sealed class ScriptTests
{
    private static readonly string Root = RepositoryRoot.Find();

    [Fact]
    public async Task Wrapper_builds_and_runs_crm_with_exit_codes_and_CRM_Storage__Path()
    {
        var help = await RunScriptAsync([], "--help");
        Assert.True(help.ExitCode == 0, help.ToString());
        Assert.Contains("users", help.Output);
        Assert.Contains("--db <PATH>", help.Output);
        Assert.Contains("--config <FILE>", help.Output);

        using var db = new TempDatabase();
        var missing = await RunScriptAsync([], "users", "list", "--db", db.Path);
        Assert.Equal((int)ExitCode.DatabaseMissing, missing.ExitCode);
        Assert.StartsWith($"crm: there is no database at {db.Path} (Storage:Path, from --db); ", missing.Error.Trim());

        var add = await RunScriptAsync([], "users", "add", "admin", "--role", "admin", "--password", "admin-pass-1", "--db", db.Path);
        Assert.True(add.ExitCode == 0, add.ToString());

        var list = await RunScriptAsync(Variable("CRM_Storage__Path", db.Path), "users", "list", "--format", "csv");
        Assert.True(list.ExitCode == 0, list.ToString());
        Assert.Contains(",admin,admin,,admin,Active,,", list.Output);

        var usage = await RunScriptAsync(Variable("CRM_Storage__Path", db.Path), "users", "add", "x");
        Assert.Equal((int)ExitCode.Usage, usage.ExitCode);
    }

    [Theory]
    [InlineData("CRM_DB", "crm: configuration: CRM_DB is no longer read; set CRM_Storage__Path to the database file instead")]
    [InlineData("CRM_DATA_DIR", "crm: configuration: CRM_DATA_DIR is no longer read; set CRM_Storage__Path to the database file (the directory's crm.db) instead")]
    public async Task The_retired_database_variables_are_refused_naming_the_new_setting(string variable, string expected)
    {
        using var db = await TempDatabase.WithAdminAsync();

        var run = await RunScriptAsync(Variable(variable, variable == "CRM_DB" ? db.Path : db.Directory), "users", "list");

        Assert.Equal((int)ExitCode.BadConfiguration, run.ExitCode);
        Assert.Equal(11, run.ExitCode);
        Assert.Equal(expected, run.Error.Trim());
        Assert.Equal("", run.Output);
    }

    /// <summary>
    /// scripts/crm and scripts/run-server.sh share one rule (scripts/lib/default-database.sh): without
    /// a choice of the user's, the database is the repository's data/crm.db, from any directory.
    /// </summary>
    [Fact]
    public async Task Out_of_the_box_the_wrapper_uses_the_repository_database_as_run_server_does()
    {
        var byDefault = StoragePath(await RunScriptAsync([], "config", "show", "--format", "json"));
        Assert.Equal((Path.Combine(Root, "data", "crm.db"), "environment CRM_Storage__Path"), byDefault);

        using var db = new TempDatabase();
        var file = Path.Combine(db.Directory, "crm.json");
        File.WriteAllText(file, """{ "Storage": { "Path": "data/crm.db" } }""");
        Assert.Equal((db.Path, file), StoragePath(await RunScriptAsync(Variable("CRM_CONFIG", file), "config", "show", "--format", "json")));
        Assert.Equal((db.Path, file), StoragePath(await RunScriptAsync([], "config", "show", "--format", "json", "--config", file)));

        foreach (var script in new[] { "crm", "run-server.sh" })
        {
            var text = await File.ReadAllTextAsync(Path.Combine(Root, "scripts", script));
            Assert.Contains("source \"$root/scripts/lib/default-database.sh\"\ncrm_default_database \"$root\" \"$@\"\nexec dotnet \"$dll\" \"$@\"", text);
        }
    }

    private static (string? Path, string? Source) StoragePath(ScriptRun run)
    {
        Assert.True(run.ExitCode == 0, run.ToString());
        var setting = JsonDocument.Parse(run.Output).RootElement.EnumerateArray().Single(s => s.GetProperty("key").GetString() == "Storage:Path");
        return (setting.GetProperty("value").GetString(), setting.GetProperty("source").GetString());
    }

    private static Dictionary<string, string> Variable(string name, string value) => new() { [name] = value };

    private sealed record ScriptRun(int ExitCode, string Output, string Error)
    {
        public override string ToString() => $"exit {ExitCode}\nstdout:\n{Output}\nstderr:\n{Error}";
    }

    private static async Task<ScriptRun> RunScriptAsync(Dictionary<string, string> variables, params string[] args)
    {
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = Path.GetTempPath() };
        start.ArgumentList.Add(Path.Combine(Root, "scripts", "crm"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        // Only the settings the test gives: none inherited from whoever runs the tests.
        foreach (var name in start.Environment.Keys.Where(k => k.StartsWith("CRM_", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            start.Environment.Remove(name);
        }

        foreach (var (name, value) in variables)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        await process.WaitForExitAsync(timeout.Token);
        return new ScriptRun(process.ExitCode, await output, await error);
    }
}
