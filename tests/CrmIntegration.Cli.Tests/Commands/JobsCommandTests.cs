using System.Globalization;
using System.Text.Json;
using CrmIntegration.Cli.CommandLine;
using CrmIntegration.Cli.CommandLine.Commands;
using CrmIntegration.Cli.Tests.Infrastructure;
using CrmIntegration.Core;
using CrmIntegration.Core.Mail;
using CrmIntegration.Core.Jobs;
using CrmIntegration.Core.Security;
using CrmIntegration.Core.Tests.Jobs;

namespace CrmIntegration.Cli.Tests.Commands;

public sealed class JobsCommandTests
{
    private static CrmCore Open(TempDatabase db) => CrmCore.Open(new CrmCoreOptions { DatabasePath = db.Path });

    /// <summary>One assignment mail queued for rep 'binh'.</summary>
    private static async Task<TempDatabase> WithQueuedMailAsync()
    {
        var db = await TempDatabase.WithAdminAsync();
        using var core = Open(db);
        var user = core.Users.Find(core.UserAdmin.Add("binh", "rep-pass-2026", UserRole.User, "Trần Văn", "Bình", "binh@hoasen.example.vn").Id)!;
        var lead = core.Records.Save(UserAdministration.SystemActor, "Leads", new Dictionary<string, string?>
        {
            ["first_name"] = "Thị Hồng Nhung",
            ["last_name"] = "Nguyễn",
            ["assigned_user_id"] = user.Id,
        });
        // Saving the lead for binh queued it (assignment mail on every path).
        Assert.Equal(lead.Id, Assert.Single(core.Store.ListMail(MailStatus.Queued, 10)).RecordId);
        return db;
    }

    /// <summary>Leaves the job's lease held by a run of another process, as a running (or dead) server leaves it.</summary>
    private static JobRun HoldLease(TempDatabase db, string job, DateTime started, DateTime expires, string runId = "held-run")
    {
        using var core = Open(db);
        // No slot: these tests are about the lease; a slot would also mark that firing as run (each fires once).
        var run = new JobRun(job, runId, JobTrigger.Schedule, null, started, new JobHost(JobHost.Server, "web1", 4242)) { LeaseExpiresUtc = expires };
        Assert.True(core.Store.TryStartJobRun(run).WasTaken);
        return run;
    }

    private static JsonElement Job(CliRun list, string name)
    {
        using var json = JsonDocument.Parse(list.Output);
        return json.RootElement.EnumerateArray().Single(j => j.GetProperty("job").GetString() == name).Clone();
    }

    [Fact]
    public async Task Run_MailDelivery_DeliversTheDueMail_AndListShowsTheRunAndTheNextOne()
    {
        using var db = await WithQueuedMailAsync();
        var outbox = Path.Combine(Path.GetDirectoryName(db.Path)!, "outbox");

        var run = await Crm.OkAsync("jobs", "run", "mail-delivery", "--db", db.Path);

        Assert.Equal($"mail-delivery: Sent 1 via pickup directory {outbox}; 0 to retry later, 0 failed.", run.Output.Trim());
        Assert.Single(Directory.GetFiles(outbox, "*.eml"));

        var list = await Crm.OkAsync("jobs", "list", "--format", "json", "--db", db.Path);
        var mail = Job(list, "mail-delivery");
        Assert.True(mail.GetProperty("enabled").GetBoolean());
        Assert.Equal("*/5 * * * * ?", mail.GetProperty("cron").GetString());
        Assert.Equal("Asia/Ho_Chi_Minh", mail.GetProperty("time_zone").GetString());
        Assert.Equal("every 5 seconds", mail.GetProperty("reading").GetString());
        var last = mail.GetProperty("last_run");
        Assert.Equal("manual", last.GetProperty("trigger").GetString());
        Assert.Equal("succeeded", last.GetProperty("outcome").GetString());
        Assert.Equal(run.Output.Trim()["mail-delivery: ".Length..], last.GetProperty("summary").GetString());
        Assert.StartsWith($"crm (pid {Environment.ProcessId} on ", last.GetProperty("run_by").GetString());
        var started = Time(last.GetProperty("started").GetString()!);
        var next = Time(mail.GetProperty("next_run").GetString()!);
        Assert.Equal(TimeSpan.FromHours(7), started.Offset);
        Assert.InRange(next - started, TimeSpan.Zero, TimeSpan.FromSeconds(10));
        Assert.Equal(0, next.Second % 5);

        var cleanup = Job(list, "session-cleanup");
        Assert.Equal(JsonValueKind.Null, cleanup.GetProperty("last_run").ValueKind);
        var nextCleanup = Time(cleanup.GetProperty("next_run").GetString()!);
        Assert.Equal((0, 0), (nextCleanup.Minute, nextCleanup.Second));

        var table = await Crm.OkAsync("jobs", "list", "--db", db.Path);
        Assert.Matches(@"^job\s+enabled\s+schedule\s+last_run\s+trigger\s+outcome\s+duration\s+summary\s+next_run$", table.OutputLines[0]);
        Assert.Matches(@"^mail-delivery\s+yes\s+\*/5 \* \* \* \* \? Asia/Ho_Chi_Minh \(every 5 seconds\)\s+\d{4}-\d\d-\d\d \d\d:\d\d:\d\d \+07:00\s+manual\s+succeeded\s+\d+\.\d s\s+Sent 1 via .*\+07:00$",
            table.OutputLines[1]);
        Assert.Matches(@"^session-cleanup\s+yes\s+0 0 \* \* \* \? Asia/Ho_Chi_Minh \(every hour at :00\)\s+never\s+\d{4}-\d\d-\d\d \d\d:00:00 \+07:00$",
            table.OutputLines[2]);
    }

