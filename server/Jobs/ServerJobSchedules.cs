using CrmIntegration.Core.Jobs.Scheduling;

namespace CrmIntegration.Server.Jobs;

/// <summary>Every job's effective schedule, resolved (and checked) once from <c>Scheduling</c> and the catalogue.</summary>
public sealed record ServerJobSchedules(IReadOnlyList<JobSchedule> Schedules);
