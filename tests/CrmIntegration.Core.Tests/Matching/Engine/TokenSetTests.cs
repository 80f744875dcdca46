using CrmIntegration.Core.Matching;

namespace CrmIntegration.Core.Tests.Matching.Engine;

public class TokenSetTests
{
    [Fact]
    public void Jaccard_CountsCommonOverUnion()
    {
        Assert.Equal(1.0, TokenSet.Jaccard(["mai", "sao"], ["mai", "sao"]));
        Assert.Equal(0.5, TokenSet.Jaccard(["a", "b", "c"], ["b", "c", "d"]));
        Assert.Equal(0.0, TokenSet.Jaccard(["a"], []));
    }
}
