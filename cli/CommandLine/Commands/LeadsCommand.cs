using System.CommandLine;

namespace CrmIntegration.Cli.CommandLine.Commands;

/// <summary><c>crm leads</c>: commands on leads.</summary>
internal static class LeadsCommand
{
    public static Command Create(CliEnvironment environment, CommonOptions common) =>
        new("leads", "Work with leads.\nExample: crm leads convert 6d2b1c4e-… --opportunity \"Bảo trì 2026\" --amount 150000000 --close-date 2026-06-30")
        {
            LeadsConvertCommand.Create(environment, common),
        };
}