    private static DateTimeOffset Time(string text) =>
        DateTimeOffset.ParseExact(text, "yyyy-MM-dd HH:mm:ss zzz", CultureInfo.InvariantCulture);

    [Fact]
    public async Task List_ShowsTheSchedulingSettingsOfTheEnvironment_AndABadCronExitsInOneLineNamingTheKey()
    {
        using var db = await TempDatabase.WithAdminAsync();
        var variables = new Dictionary<string, string?>
        {
            ["CRM_Scheduling__TimeZone"] = "UTC",
            ["CRM_Scheduling__Jobs__mail_delivery__Cron"] = "0 0 7 * * ?",
            ["CRM_Scheduling__Jobs__session-cleanup__Enabled"] = "false",
        };

        var list = await Crm.RunAsync(["jobs", "list", "--format", "json", "--db", db.Path], variables: variables);

        Assert.Equal(ExitCode.Ok, list.ExitCode);
        var mail = Job(list, "mail-delivery");
        Assert.Equal("every day at 07:00", mail.GetProperty("reading").GetString());
        Assert.Equal("UTC", mail.GetProperty("time_zone").GetString());
        Assert.EndsWith(" 07:00:00 +00:00", mail.GetProperty("next_run").GetString());
        var cleanup = Job(list, "session-cleanup");
        Assert.False(cleanup.GetProperty("enabled").GetBoolean());
        Assert.Equal(JsonValueKind.Null, cleanup.GetProperty("next_run").ValueKind);
        var table = await Crm.RunAsync(["jobs", "list", "--db", db.Path], variables: variables);
        Assert.Matches(@"^session-cleanup\s+no\s+.*\s+never\s+disabled$", table.OutputLines[2]);

        variables["CRM_Scheduling__Jobs__mail_delivery__Cron"] = "0 0 7 * *";
        var bad = await Crm.RunAsync(["jobs", "list", "--db", db.Path], variables: variables);

        Assert.Equal(ExitCode.BadConfiguration, bad.ExitCode);
        Assert.StartsWith("crm: configuration: Scheduling:Jobs:mail_delivery:Cron: '0 0 7 * *' is not a Quartz cron expression", Assert.Single(bad.ErrorLines));
        Assert.Equal("", bad.Output);
    }

    [Fact]
    public async Task Run_UnknownJob_ExitsNotFoundListingTheJobs_WithoutLookingForTheDatabase()
    {
        using var db = new TempDatabase();

        var run = await Crm.RunAsync("jobs", "run", "mail", "--db", db.Path);

        Assert.Equal(ExitCode.NotFound, run.ExitCode);
        Assert.Equal("crm: There is no job named 'mail'; the jobs are: mail-delivery, session-cleanup", Assert.Single(run.ErrorLines));
        Assert.False(File.Exists(db.Path));
    }

