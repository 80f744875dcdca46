namespace CrmIntegration.Core.Jobs.Scheduling;

/// <summary>One job's entry under <c>Scheduling:Jobs:NAME</c>; what is not set keeps the job's default.</summary>
public sealed class JobScheduleOptions
{
    /// <summary>Quartz cron expression, seconds first (<c>0 0 7 * * ?</c> = every day at 07:00); the job's default when unset.</summary>
    public string? Cron { get; set; }

    /// <summary>Time zone the cron expression is read in; <c>Scheduling:TimeZone</c> when unset.</summary>
    public string? TimeZone { get; set; }

    /// <summary>False keeps the server from scheduling the job (and from catching it up); <c>crm jobs run</c> still runs it.</summary>
    public bool Enabled { get; set; } = true;
}
