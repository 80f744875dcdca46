using System.CommandLine;
using CrmIntegration.Core.Security;

namespace CrmIntegration.Cli.CommandLine.Commands;

/// <summary><c>crm users set-role</c>.</summary>
internal static class UsersSetRoleCommand
{
    public static Command Create(CliEnvironment environment, CommonOptions common)
    {
        var userName = new Argument<string>("user_name") { Description = "The user (user name or id)." };
        var role = new Argument<string>("role") { Description = "admin, manager, user or partner." };
        var command = new Command("set-role", "Change a user's role. The last active admin keeps the admin role.\n"
            + "Example: crm users set-role alice manager")
        {
            userName, role,
        };
        command.SetHandler(environment, common, (parseResult, context) => Task.FromResult(
            Run(context, parseResult.GetRequiredValue(userName), UserLookup.ParseRole(parseResult.GetValue(role)))));
        return command;
    }

    internal static ExitCode Run(CommandContext context, string userName, UserRole role)
    {
        using var database = DatabaseAccess.OpenExisting(context);
        var core = database.Core;
        var user = UserLookup.Require(core, userName);
        context.Cancellation.ThrowIfCancellationRequested();
        core.UserAdmin.SetRole(user.Id, role);
        context.Output.WriteLine($"User '{user["user_name"]}' is now {role.Key()}.");
        return ExitCode.Ok;
    }
}
