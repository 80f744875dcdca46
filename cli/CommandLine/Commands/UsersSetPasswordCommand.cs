using System.CommandLine;

namespace CrmIntegration.Cli.CommandLine.Commands;

/// <summary><c>crm users set-password</c>: a new password, which also lifts a login lockout.</summary>
internal static class UsersSetPasswordCommand
{
    public static Command Create(CliEnvironment environment, CommonOptions common)
    {
        var userName = new Argument<string>("user_name") { Description = "The user (user name or id)." };
        var password = new PasswordOptions();
        var command = new Command("set-password", "Set a user's password and clear any lockout from failed logins. "
            + "Without --password or --password-stdin a strong password is generated and printed once.\n"
            + "Example: printf '%s\\n' \"$NEW_PASSWORD\" | crm users set-password alice --password-stdin")
        {
            userName,
        };
        password.AddTo(command);
        command.SetHandler(environment, common, async (parseResult, context) =>
            Run(context, parseResult.GetRequiredValue(userName), await password.ReadAsync(parseResult, context)));
        return command;
    }

    internal static ExitCode Run(CommandContext context, string userName, string? password)
    {
        var generated = password is null ? PasswordOptions.Generate() : null;
        using var database = DatabaseAccess.OpenExisting(context);
        var core = database.Core;
        var user = UserLookup.Require(core, userName);
        context.Cancellation.ThrowIfCancellationRequested();
        core.UserAdmin.SetPassword(user.Id, password ?? generated!);
        context.Output.WriteLine($"Password of '{user["user_name"]}' changed; lockout cleared.");
        if (generated is not null)
        {
            PasswordOptions.ShowGenerated(context, user["user_name"] ?? userName, generated);
        }

        return ExitCode.Ok;
    }
}
