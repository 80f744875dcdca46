using System.CommandLine;
using CrmIntegration.Cli.CommandLine.Dedupe;
using CrmIntegration.Cli.CommandLine.Output;
using CrmIntegration.Core.Duplicates;
using CrmIntegration.Core.Matching;

namespace CrmIntegration.Cli.CommandLine.Commands;

/// <summary><c>crm dedupe find</c>: prints the duplicate groups of a module and saves them for <c>merge --group</c>.</summary>
internal static class DedupeFindCommand
{
    public static Command Create(CliEnvironment environment, CommonOptions common)
    {
        var module = new Argument<string>("module") { Description = "Leads, Contacts, Prospects or Accounts." };
        var matching = new MatchingCommandOptions();
        var format = OutputFormat.Create(OutputFormat.Table, OutputFormat.Csv, OutputFormat.Json);
        var output = new Option<string?>("--out") { Description = "Write the report to this file instead of standard output.", HelpName = "FILE" };
        var command = new Command("find", "Print the groups of duplicate records in a module, numbered from 1, largest first, "
            + "each member with its score and the rule that matched it. Leads are also checked against existing Contacts "
            + "and Accounts: a lead that is already a customer is listed with the records it duplicates. The groups are "
            + "saved beside the database, so 'crm dedupe merge <module> --group N' merges exactly group N of this run. "
            + "A summary goes to stderr; on a terminal, so does a progress bar. Changes no record.\n"
            + "Example: crm dedupe find Leads --format csv --out lead-duplicates.csv\n"
            + "Example: crm dedupe find Leads --rule fuzzy --threshold 11")
        {
            module, format, output,
        };
        matching.AddTo(command);
        command.SetHandler(environment, common, (parseResult, context) => Task.FromResult(Run(context, new FindArgs(
            parseResult.GetRequiredValue(module),
            matching.Read(parseResult),
            parseResult.GetValue(format) ?? OutputFormat.Table,
            parseResult.GetValue(output)))));
        return command;
    }

    internal sealed record FindArgs(string Module, MatchingChoice Matching, string Format = OutputFormat.Table, string? OutFile = null);

    internal static ExitCode Run(CommandContext context, FindArgs args)
    {
        DuplicateSearchResult result;
        DuplicateReport report;
        using (var database = DatabaseAccess.OpenExisting(context))
        {
            var core = database.Core;
            result = DuplicateSearching.Run(core, context, args.Module, args.Matching);
            report = DuplicateReport.Build(core, result);
        }

        if (args.OutFile is null)
        {
            report.Write(context, args.Format);
        }
        else
        {
            WriteFile(context, report, args);
        }

        context.Error.WriteLine(DuplicateSearching.Summary(result)
            + (args.OutFile is null ? "" : $" Written to {args.OutFile}."));
        return ExitCode.Ok;
    }

    private static void WriteFile(CommandContext context, DuplicateReport report, FindArgs args)
    {
        try
        {
            using var file = new StreamWriter(Path.GetFullPath(args.OutFile!));
            report.Write(context with { Output = file, OutputIsTerminal = false }, args.Format);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliException(ExitCode.Usage, $"--out {args.OutFile}: {e.Message}");
        }
    }
}
