using System.Diagnostics;
using CrmIntegration.Benchmarks.Infrastructure;
using CrmIntegration.Core;
using CrmIntegration.Core.Security;

namespace CrmIntegration.Benchmarks.Floor;

/// <summary>What intake costs a lead beyond SOAP and the store, timed in process on one thread.</summary>
public static class IntakeWork
{
    /// <summary>
    /// Microseconds of one thread per lead for the intake work that runs outside the store: preparing
    /// the lead (validation, normalisation, match keys) for <paramref name="partner"/> and the duplicate
    /// check against the index.
    /// Medians of five rounds, so that one garbage collection does not make the figure.
    /// </summary>
    public static (double Prepare, double Check) Time(CrmCore core, CrmUser partner, int seededLeads)
    {
        const int rounds = 5;
        const int leads = 2_000;
        var generator = new LeadGenerator(98, "work" + Environment.ProcessId);

        // The store floor's leads are in the store by now: the index takes them in before timing starts.
        core.Duplicates.Warm();
        var prepare = new List<double>();
        var check = new List<double>();
        var matched = 0;
        for (var round = 0; round < rounds; round++)
        {
            var submitted = Enumerable.Range(0, leads)
                .Select(_ => generator.Next(seededLeads).Select(p => KeyValuePair.Create(p.Name!, p.Value)).ToList())
                .ToList();
            var stopwatch = Stopwatch.StartNew();
            var prepared = submitted.Select(fields => core.Records.PrepareNew(partner, "Leads", fields)).ToList();
            prepare.Add(stopwatch.Elapsed.TotalMicroseconds / leads);

            stopwatch.Restart();
            matched += prepared.Sum(lead => core.Duplicates.Check(UserAdministration.SystemActor, "Leads", lead.Values).Count);
            check.Add(stopwatch.Elapsed.TotalMicroseconds / leads);
        }

        return matched > 0
            ? (Figure.Median(prepare), Figure.Median(check))
            : throw new InvalidOperationException("the duplicate check found none of the generated repeats of seeded leads");
    }
}
