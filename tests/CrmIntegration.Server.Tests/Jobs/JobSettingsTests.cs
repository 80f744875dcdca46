using CrmIntegration.Core.Errors;
using CrmIntegration.Server.Hosting;
using Microsoft.Extensions.Configuration;

namespace CrmIntegration.Server.Tests.Jobs;

/// <summary>A bad <c>Scheduling</c> value, or the retired <c>Mail:DeliveryInterval</c>, stops the server before it starts, in one line naming the key.</summary>
public sealed class JobSettingsTests : IDisposable
{
    private readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), "crm-server-tests-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_dataDirectory))
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }
    }

    private string Refusal(string key, string value)
    {
        var e = Assert.Throws<CrmException>(() => CrmServer.Build([], new Dictionary<string, string?>(), builder => builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:Path"] = Path.Combine(_dataDirectory, "crm.db"),
            ["Server:Urls"] = "http://127.0.0.1:0",
            [key] = value,
        })));
        Assert.Equal(CrmErrorCode.BadConfiguration, e.Code);
        Assert.DoesNotContain('\n', e.Message);
        return e.Message;
    }

    [Theory]
    [InlineData("Scheduling:Jobs:mail-delivery:Cron", "*/5 * * * *", "configuration: Scheduling:Jobs:mail-delivery:Cron: '*/5 * * * *' is not a Quartz cron expression")]
    [InlineData("Scheduling:Jobs:session-cleanup:Cron", "0 0 24 * * ?", "configuration: Scheduling:Jobs:session-cleanup:Cron: '0 0 24 * * ?' is not a Quartz cron expression")]
    [InlineData("Scheduling:TimeZone", "Asia/Hanoi", "configuration: Scheduling:TimeZone: 'Asia/Hanoi' is not a time zone this machine knows")]
    [InlineData("Scheduling:Jobs:mail-delivery:TimeZone", "GMT+7", "configuration: Scheduling:Jobs:mail-delivery:TimeZone: 'GMT+7' is not a time zone this machine knows")]
    [InlineData("Scheduling:Jobs:renewal-reminders:Enabled", "true", "configuration: Scheduling:Jobs:renewal-reminders: there is no job named 'renewal-reminders'; the jobs are: mail-delivery, session-cleanup")]
    [InlineData("Mail:DeliveryInterval", "00:00:05", "configuration: Mail:DeliveryInterval (from ")]
    public void ABadSchedulingValue_StopsTheServerWithOneLineNamingTheKey(string key, string value, string start)
    {
        Assert.StartsWith(start, Refusal(key, value));
        Assert.False(File.Exists(Path.Combine(_dataDirectory, "crm.db")), "nothing is opened before the settings are checked");
    }
}
