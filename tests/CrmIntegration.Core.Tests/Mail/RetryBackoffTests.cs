using CrmIntegration.Core.Errors;
using CrmIntegration.Core.Mail;
using CrmIntegration.Core.Tests.Infrastructure;

namespace CrmIntegration.Core.Tests.Mail;

public sealed class RetryBackoffTests
{
    [Fact]
    public void Default_DoublesFromOneMinute_UpToOneHour()
    {
        var backoff = new RetryBackoff();

        var minutes = Enumerable.Range(1, 9).Select(n => backoff.DelayAfter(n).TotalMinutes);

        Assert.Equal([1, 2, 4, 8, 16, 32, 60, 60, 60], minutes);
    }

    [Fact]
    public void ManyFailures_StayAtTheCap_WithoutOverflow()
    {
        var backoff = new RetryBackoff { Initial = TimeSpan.FromSeconds(10), Max = TimeSpan.FromMinutes(5) };

        Assert.Equal(TimeSpan.FromSeconds(20), backoff.DelayAfter(2));
        Assert.Equal(TimeSpan.FromMinutes(5), backoff.DelayAfter(6));
        Assert.Equal(TimeSpan.FromMinutes(5), backoff.DelayAfter(int.MaxValue));
    }

    [Theory]
    [InlineData(0, 60, 5)]
    [InlineData(120, 60, 5)]
    [InlineData(60, 60, 0)]
    public void Validate_RefusesImpossibleSettings(int initialSeconds, int maxSeconds, int maxAttempts)
    {
        var backoff = new RetryBackoff
        {
            Initial = TimeSpan.FromSeconds(initialSeconds),
            Max = TimeSpan.FromSeconds(maxSeconds),
            MaxAttempts = maxAttempts,
        };

        var error = CrmAssert.Fails(CrmErrorCode.BadConfiguration, backoff.Validate);
        Assert.Contains("Mail:Backoff:", error.Message);
    }
}
