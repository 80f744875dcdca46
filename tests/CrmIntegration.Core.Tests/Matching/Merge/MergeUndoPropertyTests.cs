using CrmIntegration.Core.Matching.Merge;
using CrmIntegration.Core.Modules;
using CrmIntegration.Core.Storage;
using CrmIntegration.Core.Tests.Infrastructure;
using static CrmIntegration.Core.Tests.Matching.Merge.MergeTestData;

namespace CrmIntegration.Core.Tests.Matching.Merge;

/// <summary>
/// On a seeded random database: random merges (random module, 2–5 records, random master or none),
/// some undone at once, the rest undone in reverse order, must give back the original store record
/// by record and link by link. After every merge nothing live may still point at a loser.
/// A failure names its seed; add it as an InlineData to replay it.
/// </summary>
public sealed class MergeUndoPropertyTests : IDisposable
{
    private static readonly string[] Modules = ["Leads", "Contacts", "Accounts"];

    private readonly TestCore _test = new();

    private CrmCore Core => _test.Core;

    public void Dispose() => _test.Dispose();

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(42)]
    [InlineData(20260302)]
    public void RandomMerges_UndoneInReverse_RestoreTheStore(int seed)
    {
        try
        {
            Run(seed);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            throw new InvalidOperationException($"seed {seed}: {e.Message}", e);
        }
    }

    private void Run(int seed)
    {
        var random = new Random(seed);
        var crm = new RandomCrm(Core, _test.Clock, random);
        crm.Fill();
        var original = Snapshot();
        var done = new Stack<string>();
        for (var round = 0; round < 12; round++)
        {
            var module = Modules[random.Next(Modules.Length)];
            var live = crm.Live(module);
            var ids = live.OrderBy(_ => random.Next()).Take(Math.Min(live.Count, random.Next(2, 6))).ToList();
            var master = random.Next(2) == 0 ? ids[random.Next(ids.Count)] : null;
            var before = Snapshot();
            _test.Clock.Advance(TimeSpan.FromMinutes(random.Next(1, 60)));

            var merge = Core.Merges.Merge(Admin, new MergeRequest(module, ids, master));

            AssertNothingPointsAtLosers(merge.Journal, $"seed {seed}, round {round}, {merge.MergeId}");
            if (random.Next(4) == 0)
            {
                Core.Merges.Undo(Admin, merge.MergeId);
                StoreSnapshot.AssertEqual(before, Snapshot(), $"seed {seed}, round {round}: undo right after {merge.MergeId}");
                continue;
            }

            done.Push(merge.MergeId);
        }

        while (done.TryPop(out var mergeId))
        {
            _test.Clock.Advance(TimeSpan.FromMinutes(random.Next(1, 60)));
            Core.Merges.Undo(Admin, mergeId);
        }

        StoreSnapshot.AssertEqual(original, Snapshot(), $"seed {seed}: after undoing every merge in reverse order");
    }

    /// <summary>An independent check of re-parenting: every key, activity parent and live row of the module.</summary>
    private void AssertNothingPointsAtLosers(MergeJournal journal, string context)
    {
        var registry = Core.Registry;
        foreach (var loser in journal.LoserIds)
        {
            var record = Core.Store.Get(journal.Module, loser)!;
            Assert.True(record.IsDeleted && record[MergeFields.MergedInto] == journal.MasterId, $"{context}: {loser} not retired");
            foreach (var relationship in registry.Relationships.Where(r => r.LhsModule == journal.Module))
            {
                var pointing = relationship.Kind switch
                {
                    RelationshipKind.OneToMany => Core.Store.FindByKey(relationship.RhsModule, relationship.RhsKey!, loser)
                        .Where(r => !r.IsDeleted && !journal.LoserIds.Contains(r.Id)).Select(r => r.ToString()),
                    RelationshipKind.Parent => Core.Store.FindByKey(relationship.RhsModule, CommonFields.ParentId, loser)
                        .Where(r => !r.IsDeleted && r[CommonFields.ParentType] == journal.Module).Select(r => r.ToString()),
                    _ => Core.Store.GetRelationshipRows(relationship.Name, RelationshipSide.Lhs, loser).Where(r => !r.Deleted).Select(r => r.Id),
                };
                Assert.True(!pointing.Any(), $"{context}: {relationship.Name} still points at {loser}: {string.Join(", ", pointing)}");
            }

            foreach (var relationship in registry.Relationships.Where(r => r.RhsModule == journal.Module && r.Kind == RelationshipKind.ManyToMany))
            {
                var rows = Core.Store.GetRelationshipRows(relationship.Name, RelationshipSide.Rhs, loser).Where(r => !r.Deleted);
                Assert.True(!rows.Any(), $"{context}: {relationship.Name} rows still point at {loser}");
            }
        }
    }

    private StoreSnapshot Snapshot() => StoreSnapshot.Take(Core.Store, Core.Registry);
}
