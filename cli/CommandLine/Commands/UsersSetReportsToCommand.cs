using System.CommandLine;

namespace CrmIntegration.Cli.CommandLine.Commands;

/// <summary><c>crm users set-reports-to</c>: who a user's manager is (the chain that may edit their records).</summary>
internal static class UsersSetReportsToCommand
{
    public static Command Create(CliEnvironment environment, CommonOptions common)
    {
        var userName = new Argument<string>("user_name") { Description = "The user (user name or id)." };
        var manager = new Argument<string?>("manager")
        {
            Description = "The manager's user name; omit it together with --none to clear.",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var none = new Option<bool>("--none") { Description = "Clear the manager: the user reports to nobody." };
        var command = new Command("set-reports-to", "Set the manager a user reports to; managers up the chain may "
            + "edit the records the user owns. Reporting cycles are refused.\n"
            + "Example: crm users set-reports-to bob alice   (or: crm users set-reports-to bob --none)")
        {
            userName, manager, none,
        };
        command.Validators.Add(result =>
        {
            var hasManager = result.GetValue(manager) is not null;
            if (hasManager == result.GetValue(none))
            {
                result.AddError("give either a manager's user name or --none");
            }
        });
        command.SetHandler(environment, common, (parseResult, context) => Task.FromResult(
            Run(context, parseResult.GetRequiredValue(userName), parseResult.GetValue(manager))));
        return command;
    }

    internal static ExitCode Run(CommandContext context, string userName, string? managerName)
    {
        using var database = DatabaseAccess.OpenExisting(context);
        var core = database.Core;
        var user = UserLookup.Require(core, userName);
        var manager = managerName is null ? null : UserLookup.Require(core, managerName, "manager");
        context.Cancellation.ThrowIfCancellationRequested();
        core.UserAdmin.SetReportsTo(user.Id, manager?.Id);
        context.Output.WriteLine(manager is null
            ? $"User '{user["user_name"]}' now reports to nobody."
            : $"User '{user["user_name"]}' now reports to '{manager["user_name"]}'.");
        return ExitCode.Ok;
    }
}
