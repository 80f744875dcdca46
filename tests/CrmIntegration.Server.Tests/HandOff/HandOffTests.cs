using System.Text.Json;
using CrmIntegration.Cli;
using CrmIntegration.Core.Storage.LiteDb;
using CrmIntegration.Server.Tests.Infrastructure;

namespace CrmIntegration.Server.Tests.HandOff;

/// <summary>
/// <c>crm</c> commands give the same output and exit code whether <c>crm</c> opens the database
/// (server stopped) or hands the command to the server holding it (server running).
/// </summary>
public sealed class HandOffTests
{
    public static TheoryData<string[]> Commands => new()
    {
        { ["users", "list"] },
        { ["users", "list", "--format", "json"] },
        { ["dedupe", "find", "Leads"] },
        { ["dedupe", "find", "Leads", "--format", "csv"] },
        { ["dedupe", "list"] },
        { ["mail", "list"] },
        { ["mail", "deliver"] },
        { ["dedupe", "undo", "M-000999"] },
        { ["jobs", "run", "mail-delivery"] },
        { ["jobs", "run", "no-such-job"] },
        { ["jobs", "list"] },
        { ["users", "disable", "nobody"] },
        { ["users", "add", "x", "--role", "nope"] },
        { ["leads", "convert", "no-such-lead"] },
    };

    [Theory]
    [MemberData(nameof(Commands))]
    public async Task Command_ServerHoldingTheDatabase_SameOutputAndExitCodeAsWithTheServerStopped(string[] args)
    {
        await using var world = await HandOffWorld.CreateAsync();
        await using var copy = world.Copy();
        var stopped = await world.CrmAsync(args);

        await copy.StartServerAsync();
        Assert.True(LiteDbCrmStore.IsOpenElsewhere(copy.DatabasePath));
        var running = await copy.CrmAsync(args);

        // The same command on the same data: only the database's location differs, and what changes between any two runs.
        Assert.Equal(stopped.ExitCode, running.ExitCode);
        Assert.Equal(Same(world, stopped.Output), Same(copy, running.Output));
        Assert.Equal(Same(world, stopped.Error), Same(copy, running.Error));
    }

    [Fact]
    public async Task DbInfo_ServerHoldingTheDatabase_SameRecordsAndUsers()
    {
        await using var world = await HandOffWorld.CreateAsync();
        var stopped = await world.CrmOkAsync("db", "info", "--format", "json");

        await world.StartServerAsync();
        var running = await world.CrmOkAsync("db", "info", "--format", "json");

        // Size and time of the file differ while a server has it open (its log is not yet copied in).
        Assert.Equal(Facts(stopped.Output), Facts(running.Output));
        Assert.Equal(world.DatabasePath, JsonDocument.Parse(running.Output).RootElement.GetProperty("path").GetString());
    }

    [Fact]
    public async Task DedupeMergeAuto_ServerHoldingTheDatabase_MergesAsWithTheServerStopped()
    {
        await using var stoppedWorld = await HandOffWorld.CreateAsync(duplicatePairs: 4);
        await using var runningWorld = await HandOffWorld.CreateAsync(duplicatePairs: 4);
        var stopped = await stoppedWorld.CrmAsync("dedupe", "merge", "Leads", "--auto");

        await runningWorld.StartServerAsync();
        var running = await runningWorld.CrmAsync("dedupe", "merge", "Leads", "--auto");

        Assert.Equal((ExitCode.Ok, ExitCode.Ok), (stopped.ExitCode, running.ExitCode));
        Assert.Equal(4, running.OutputLines.Count(l => l.Contains("merged Leads", StringComparison.Ordinal)));
        Assert.Equal(Shape(stopped.Output), Shape(running.Output));
        Assert.Equal(4 + 1, runningWorld.Server.Core.Store.Scan("Leads").Count(l => !l.IsDeleted));
        Assert.Equal(4, runningWorld.Server.Core.Merges.List("Leads").Count);

        var undoneStopped = await stoppedWorld.CrmAsync("dedupe", "undo", "M-000001");
        var undoneRunning = await runningWorld.CrmAsync("dedupe", "undo", "M-000001");

        Assert.Equal((ExitCode.Ok, ExitCode.Ok), (undoneStopped.ExitCode, undoneRunning.ExitCode));
        Assert.Equal(HandOffWorld.Stable(Shape(undoneStopped.Output)), HandOffWorld.Stable(Shape(undoneRunning.Output)));
        Assert.Equal(4 + 1 + 1, runningWorld.Server.Core.Store.Scan("Leads").Count(l => !l.IsDeleted));
    }

    [Fact]
    public async Task UsersAdd_HandedToTheServer_TheServerKnowsTheUserAtOnce()
    {
        await using var world = await HandOffWorld.CreateAsync();
        await world.StartServerAsync();

        await world.CrmOkAsync("users", "add", "carol", "--role", "user", "--password", "Carol#Pass-2026");

        var session = await world.Server.Client().LoginAsync("carol", "Carol#Pass-2026");
        Assert.False(string.IsNullOrEmpty(session));
    }

    [Fact]
    public async Task PasswordFromStdin_HandedToTheServer_TravelsWithTheCommand()
    {
        await using var world = await HandOffWorld.CreateAsync();
        await world.StartServerAsync();

        var run = await Cli.Tests.Infrastructure.Crm.RunAsync(
            ["users", "set-password", "an", "--password-stdin", "--db", world.DatabasePath], stdin: "New#Pass-2026\n");

        Assert.Equal(ExitCode.Ok, run.ExitCode);
        Assert.Equal("an", world.Server.Core.Auth.Authenticate("an", "New#Pass-2026", plain: true).UserName);
    }

