using CrmIntegration.Core.Matching;

namespace CrmIntegration.Core.Tests.Matching.Engine;

public class ChainingGuardTests
{
    [Fact]
    public void TwoWeakLinks_WithoutTheThird_DoNotChain()
    {
        var clustering = new GuardedClustering(3);
        ScoredPair[] pairs = [new(0, 1, 15, false, 0), new(1, 2, 14, false, 0)];

        clustering.Add(pairs, (x, y) => (x, y) is not ((0, 2) or (2, 0)), maxComparisons: 64);

        Assert.Equal(clustering.Find(0), clustering.Find(1));
        Assert.NotEqual(clustering.Find(1), clustering.Find(2));
        Assert.Equal(1, clustering.Refused);
    }

    [Fact]
    public void WeakLinks_JoinWhenTheMajorityAgrees()
    {
        var clustering = new GuardedClustering(3);
        ScoredPair[] pairs = [new(0, 1, 15, false, 0), new(1, 2, 14, false, 0)];

        clustering.Add(pairs, (_, _) => true, maxComparisons: 64);

        Assert.Equal(clustering.Find(0), clustering.Find(2));
    }

    [Fact]
    public void StrongLink_JoinsWithoutCheck()
    {
        var clustering = new GuardedClustering(3);
        ScoredPair[] pairs = [new(0, 1, 30, true, 0), new(1, 2, 30, true, 0)];

        clustering.Add(pairs, (_, _) => false, maxComparisons: 64); // no cross pair would pass a check

        Assert.Equal(0, clustering.Refused);

        Assert.Equal(clustering.Find(0), clustering.Find(2));
    }

    [Fact]
    public void WeakLink_BetweenLargeClusters_Refused()
    {
        var clustering = new GuardedClustering(20);
        var strong = Enumerable.Range(0, 9).Select(i => new ScoredPair(i, i + 1, 30, true, 0))
            .Concat(Enumerable.Range(10, 9).Select(i => new ScoredPair(i, i + 1, 30, true, 0)));
        ScoredPair[] pairs = [.. strong, new(9, 10, 14, false, 0)];

        clustering.Add(pairs, (_, _) => true, maxComparisons: 64); // 10 × 10 = 100 checks > 64

        Assert.NotEqual(clustering.Find(0), clustering.Find(19));
    }

    [Fact]
    public void Finder_WeakChainAThroughBToC_KeepsCOut()
    {
        // A and B share an email, B and C a phone; A and C only the name. Threshold 10 makes both
        // links weak passes and A~C a rejection.
        var a = Profiles.Lead("an", "tran", email: "an@example.vn", id: "A");
        var b = Profiles.Lead("an", "tran", email: "an@example.vn", mobile: "0901234567", id: "B");
        var c = Profiles.Lead("an", "tran", mobile: "0901234567", id: "C");
        var rules = RuleSet.Named("weak", new FuzzyRule("fuzzy", new FuzzyWeights { Threshold = 10 }));

        var result = RecordClustering.Find([a, b, c], rules);

        var group = Assert.Single(result.Groups);
        Assert.Equal(2, group.Members.Count);
        Assert.Equal(1, result.Stats.RefusedWeakLinks);
    }
}
