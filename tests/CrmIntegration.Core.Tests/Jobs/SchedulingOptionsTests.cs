using CrmIntegration.Core.Errors;
using CrmIntegration.Core.Jobs;
using CrmIntegration.Core.Jobs.Scheduling;
using CrmIntegration.Core.Mail;

namespace CrmIntegration.Core.Tests.Jobs;

/// <summary>The <c>Scheduling</c> section: defaults, per-job settings, and one-line errors naming the key.</summary>
public sealed class SchedulingOptionsTests
{
    private static SchedulingOptions With(string job, JobScheduleOptions settings) => new() { Jobs = { [job] = settings } };

    private static string Refusal(Action check) => Assert.Throws<CrmException>(check).Message;

    [Fact]
    public void Defaults_AreTheJobsOwnSchedules_InHoChiMinhCityTime()
    {
        var schedules = new SchedulingOptions().Resolve(JobCatalog.Default);

        Assert.Equal(["mail-delivery", "session-cleanup"], schedules.Select(s => s.Job));
        var mail = schedules[0];
        Assert.True(mail.Enabled);
        Assert.Equal("*/5 * * * * ?", mail.Cron);
        Assert.Equal("every 5 seconds", mail.Reading);
        Assert.Equal("Asia/Ho_Chi_Minh", mail.TimeZoneId);
        Assert.Equal(TimeSpan.FromHours(7), mail.TimeZone.BaseUtcOffset);
        Assert.Equal("every hour at :00", schedules[1].Reading);
        Assert.Equal("crm", new SchedulingOptions().SchedulerName);
    }

    [Fact]
    public void AJobsEntry_SetsItsCronTimeZoneAndSwitch_AndAnUnderscoreSpellingNamesTheSameJob()
    {
        var options = new SchedulingOptions
        {
            TimeZone = "UTC",
            Jobs =
            {
                ["mail_delivery"] = new JobScheduleOptions { Cron = "0 */10 * * * ?", Enabled = false },
                ["Session-Cleanup"] = new JobScheduleOptions { TimeZone = "Europe/Paris" },
            },
        };

        var schedules = options.Resolve(JobCatalog.Default).ToDictionary(s => s.Job);

        Assert.Equal("0 */10 * * * ?", schedules["mail-delivery"].Cron);
        Assert.False(schedules["mail-delivery"].Enabled);
        Assert.Equal("UTC", schedules["mail-delivery"].TimeZoneId);
        Assert.Equal("Europe/Paris", schedules["session-cleanup"].TimeZoneId);
        Assert.Equal("0 0 * * * ?", schedules["session-cleanup"].Cron);
    }

    [Theory]
    [InlineData("*/5 * * * *", "configuration: Scheduling:Jobs:mail-delivery:Cron: '*/5 * * * *' is not a Quartz cron expression")]
    [InlineData("every five seconds", "configuration: Scheduling:Jobs:mail-delivery:Cron: 'every five seconds' is not a Quartz cron expression")]
    [InlineData("0 0 25 * * ?", "configuration: Scheduling:Jobs:mail-delivery:Cron: '0 0 25 * * ?' is not a Quartz cron expression")]
    [InlineData(" ", "configuration: Scheduling:Jobs:mail-delivery:Cron must not be empty")]
    public void ABadCron_StopsWithOneLineNamingTheKey(string cron, string start)
    {
        var message = Refusal(() => With("mail-delivery", new JobScheduleOptions { Cron = cron }).Validate());

        Assert.StartsWith(start, message);
        Assert.DoesNotContain('\n', message);
    }

    [Fact]
    public void ABadTimeZone_StopsWithOneLineNamingTheKey()
    {
        Assert.Equal("configuration: Scheduling:TimeZone: 'Asia/Saigonn' is not a time zone this machine knows (use an IANA id such as Asia/Ho_Chi_Minh or UTC)",
            Refusal(() => new SchedulingOptions { TimeZone = "Asia/Saigonn" }.Validate()));
        Assert.StartsWith("configuration: Scheduling:Jobs:session-cleanup:TimeZone: 'Mars/Olympus' is not a time zone",
            Refusal(() => With("session-cleanup", new JobScheduleOptions { TimeZone = "Mars/Olympus" }).Validate()));
    }

    [Fact]
    public void AnEntryForNoJob_OrTheSameJobTwice_OrNoSchedulerName_IsRefused()
    {
        Assert.Equal("configuration: Scheduling:Jobs:mail-deliveryy: there is no job named 'mail-deliveryy'; the jobs are: mail-delivery, session-cleanup",
            Refusal(() => With("mail-deliveryy", new JobScheduleOptions()).Resolve(JobCatalog.Default)));
        var twice = new SchedulingOptions
        {
            Jobs = { ["mail-delivery"] = new JobScheduleOptions(), ["mail_delivery"] = new JobScheduleOptions() },
        };
        Assert.Equal("configuration: Scheduling:Jobs:mail-delivery and Scheduling:Jobs:mail_delivery set the same job; keep one",
            Refusal(twice.Validate));
        Assert.Equal("configuration: Scheduling:SchedulerName must not be empty", Refusal(new SchedulingOptions { SchedulerName = "" }.Validate));
    }


    [Theory]
    [InlineData("* * * * * ?", "every second")]
    [InlineData("*/5 * * * * ?", "every 5 seconds")]
    [InlineData("0 * * * * ?", "every minute")]
    [InlineData("0 0/15 * * * ?", "every 15 minutes")]
    [InlineData("0 30 * * * ?", "every hour at :30")]
    [InlineData("0 5 */6 * * ?", "every 6 hours at :05")]
    [InlineData("0 0 7 * * ?", "every day at 07:00")]
    [InlineData("0 30 8 ? * MON-FRI", "at 08:30 on MON-FRI")]
    [InlineData("0 0 9 1 * ?", "at 09:00 on day 1 of every month")]
    [InlineData("0 0 9 1 1 ?", null)]
    [InlineData("15 0 9 * * ?", null)]
    [InlineData("0 0 9 L * ?", null)]
    public void CronReading_SaysTheCommonShapesInWords(string cron, string? reading)
    {
        Assert.Equal(reading, CronReading.Describe(cron));
    }
}
