using CrmIntegration.Core.Errors;
using CrmIntegration.Core.Jobs.Scheduling;

namespace CrmIntegration.Core.Jobs;

/// <summary>
/// Runs jobs of a catalogue over one core and records each run in the store. Every run first takes
/// the job's lease in the store (<see cref="Storage.ICrmStore.TryStartJobRun"/>), so a run by
/// <c>crm jobs run</c> and the server's own run of the same job never overlap, in one process or
/// several; the lease is renewed while the job runs and expires when its runner dies, so a crash does
/// not hold the job for ever. The server's scheduler, <c>crm jobs run</c> and <c>crm mail deliver</c>
/// all run jobs through here, with their own <see cref="JobHost"/>.
/// </summary>
public sealed class JobRunner
{
    /// <summary>How long a lease lasts without renewal: how long a crashed runner can hold its job.</summary>
    public static readonly TimeSpan DefaultLeaseDuration = TimeSpan.FromMinutes(2);

    /// <summary>
    /// Runs kept per job besides the newest finished one and those in progress: those that did work
    /// or failed. A job firing every 5 seconds with nothing to do leaves one record, not 17,000 a day.
    /// </summary>
    public const int KeptRunsWithWork = 50;

    private readonly CrmCore _core;
    private readonly JobHost _host;
    private readonly TimeSpan _lease;

    /// <param name="core">The core the jobs run over; its store records the runs and its clock times them.</param>
    /// <param name="catalog">The jobs this runner knows.</param>
    /// <param name="host">Who runs them, as recorded and shown to a refused runner.</param>
    /// <param name="leaseDuration">How long a lease lasts between renewals (renewed every quarter of it).</param>
    public JobRunner(CrmCore core, JobCatalog catalog, JobHost host, TimeSpan? leaseDuration = null)
    {
        ArgumentNullException.ThrowIfNull(core);
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(host);
        _core = core;
        Catalog = catalog;
        _host = host;
        _lease = leaseDuration ?? DefaultLeaseDuration;
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(_lease, TimeSpan.Zero, nameof(leaseDuration));
    }

    public JobCatalog Catalog { get; }

    /// <summary>
    /// Runs the job now unless another run holds it. A refused scheduled or catch-up run is recorded as
    /// skipped; a refused manual run records nothing (its caller reports the refusal). A job that
    /// throws is recorded as failed with the exception's message. Cancellation records the run as
    /// failed ("stopped before it finished") and is then thrown.
    /// </summary>
    /// <param name="name">The job's name (any case).</param>
    /// <param name="trigger">Why it runs.</param>
    /// <param name="scheduledUtc">The schedule slot fired, for scheduled and catch-up runs.</param>
    /// <param name="cancellation">Stops the job (host shutting down, Ctrl+C).</param>
    /// <exception cref="CrmException">51 when there is no job of that name.</exception>
    public async Task<JobRunResult> RunAsync(string name, JobTrigger trigger, DateTime? scheduledUtc, CancellationToken cancellation)
    {
        var job = Catalog.Get(name);
        var asked = Now();
        var run = new JobRun(job.Name, Guid.NewGuid().ToString("N"), trigger, scheduledUtc, asked, _host) { LeaseExpiresUtc = asked + _lease };
        var lease = _core.Store.TryStartJobRun(run);
        if (lease.SlotRunBefore is { } lastSlot)
        {
            // Another instance's scheduler ran this slot: nothing to record, nothing was skipped.
            return JobRunResult.SlotAlreadyRun(lastSlot);
        }

        if (!lease.WasTaken)
        {
            if (trigger != JobTrigger.Manual)
            {
                _core.Store.FinishJobRun(Skipped(run, lease.HeldBy!), KeptRunsWithWork);
            }

            return JobRunResult.HeldBy(lease.HeldBy!);
        }

        // Started once the lease is ours, not when it was asked for: a run that waited for the store
        // while another finished must not be recorded as beginning before that one ended.
        run = run with { StartedUtc = Now() };

        JobOutcome outcome;
        using var leaseLost = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        using (_core.Clock.CreateTimer(_ => Renew(run, leaseLost), null, _lease / 4, _lease / 4))
        {
            try
            {
                outcome = await job.RunAsync(_core, leaseLost.Token);
            }
            catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
            {
                Finish(run, JobOutcome.Failure("stopped before it finished: the run was cancelled (host stopping, or Ctrl+C)"));
                throw;
            }
            catch (OperationCanceledException) when (leaseLost.IsCancellationRequested)
            {
                outcome = JobOutcome.Failure($"stopped before it finished: another runner took the job over after this run's lease "
                    + $"lapsed (not renewed for {_lease.TotalSeconds:0} s, e.g. a stalled process)");
            }
            catch (Exception e)
            {
                outcome = JobOutcome.Failure($"{e.GetType().Name}: {e.Message}".ReplaceLineEndings(" "));
            }
        }

        return JobRunResult.Ran(Finish(run, outcome), outcome);
    }

    /// <summary>
    /// The enabled jobs whose schedule had a fire time after their last recorded run (or, never run,
    /// after the store first tracked them) and before now: each with the first slot it missed. Called
    /// by the server at start, which then runs each of them once, however many slots were missed.
    /// Tracks every enabled job, so that one never run is judged from its first start.
    /// </summary>
    public IReadOnlyList<(JobSchedule Schedule, DateTimeOffset MissedSlot)> MissedRuns(IEnumerable<JobSchedule> schedules)
    {
        var now = _core.Clock.GetUtcNow();
        var missed = new List<(JobSchedule, DateTimeOffset)>();
        foreach (var schedule in schedules.Where(s => s.Enabled))
        {
            var tracked = _core.Store.TrackJob(schedule.Job, now.UtcDateTime);
            var lastRun = _core.Store.ListJobRuns(schedule.Job, 1).FirstOrDefault();
            var since = new DateTimeOffset(lastRun?.StartedUtc ?? tracked, TimeSpan.Zero);
            if (schedule.FirstMissed(since, now) is { } slot)
            {
                missed.Add((schedule, slot));
            }
        }

        return missed;
    }

    private JobRun Finish(JobRun run, JobOutcome outcome)
    {
        var finished = run with
        {
            EndedUtc = Now(),
            Outcome = outcome.Outcome,
            Summary = outcome.Summary,
            DidWork = outcome.DidWork || outcome.Outcome == JobRunOutcome.Failed,
            LeaseExpiresUtc = null,
        };
        _core.Store.FinishJobRun(finished, KeptRunsWithWork);
        return finished;
    }

    private JobRun Skipped(JobRun run, JobRun holder) => run with
    {
        EndedUtc = run.StartedUtc,
        Outcome = JobRunOutcome.Skipped,
        Summary = $"not run: {holder.RunBy} has been running it since {JobTimes.Utc(holder.StartedUtc)} (run {holder.RunId})",
        LeaseExpiresUtc = null,
    };

    /// <summary>
    /// On a timer thread: must never throw (that would end the process). When another runner holds
    /// the lease now, this run stops, so the two never carry on side by side.
    /// </summary>
    private void Renew(JobRun run, CancellationTokenSource leaseLost)
    {
        try
        {
            if (!_core.Store.RenewJobLease(run.Job, run.RunId, Now() + _lease))
            {
                leaseLost.Cancel();
            }
        }
        catch (Exception)
        {
            // The store is closing, or failing (or the run has just ended and its token is gone): the
            // lease then expires and the run is taken over, which is what a dead runner gets too.
        }
    }

    private DateTime Now() => _core.Clock.GetUtcNow().UtcDateTime;
}
