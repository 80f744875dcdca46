using System.CommandLine;
using System.Globalization;
using CrmIntegration.Cli.CommandLine.Output;
using CrmIntegration.Core.Mail;
using CrmIntegration.Core.Records;

namespace CrmIntegration.Cli.CommandLine.Commands;

/// <summary><c>crm mail list</c>: the queue, newest first, with each mail's delivery log in JSON.</summary>
internal static class MailListCommand
{
    private static readonly string[] Headers = ["id", "status", "created", "to", "subject", "attempts", "next_or_sent", "last_error"];
    private static readonly string[] Statuses = Enum.GetNames<MailStatus>().Select(s => s.ToLowerInvariant()).ToArray();

    public static Command Create(CliEnvironment environment, CommonOptions common)
    {
        var format = OutputFormat.Create(OutputFormat.Table, OutputFormat.Csv, OutputFormat.Json);
        var status = new Option<string?>("--status")
        {
            Description = "Only mail in this state: " + string.Join(", ", Statuses) + ".",
            HelpName = string.Join('|', Statuses),
        };
        status.AcceptOnlyFromAmong(Statuses);
        var limit = new Option<int>("--limit") { Description = "At most this many, newest first.", DefaultValueFactory = _ => 100 };
        var command = new Command("list", "List queued, sent, failed and skipped notification mail, newest first: recipient, "
            + "subject, attempts, next attempt (or when sent) and the last error. --format json adds each mail's delivery log "
            + "(every attempt with its time and SMTP response).\n"
            + "Example: crm mail list --status failed")
        {
            status,
            limit,
            format,
        };
        command.SetHandler(environment, common, (parseResult, context) => Task.FromResult(Run(context,
            parseResult.GetValue(status), parseResult.GetValue(limit), parseResult.GetValue(format) ?? OutputFormat.Table)));
        return command;
    }

    /// <summary>One listed mail; also the JSON shape (snake_case).</summary>
    internal sealed record MailRow(string Id, string Status, string Created, string To, string Subject, int Attempts,
        string? NextAttempt, string? Sent, string? LastError, string Module, string RecordId, string MessageId, IReadOnlyList<LogRow> Log);

    internal sealed record LogRow(string Time, string? AttemptId, string Outcome, string Detail);

    internal static ExitCode Run(CommandContext context, string? status, int limit, string format)
    {
        if (limit < 1)
        {
            throw new CliException(ExitCode.Usage, "--limit must be at least 1");
        }

        List<MailRow> rows;
        using (var database = DatabaseAccess.OpenExisting(context))
        {
            var core = database.Core;
            var wanted = status is null ? (MailStatus?)null : Enum.Parse<MailStatus>(status, ignoreCase: true);
            rows = core.Store.ListMail(wanted, limit).Select(ToRow).ToList();
        }

        ListOutput.Write(context, format, rows, Headers, Cells);

        return ExitCode.Ok;
    }

    private static IReadOnlyList<string> Cells(MailRow r) =>
        [r.Id, r.Status, r.Created, r.To, r.Subject, r.Attempts.ToString(CultureInfo.InvariantCulture),
            r.Sent ?? (r.Status == "queued" ? r.NextAttempt : null) ?? "", (r.LastError ?? "").ReplaceLineEndings(" ")];

    private static MailRow ToRow(QueuedMail m) => new(
        m.Id,
        m.Status.ToString().ToLowerInvariant(),
        Text(m.CreatedUtc),
        m.To,
        m.Subject,
        m.Attempts,
        Text(m.NextAttemptUtc),
        m.SentUtc is { } sent ? Text(sent) : null,
        m.Status == MailStatus.Skipped ? m.Log.LastOrDefault()?.Detail : m.LastError,
        m.Module,
        m.RecordId,
        m.MessageId,
        m.Log.Select(e => new LogRow(Text(e.TimeUtc), e.AttemptId, e.Outcome, e.Detail)).ToList());

    private static string Text(DateTime utc) => utc.ToString(CrmFormats.DateTime, CultureInfo.InvariantCulture);
}
