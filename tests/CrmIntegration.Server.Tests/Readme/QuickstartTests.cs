using System.Text.RegularExpressions;
using CrmIntegration.Cli;
using CrmIntegration.Cli.Tests.Infrastructure;
using CrmIntegration.Server.Tests.Infrastructure;
using CrmIntegration.Server.Tests.Mail;

namespace CrmIntegration.Server.Tests.Readme;

/// <summary>
/// The README's quickstart, step by step, as a newcomer would follow it: its <c>crm</c> commands
/// while the server runs, its settings file, its Python client, and the mail in the outbox. What is
/// run is read from README.md, so the quickstart cannot drift from what works.
/// </summary>
public sealed partial class QuickstartTests : IAsyncLifetime
{
    private readonly ServerFixture _server = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => _server.DisposeAsync();

    [Fact]
    public async Task Quickstart_FollowedStepByStep_PutsThePartnersLeadInTheRepsOutbox()
    {
        var quickstart = Section(await File.ReadAllTextAsync(Path.Combine(ScriptRunner.RepositoryRoot, "README.md")), "## Quickstart");

        // 1. Start the server.
        await _server.StartAsync();

        // 2. Add the rep and the partner with crm, handed to the running server.
        var userCommands = ShellLines(quickstart).Where(l => l.StartsWith("scripts/crm users add ", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, userCommands.Count);
        foreach (var command in userCommands)
        {
            var run = await Crm.RunAsync([.. Words(command).Skip(1), "--db", _server.DatabasePath]);
            Assert.True(run.ExitCode == ExitCode.Ok, $"{command}\n{run}");
        }

        // 3. The settings file with the team, and a restart with it.
        var settings = Path.Combine(_server.DataDirectory, "crm.json");
        await File.WriteAllTextAsync(settings, HereDocument().Match(quickstart).Groups["json"].Value);
        await _server.StopAsync();
        _server.Arguments = ["--config", settings];
        await _server.StartAsync();

        // 4. The partner's Python client, exactly as printed.
        var client = Path.Combine(_server.DataDirectory, "quickstart.py");
        await File.WriteAllTextAsync(client, Dedent(PythonBlock().Match(quickstart).Groups["code"].Value));
        var result = await ScriptRunner.RunAsync(ScriptRunner.DebianPython, [client], "Install python3-zeep (.ci/run does).",
            environment: new Dictionary<string, string> { ["CRM_URL"] = _server.BaseAddress.ToString().TrimEnd('/') });
        if (result.ExitCode != 0 || !result.StdOut.StartsWith("lead ", StringComparison.Ordinal))
        {
            throw result.Fail("the quickstart's client did not print the new lead");
        }

        // 5. The lead is the rep's, and the mail to the rep lands in the outbox.
        var leadId = result.StdOut["lead ".Length..].Trim();
        var lan = _server.Core.Users.FindByUserName("lan")!;
        Assert.Equal(lan.Id, _server.Core.Store.Get("Leads", leadId)!["assigned_user_id"]);
        var outbox = Path.Combine(_server.DataDirectory, "outbox");
        var mail = await Eventually.WaitForAsync(
            () => Directory.Exists(outbox) ? Directory.GetFiles(outbox, "*.eml").SingleOrDefault() : null, "the assignment mail in the outbox");
        Assert.Contains("lan@hoasen.example.vn", await File.ReadAllTextAsync(mail));
    }

    private static string Section(string readme, string heading)
    {
        var start = readme.IndexOf("\n" + heading + "\n", StringComparison.Ordinal);
        Assert.True(start >= 0, $"README.md has no '{heading}' section");
        var end = readme.IndexOf("\n## ", start + heading.Length + 1, StringComparison.Ordinal);
        return readme[start..(end < 0 ? readme.Length : end)];
    }

    private static IEnumerable<string> ShellLines(string text) =>
        text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0);

    /// <summary>A shell command's words: split at spaces outside quotes, quotes removed.</summary>
    private static IEnumerable<string> Words(string command) =>
        ShellWord().Matches(command).Select(m => m.Groups[1].Success ? m.Groups[1].Value : m.Groups[2].Success ? m.Groups[2].Value : m.Value);

    private static string Dedent(string code)
    {
        var lines = code.Split('\n');
        var indent = lines.Where(l => l.Trim().Length > 0).Min(l => l.Length - l.TrimStart().Length);
        return string.Join('\n', lines.Select(l => l.Length >= indent ? l[indent..] : l.TrimStart()));
    }

    [GeneratedRegex(@"'([^']*)'|""([^""]*)""|[^\s'""]+")]
    private static partial Regex ShellWord();

    [GeneratedRegex(@"<<'JSON'\n(?<json>.*?)\n\s*JSON\n", RegexOptions.Singleline)]
    private static partial Regex HereDocument();

    [GeneratedRegex(@"```python\n(?<code>.*?)\n\s*```", RegexOptions.Singleline)]
    private static partial Regex PythonBlock();
}