    [Fact]
    public async Task Run_WhileTheServersRunHoldsTheJob_ExitsJobRunningInOneLine_ThenRunsOnceItHasFinished()
    {
        using var db = await TempDatabase.WithAdminAsync();
        using var core = Open(db);
        var gate = new GateJob();
        var catalog = new JobCatalog([gate]);
        var serverRun = new JobRunner(core, catalog, JobHost.Current(JobHost.Server)).RunAsync("gate", JobTrigger.Schedule, null, default);
        await gate.Entered.WaitAsync(TimeSpan.FromSeconds(30));
        using var output = new StringWriter();
        using var error = new StringWriter();
        var context = new CommandContext(db.Path, TextReader.Null, output, error, false, TimeProvider.System, default);

        // Through the command's own error handling, as the command line runs it; bounded, since a run let through would wait at the gate.
        var code = await CommandExecution.RunAsync(context, () => JobsRunCommand.RunAsync(context, core, catalog, "gate")).WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(ExitCode.JobRunning, code);
        Assert.Equal(12, (int)code);
        var holder = core.Store.ListJobRuns("gate", 1).Single();
        Assert.Equal(
            $"crm: job gate is already running: {JobHost.Current(JobHost.Server)} started it at {JobTimes.Utc(holder.StartedUtc)} (schedule run {holder.RunId}); "
            + "nothing was run, try again when it has finished",
            error.ToString().Trim());
        Assert.Equal("", output.ToString());
        Assert.Equal(1, gate.Runs);

        gate.Release();
        await serverRun;
        var again = await CommandExecution.RunAsync(context, () => JobsRunCommand.RunAsync(context, core, catalog, "gate"));

        Assert.Equal(ExitCode.Ok, again);
        Assert.Equal("gate: passed the gate", output.ToString().Trim());
        Assert.Equal(2, gate.Runs);
    }

    [Fact]
    public async Task ALeaseLeftInTheDatabase_RefusesMailDeliverAndJobsRun_UntilItExpires_ThenTheRunTakesOver()
    {
        using var db = await WithQueuedMailAsync();
        var now = DateTime.UtcNow;
        var held = HoldLease(db, "mail-delivery", now, now.AddMinutes(10));

        var deliver = await Crm.RunAsync("mail", "deliver", "--db", db.Path);
        var jobsRun = await Crm.RunAsync("jobs", "run", "mail-delivery", "--db", db.Path);

        foreach (var refused in new[] { deliver, jobsRun })
        {
            Assert.Equal(ExitCode.JobRunning, refused.ExitCode);
            Assert.Equal($"crm: job mail-delivery is already running: server (pid 4242 on web1) started it at {JobTimes.Utc(held.StartedUtc)} "
                + "(schedule run held-run); nothing was run, try again when it has finished", Assert.Single(refused.ErrorLines));
            Assert.Equal("", refused.Output);
        }

        var stillQueued = await Crm.OkAsync("mail", "list", "--status", "queued", "--format", "csv", "--db", db.Path);
        Assert.Equal(2, stillQueued.OutputLines.Length);

        // The same, left by a process that died five minutes ago: its lease has run out.
        using (var core = Open(db))
        {
            core.Store.FinishJobRun(held with { EndedUtc = now, Outcome = JobRunOutcome.Succeeded, LeaseExpiresUtc = null }, JobRunner.KeptRunsWithWork);
        }

        HoldLease(db, "mail-delivery", now.AddMinutes(-5), now.AddMinutes(-3), "dead-run");
        var taken = await Crm.OkAsync("mail", "deliver", "--db", db.Path);

        Assert.StartsWith("Sent 1 via pickup directory", taken.Output);
        using var after = Open(db);
        var runs = after.Store.ListJobRuns("mail-delivery", 10);
        Assert.Equal(JobTrigger.Manual, runs[0].Trigger);
        Assert.Equal(JobHost.Crm, runs[0].RunBy.Program);
        Assert.Equal(JobRunOutcome.Succeeded, runs[0].Outcome);
        var dead = runs.Single(r => r.StartedUtc < now.AddMinutes(-4));
        Assert.Equal(JobRunOutcome.Failed, dead.Outcome);
        Assert.StartsWith("abandoned: server (pid 4242 on web1) stopped renewing its lease", dead.Summary);
    }
}
