using System.Collections.Concurrent;
using CrmIntegration.Cli;
using CrmIntegration.Core.Matching.Merge;
using CrmIntegration.Server.Soap.Intake.Contracts;
using LeadOutcome = CrmIntegration.Server.Soap.Intake.Contracts.LeadOutcome;

namespace CrmIntegration.Server.Tests.HandOff;

/// <summary>A <c>crm</c> job handed to the server and partner intake at the same time lose nothing on either side.</summary>
public sealed class HandOffConcurrencyTests
{
    private const int DuplicatePairs = 150;

    [Fact]
    public async Task DedupeMerge_WhilePartnersSubmitLeads_NoAcknowledgedLeadAndNoMergeStepIsLost()
    {
        await using var world = await HandOffWorld.CreateAsync(DuplicatePairs);
        await world.StartServerAsync();
        var acknowledged = new ConcurrentBag<string>();
        using var stop = new CancellationTokenSource();
        var partners = Enumerable.Range(0, 4).Select(_ => SubmitUntilAsync(world, acknowledged, stop.Token)).ToList();
        await WaitForAsync(() => acknowledged.Count >= 20, partners);

        var beforeMerge = acknowledged.Count;
        var merge = await world.CrmAsync("dedupe", "merge", "Leads", "--auto");
        var duringMerge = acknowledged.Count;
        Assert.True(duringMerge > beforeMerge, "no lead was submitted while the merge ran");
        await WaitForAsync(() => acknowledged.Count >= duringMerge + 20, partners);
        await stop.CancelAsync();
        await Task.WhenAll(partners);

        Assert.True(merge.ExitCode == ExitCode.Ok, merge.ToString());
        var store = world.Server.Core.Store;
        var journals = world.Server.Core.Merges.List("Leads");
        Assert.Equal(DuplicatePairs, merge.OutputLines.Count(l => l.Contains("merged Leads", StringComparison.Ordinal)));
        Assert.Equal(DuplicatePairs, journals.Count);
        foreach (var journal in journals)
        {
            Assert.False(store.Get("Leads", journal.MasterId)!.IsDeleted);
            foreach (var loserId in journal.LoserIds)
            {
                var stored = store.Get("Leads", loserId)!;
                Assert.Equal((true, journal.MasterId), (stored.IsDeleted, stored[MergeFields.MergedInto]));
            }
        }

        Assert.All(acknowledged, id => Assert.False(store.Get("Leads", id)?.IsDeleted ?? true, $"acknowledged lead {id} is missing"));
        Assert.Equal(DuplicatePairs + 1 + acknowledged.Count, store.Scan("Leads").Count(l => !l.IsDeleted));
    }

    private static async Task SubmitUntilAsync(HandOffWorld world, ConcurrentBag<string> acknowledged, CancellationToken stop)
    {
        var client = world.Server.IntakeClient();
        var session = await client.LoginAsync("sao-mai", HandOffWorld.RepPassword, "PLAIN");
        while (!stop.IsCancellationRequested)
        {
            var unique = Guid.NewGuid().ToString("N");
            var receipt = await client.SubmitLeadAsync(session, new LeadSubmission
            {
                LastName = "Khách " + unique[..12], FirstName = unique[12..20], Email = $"{unique}@doitac.example.vn", AccountName = "Đối tác " + unique[20..],
            });
            Assert.Equal(LeadOutcome.Created, receipt.Outcome);
            acknowledged.Add(receipt.Id!);
        }
    }

    private static async Task WaitForAsync(Func<bool> condition, IReadOnlyList<Task> partners)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (!condition())
        {
            // A partner that failed says why, rather than the wait running out.
            if (partners.FirstOrDefault(p => p.IsFaulted) is { } failed)
            {
                await failed;
            }

            Assert.True(DateTime.UtcNow < deadline, "intake made no progress within a minute");
            await Task.Delay(20);
        }
    }
}
