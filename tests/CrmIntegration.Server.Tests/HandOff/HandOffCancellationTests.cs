using System.Diagnostics;
using CrmIntegration.Cli;
using CrmIntegration.Server.Admin;
using CrmIntegration.Server.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace CrmIntegration.Server.Tests.HandOff;

/// <summary>Ctrl+C at a real <c>crm</c> process cancels the command it handed to the server.</summary>
public sealed class HandOffCancellationTests
{
    [Fact]
    public async Task CtrlC_WhileTheServerRunsAHandedOffMerge_CancelsItThereAndEveryPrintedMergeIsDone()
    {
        const int pairs = 3000;
        await using var world = await HandOffWorld.CreateAsync(pairs);
        await world.StartServerAsync();
        var running = world.Server.App.Services.GetRequiredService<RunningCommands>();

        using var crm = StartCrm("dedupe", "merge", "Leads", "--auto", "--db", world.DatabasePath);
        try
        {
            var output = crm.StandardOutput.ReadToEndAsync();
            var error = crm.StandardError.ReadToEndAsync();
            await WaitForAsync(() => world.Server.Core.Merges.List("Leads").Count >= 5, crm);
            Assert.Single(running.All);
            Interrupt(crm);
            await crm.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(30));

            var printed = (await output).Split('\n').Count(l => l.Contains("merged Leads", StringComparison.Ordinal));
            Assert.True(crm.ExitCode == (int)ExitCode.Cancelled, $"exit {crm.ExitCode}\n{await error}");
            Assert.Contains("crm: cancelled after", await error);
            Assert.Equal(printed, world.Server.Core.Merges.List("Leads").Count);
            Assert.InRange(printed, 5, pairs - 1);
            Assert.Empty(running.All);
            Assert.Equal(ExitCode.Ok, (await world.CrmAsync("users", "list")).ExitCode);
        }
        finally
        {
            // A failed assertion must not leave crm merging in the background.
            if (!crm.HasExited)
            {
                crm.Kill(entireProcessTree: true);
            }
        }
    }

    private static Process StartCrm(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(CrmDll());
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        return Process.Start(start)!;
    }

    /// <summary>
    /// The crm tool as built in its own output (its deps file there; the copy beside this test
    /// assembly resolves framework assemblies as the tests' web framework does, and crm runs without it).
    /// </summary>
    private static string CrmDll()
    {
        var framework = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        return Path.Combine(ScriptRunner.RepositoryRoot, "cli", "bin", framework.Parent!.Name, framework.Name, "crm.dll");
    }

    /// <summary>SIGINT, as Ctrl+C at a terminal sends.</summary>
    private static void Interrupt(Process process)
    {
        using var kill = Process.Start("kill", ["-INT", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        kill.WaitForExit();
    }

    private static async Task WaitForAsync(Func<bool> condition, Process crm)
    {
        var deadline = DateTime.UtcNow.AddSeconds(120);
        while (!condition())
        {
            Assert.False(crm.HasExited, $"crm ended (exit {(crm.HasExited ? crm.ExitCode : 0)}) before the test could interrupt it");
            Assert.True(DateTime.UtcNow < deadline, "the merge did not start within two minutes");
            await Task.Delay(10);
        }
    }
}
