using System.CommandLine;

namespace CrmIntegration.Cli.CommandLine.Commands;

/// <summary><c>crm users</c>: the group of user administration commands.</summary>
internal static class UsersCommand
{
    public static Command Create(CliEnvironment environment, CommonOptions common) =>
        new("users", "Manage CRM users: add, list, change passwords, roles and managers, disable and enable.\n"
            + "Example: crm users list")
        {
            UsersAddCommand.Create(environment, common),
            UsersListCommand.Create(environment, common),
            UsersSetPasswordCommand.Create(environment, common),
            UsersDisableCommand.Create(environment, common),
            UsersEnableCommand.Create(environment, common),
            UsersSetRoleCommand.Create(environment, common),
            UsersSetReportsToCommand.Create(environment, common),
        };
}
