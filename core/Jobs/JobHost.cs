namespace CrmIntegration.Core.Jobs;

/// <summary>
/// Who ran a job: the program (<see cref="Server"/> or <see cref="Crm"/>), the machine and the process
/// id, so that "another run holds the job" can say where to look.
/// </summary>
public sealed record JobHost(string Program, string Machine, int ProcessId)
{
    public const string Server = "server";
    public const string Crm = "crm";

    /// <summary>This process, as <paramref name="program"/>.</summary>
    public static JobHost Current(string program) => new(program, Environment.MachineName, Environment.ProcessId);

    public override string ToString() => $"{Program} (pid {ProcessId} on {Machine})";
}
