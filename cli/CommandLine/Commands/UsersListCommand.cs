using System.CommandLine;
using System.Globalization;
using CrmIntegration.Cli.CommandLine.Output;
using CrmIntegration.Core.Records;

namespace CrmIntegration.Cli.CommandLine.Commands;

/// <summary><c>crm users list</c>: every user that is not deleted, disabled ones included.</summary>
internal static class UsersListCommand
{
    private static readonly string[] Headers = ["user_name", "name", "email", "role", "status", "reports_to", "locked_until"];

    public static Command Create(CliEnvironment environment, CommonOptions common)
    {
        var format = OutputFormat.Create(OutputFormat.Table, OutputFormat.Csv, OutputFormat.Json);
        var command = new Command("list", "List users with name, email, role, status (Active/Inactive), the user name "
            + "they report to, and until when a lockout from failed logins lasts.\n"
            + "Example: crm users list --format csv > users.csv")
        {
            format,
        };
        command.SetHandler(environment, common, (parseResult, context) =>
            Task.FromResult(Run(context, parseResult.GetValue(format) ?? OutputFormat.Table)));
        return command;
    }

    /// <summary>One listed user; also the JSON shape (snake_case).</summary>
    internal sealed record UserRow(string Id, string UserName, string Name, string Email, string Role, string Status,
        string? ReportsTo, bool Locked, string? LockedUntil);

    internal static ExitCode Run(CommandContext context, string format)
    {
        List<UserRow> rows;
        using (var database = DatabaseAccess.OpenExisting(context))
        {
            var core = database.Core;
            var users = core.UserAdmin.List();
            var namesById = users.ToDictionary(u => u.Id, u => u["user_name"] ?? u.Id, StringComparer.Ordinal);
            var now = context.Clock.GetUtcNow();
            rows = users.Select(u => ToRow(u, namesById, now)).ToList();
        }

        switch (format)
        {
            case OutputFormat.Json:
                JsonOutput.Write(context.Output, rows);
                break;
            case OutputFormat.Csv:
                CsvOutput.Write(context.Output, ["id", .. Headers], rows.Select(r => (IReadOnlyList<string>)[r.Id, .. Cells(r)]));
                break;
            default:
                TableOutput.Write(context, Headers, rows.Select(Cells));
                break;
        }

        return ExitCode.Ok;
    }

    private static IReadOnlyList<string> Cells(UserRow r) =>
        [r.UserName, r.Name, r.Email, r.Role, r.Status, r.ReportsTo ?? "", r.LockedUntil ?? ""];

    private static UserRow ToRow(CrmRecord user, Dictionary<string, string> namesById, DateTimeOffset now)
    {
        var managerId = user["reports_to_id"];
        var lockedUntil = LockedUntil(user, now);
        return new UserRow(
            user.Id,
            user["user_name"] ?? "",
            string.Join(' ', new[] { user["first_name"], user["last_name"] }.Where(n => !string.IsNullOrWhiteSpace(n))),
            user["email1"] ?? "",
            user["role"] ?? "",
            user["status"] ?? "Active",
            string.IsNullOrEmpty(managerId) ? null : namesById.GetValueOrDefault(managerId, managerId),
            lockedUntil is not null,
            lockedUntil);
    }

    /// <summary>The lockout end (UTC, CRM format) while it lies in the future, else null.</summary>
    private static string? LockedUntil(CrmRecord user, DateTimeOffset now) =>
        DateTime.TryParseExact(user["locked_until"], CrmFormats.DateTime, CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var until)
        && until > now.UtcDateTime
            ? user["locked_until"]
            : null;
}
