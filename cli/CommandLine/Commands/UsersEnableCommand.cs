using System.CommandLine;

namespace CrmIntegration.Cli.CommandLine.Commands;

/// <summary><c>crm users enable</c>: undoes <c>disable</c>.</summary>
internal static class UsersEnableCommand
{
    public static Command Create(CliEnvironment environment, CommonOptions common)
    {
        var userName = new Argument<string>("user_name") { Description = "The user (user name or id)." };
        var command = new Command("enable", "Enable a disabled user again; their password is unchanged.\n"
            + "Example: crm users enable bob")
        {
            userName,
        };
        command.SetHandler(environment, common, (parseResult, context) =>
            Task.FromResult(Run(context, parseResult.GetRequiredValue(userName))));
        return command;
    }

    internal static ExitCode Run(CommandContext context, string userName)
    {
        using var database = DatabaseAccess.OpenExisting(context);
        var core = database.Core;
        var user = UserLookup.Require(core, userName);
        context.Cancellation.ThrowIfCancellationRequested();
        core.UserAdmin.Enable(user.Id);
        context.Output.WriteLine($"Enabled user '{user["user_name"]}'.");
        return ExitCode.Ok;
    }
}
