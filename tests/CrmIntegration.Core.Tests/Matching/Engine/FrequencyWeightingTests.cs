using CrmIntegration.Core.Matching;

namespace CrmIntegration.Core.Tests.Matching.Engine;

public class FrequencyWeightingTests
{
    private static readonly FuzzyWeights Weights = new();

    [Fact]
    public void TokenWeight_CommonSurnameIsWeak_RareGivenNameIsStrong()
    {
        var table = Profiles.Population(1000, ("nguyen", 380), ("khoi", 2));

        var common = table.TokenWeight("nguyen", Weights.NameTokenMin, Weights.NameTokenMax);
        var rare = table.TokenWeight("khoi", Weights.NameTokenMin, Weights.NameTokenMax);

        Assert.InRange(common, 1.0, 2.0); // log2(1/0.38) ≈ 1.4 bits
        Assert.InRange(rare, 7.0, Weights.NameTokenMax);
    }

    [Fact]
    public void NameScore_SharingOnlyACommonSurnameCountsLessThanSharingARareName()
    {
        var table = Profiles.Population(1000, ("nguyen", 380), ("khoi", 2), ("lan", 2));
        var a = Profiles.Of(Profiles.Lead("khoi", "nguyen"));
        var sameGiven = Profiles.Of(Profiles.Lead("khoi", "nguyen"));
        var otherGiven = Profiles.Of(Profiles.Lead("lan", "nguyen"));

        var same = NameComparison.Score(a, sameGiven, table, Weights);
        var other = NameComparison.Score(a, otherGiven, table, Weights);

        Assert.True(same > 8, $"same name scored {same}");
        Assert.True(other < 0, $"only the surname in common scored {other}: the unmatched given name must cost");
    }

    [Fact]
    public void SharedKey_ManyHoldersCountLessThanAPersonalNumber()
    {
        var switchboard = Enumerable.Range(0, 40).Select(i => Profiles.Of(Profiles.Lead($"p{i}", "x", work: "02838000000"))).ToList();
        var personal = new[] { Profiles.Of(Profiles.Lead("a", "b", mobile: "0901111111")), Profiles.Of(Profiles.Lead("a", "b", mobile: "0901111111")) };
        var table = FrequencyTable.Build([.. switchboard, .. personal]);
        var rule = new FuzzyRule("fuzzy", new FuzzyWeights { NameMax = 0, NameUnmatchedPenalty = 0 });

        var shared = rule.Score(switchboard[0], switchboard[1], table);
        var own = rule.Score(personal[0], personal[1], table);

        Assert.Equal(Weights.PhoneAgree, own, 6);
        Assert.True(shared < own - 5, $"switchboard {shared} vs personal {own}");
    }
}
