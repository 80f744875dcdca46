using System.CommandLine;
using CrmIntegration.Core.Errors;
using CrmIntegration.Core.Security;

namespace CrmIntegration.Cli.CommandLine.Commands;

/// <summary><c>crm users add</c>: creates a user, creating the database (and its directory) when missing.</summary>
internal static class UsersAddCommand
{
    public static Command Create(CliEnvironment environment, CommonOptions common)
    {
        var userName = new Argument<string>("user_name") { Description = "The login name; unique, case-insensitively." };
        var role = new Option<string>("--role")
        {
            Description = "What the user may do: admin (everything), manager (edits what their reports own), "
                + "user (edits own records, reads others), partner (creates leads, reads only its own).",
            HelpName = "admin|manager|user|partner",
            Required = true,
        };
        var firstName = new Option<string?>("--first-name") { Description = "Given name.", HelpName = "NAME" };
        var lastName = new Option<string?>("--last-name") { Description = "Family name (defaults to the user name).", HelpName = "NAME" };
        var email = new Option<string?>("--email") { Description = "Email address.", HelpName = "ADDRESS" };
        var reportsTo = new Option<string?>("--reports-to")
        {
            Description = "The user name of this user's manager (who may then edit this user's records).",
            HelpName = "USER_NAME",
        };
        var password = new PasswordOptions();

        var command = new Command("add", "Add a user. Without --password or --password-stdin a strong password is "
            + "generated and printed once. Creates the database when there is none; its first user must be an admin.\n"
            + "Example: crm users add alice --role manager --first-name Alice --email alice@example.com --password-stdin")
        {
            userName, role, firstName, lastName, email, reportsTo,
        };
        password.AddTo(command);
        command.SetHandler(environment, common, async (parseResult, context) => Run(
            context,
            new NewUser(
                parseResult.GetRequiredValue(userName),
                UserLookup.ParseRole(parseResult.GetValue(role)),
                parseResult.GetValue(firstName),
                parseResult.GetValue(lastName),
                parseResult.GetValue(email),
                parseResult.GetValue(reportsTo)),
            await password.ReadAsync(parseResult, context)));
        return command;
    }

    internal sealed record NewUser(string UserName, UserRole Role, string? FirstName = null, string? LastName = null,
        string? Email = null, string? ReportsTo = null);

    internal static ExitCode Run(CommandContext context, NewUser user, string? password)
    {
        var generated = password is null ? PasswordOptions.Generate() : null;

        // The first user must be an administrator, a rule of the core (Users rules) that refuses it on
        // any path; asked here too only so that no empty database file is left behind for nothing
        // (PostgreSQL has no file: the core's rule decides there).
        if (user.Role != UserRole.Admin && !context.OnPostgreSql && context.Hosted is null && !File.Exists(Path.GetFullPath(context.DatabasePath)))
        {
            throw CrmException.FirstUserMustBeAdmin();
        }

        using var database = DatabaseAccess.OpenOrCreate(context);
        var core = database.Core;
        var managerId = user.ReportsTo is null ? null : UserLookup.Require(core, user.ReportsTo, "manager").Id;

        context.Cancellation.ThrowIfCancellationRequested();
        var record = core.UserAdmin.Add(user.UserName, password ?? generated!, user.Role, user.LastName,
            user.FirstName, user.Email, managerId);
        context.Output.WriteLine($"Added user '{record["user_name"]}' ({user.Role.Key()}), id {record.Id}.");
        if (generated is not null)
        {
            PasswordOptions.ShowGenerated(context, user.UserName, generated);
        }

        return ExitCode.Ok;
    }
}
