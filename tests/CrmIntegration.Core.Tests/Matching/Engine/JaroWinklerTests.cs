using CrmIntegration.Core.Matching;

namespace CrmIntegration.Core.Tests.Matching.Engine;

public class JaroWinklerTests
{
    [Theory]
    [InlineData("martha", "marhta", 0.9611)]
    [InlineData("dwayne", "duane", 0.84)]
    [InlineData("dixon", "dicksonx", 0.8133)]
    [InlineData("nguyen", "nguyen", 1.0)]
    [InlineData("nguyen", "", 0.0)]
    [InlineData("abc", "xyz", 0.0)]
    public void Similarity_KnownValues(string a, string b, double expected) =>
        Assert.Equal(expected, JaroWinkler.Similarity(a, b), 3);

    [Fact]
    public void Similarity_IsSymmetric() =>
        Assert.Equal(JaroWinkler.Similarity("nguyen", "nguen"), JaroWinkler.Similarity("nguen", "nguyen"), 10);

    [Fact]
    public void Similarity_TypoScoresAboveTokenThreshold_DifferentNameBelow()
    {
        var weights = new FuzzyWeights();
        Assert.True(JaroWinkler.Similarity("nguyen", "nguyn") >= weights.NameTokenSimilarity);
        Assert.True(JaroWinkler.Similarity("hung", "minh") < weights.NameTokenSimilarity);
    }
}