    [Fact]
    public async Task JobsRun_HandedToAServerWhoseOwnRunHoldsTheJob_IsRefusedWithExitCode12AndRunsNothing()
    {
        await using var world = await HandOffWorld.CreateAsync();
        await world.StartServerAsync();
        var now = DateTime.UtcNow;
        var held = new Core.Jobs.JobRun("mail-delivery", "server-run", Core.Jobs.JobTrigger.Schedule, now, now,
            Core.Jobs.JobHost.Current(Core.Jobs.JobHost.Server)) { LeaseExpiresUtc = now.AddMinutes(10) };
        Assert.True(world.Server.Core.Store.TryStartJobRun(held).WasTaken);
        var queued = world.Server.Core.Store.ListMail(Core.Mail.MailStatus.Queued, 100).Count;

        var run = await world.CrmAsync("jobs", "run", "mail-delivery");

        Assert.Equal(ExitCode.JobRunning, run.ExitCode);
        Assert.Contains($"job mail-delivery is already running: {held.RunBy} started it at", Assert.Single(run.ErrorLines));
        Assert.Equal(queued, world.Server.Core.Store.ListMail(Core.Mail.MailStatus.Queued, 100).Count);
        Assert.True(queued > 0);
    }

    [Fact]
    public async Task PasswordTypedAtATerminal_HandedToTheServer_TravelsWithTheCommand()
    {
        await using var world = await HandOffWorld.CreateAsync();
        await world.StartServerAsync();

        // A terminal never ends: only the line typed is read, as the command would read it locally.
        var run = await Cli.Tests.Infrastructure.Crm.RunAsync(
            ["users", "set-password", "an", "--password-stdin", "--db", world.DatabasePath], stdin: "Typed#Pass-2026\nnot read\n",
            inputIsTerminal: true);

        Assert.True(run.ExitCode == ExitCode.Ok, run.ToString());
        Assert.Equal("an", world.Server.Core.Auth.Authenticate("an", "Typed#Pass-2026", plain: true).UserName);
    }

    [Fact]
    public async Task TableOnATerminal_HandedToTheServer_IsDrawnForTheCallersTerminal()
    {
        await using var world = await HandOffWorld.CreateAsync();
        var narrow = new Cli.CommandLine.Output.TerminalProfile(44, Ansi: false, Spectre.Console.ColorSystem.NoColors);
        var direct = await Cli.Tests.Infrastructure.Crm.RunAsync(["users", "list", "--db", world.DatabasePath], terminal: narrow);
        await world.StartServerAsync();

        var handedOff = await Cli.Tests.Infrastructure.Crm.RunAsync(["users", "list", "--db", world.DatabasePath], terminal: narrow);

        Assert.True(direct.ExitCode == ExitCode.Ok, direct.ToString());
        Assert.Contains("╭", direct.Output);
        Assert.All(direct.OutputLines, line => Assert.True(line.Length <= 44, $"wider than the terminal: {line}"));
        Assert.Equal(direct.ToString(), handedOff.ToString());
    }

    [Fact]
    public async Task OutputClosedLocally_FailsAsItWouldWithoutTheServer_NotAsTheServersFault()
    {
        await using var world = await HandOffWorld.CreateAsync();
        var direct = await Cli.Tests.Infrastructure.Crm.RunAsync(["users", "list", "--db", world.DatabasePath], stdout: new ClosedPipe());
        await world.StartServerAsync();

        var handedOff = await Cli.Tests.Infrastructure.Crm.RunAsync(["users", "list", "--db", world.DatabasePath], stdout: new ClosedPipe());

        Assert.Equal(ExitCode.Failure, direct.ExitCode);
        Assert.Equal(ExitCode.Failure, handedOff.ExitCode);
        Assert.DoesNotContain("stopped answering", handedOff.Error);
    }

    [Fact]
    public async Task AdminEndpointOff_CommandIsRefusedAsInUseNamingTheFile()
    {
        await using var world = await HandOffWorld.CreateAsync();
        world.Server.Configure("Admin:Enabled", "false");
        await world.StartServerAsync();

        var run = await world.CrmAsync("users", "list");

        Assert.Equal(ExitCode.DatabaseInUse, run.ExitCode);
        Assert.Contains(world.DatabasePath, run.Error);
        Assert.Empty(run.Output);
    }

    private static string Same(HandOffWorld world, string text) =>
        HandOffWorld.Stable(text.Replace(world.Server.DataDirectory, "<data>", StringComparison.Ordinal));

    private static string Facts(string json)
    {
        var root = JsonDocument.Parse(json).RootElement;
        return $"{root.GetProperty("users")} {root.GetProperty("active_users")} {root.GetProperty("modules")}";
    }

    /// <summary>Which leads went into which: ids are the same in both databases only up to creation order, so compare counts per line shape.</summary>
    private static string Shape(string output) =>
        string.Join('\n', output.ReplaceLineEndings("\n").Split('\n')
            .Select(l => System.Text.RegularExpressions.Regex.Replace(l, "[0-9a-f-]{36}|[0-9a-f]{32}", "<id>")));

    /// <summary>Standard output whose reader has gone (<c>crm users list | head -0</c>).</summary>
    private sealed class ClosedPipe : TextWriter
    {
        public override System.Text.Encoding Encoding => System.Text.Encoding.UTF8;

        public override void Write(char value) => throw new IOException("Broken pipe");

        public override void Write(string? value) => throw new IOException("Broken pipe");

        public override Task WriteAsync(string? value) => throw new IOException("Broken pipe");

        public override void Flush() => throw new IOException("Broken pipe");
    }
}
