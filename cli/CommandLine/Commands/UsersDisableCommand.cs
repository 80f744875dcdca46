using System.CommandLine;

namespace CrmIntegration.Cli.CommandLine.Commands;

/// <summary><c>crm users disable</c>: the user can no longer log in, and their open sessions are refused.</summary>
internal static class UsersDisableCommand
{
    public static Command Create(CliEnvironment environment, CommonOptions common)
    {
        var userName = new Argument<string>("user_name") { Description = "The user (user name or id)." };
        var command = new Command("disable", "Disable a user: logins are refused and existing sessions end "
            + "(the server refuses any session of an inactive user). Records they own are kept. "
            + "The last active admin cannot be disabled.\n"
            + "Example: crm users disable bob")
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

        // Saving the Inactive status ends the user's sessions, cached and stored (Core.Records.Rules.UsersRules).
        core.UserAdmin.Disable(user.Id);
        context.Output.WriteLine($"Disabled user '{user["user_name"]}'; their sessions are ended.");
        return ExitCode.Ok;
    }
}
