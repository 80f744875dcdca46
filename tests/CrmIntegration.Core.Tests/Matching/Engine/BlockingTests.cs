using CrmIntegration.Core.Matching;

namespace CrmIntegration.Core.Tests.Matching.Engine;

public class BlockingTests
{
    [Fact]
    public void OversizedBlock_Skipped_OtherKeysStillPair()
    {
        // 100 colleagues on one switchboard; two of them are one person with one email.
        var profiles = Enumerable.Range(0, 100)
            .Select(i => Profiles.Of(Profiles.Lead($"p{i}", "x", email: i < 2 ? "same@example.vn" : $"p{i}@example.vn", work: "02838000000")))
            .ToList();

        var pairs = CandidateBlocker.Pairs(profiles, [MatchFeature.Email, MatchFeature.Phone], maxBlockSize: 64, out var stats);

        Assert.Equal([CandidateBlocker.Pack(0, 1)], pairs);
        Assert.Equal(1, stats.SkippedBlocks);
        Assert.Equal(100, stats.SkippedBlockRecords);
    }

    [Fact]
    public void BlockWithinLimit_YieldsEveryPairOnce()
    {
        var profiles = Enumerable.Range(0, 10)
            .Select(i => Profiles.Of(Profiles.Lead($"p{i}", "x", email: "shared@example.vn", work: "02838000000")))
            .ToList();

        var pairs = CandidateBlocker.Pairs(profiles, [MatchFeature.Email, MatchFeature.Phone], maxBlockSize: 64, out var stats);

        Assert.Equal(45, pairs.Length); // both keys give the same 45 pairs; deduplicated
        Assert.Equal(2, stats.Blocks);
    }

    [Fact]
    public void CompositeKey_RequiresEveryPart()
    {
        var a = Profiles.Of(Profiles.Lead("an", "tran", company: "sao mai"));
        var b = Profiles.Of(Profiles.Lead("an", "tran", company: "sao mai"));
        var noCompany = Profiles.Of(Profiles.Lead("an", "tran"));

        var pairs = CandidateBlocker.Pairs([a, b, noCompany], [MatchFeature.Name | MatchFeature.Company], 64, out _);

        Assert.Equal([CandidateBlocker.Pack(0, 1)], pairs);
    }

    [Fact]
    public void Pairs_NeverAllPairs_ForDistinctKeys()
    {
        var profiles = Enumerable.Range(0, 1000).Select(i => Profiles.Of(Profiles.Lead($"p{i}", "x", email: $"p{i}@example.vn"))).ToList();

        var pairs = CandidateBlocker.Pairs(profiles, [MatchFeature.Email, MatchFeature.Phone, MatchFeature.Name | MatchFeature.Company], 64, out _);

        Assert.Empty(pairs);
    }
}
