using System.CommandLine;
using System.CommandLine.Invocation;
using System.CommandLine.Parsing;
using CrmIntegration.Cli.CommandLine.Commands;

namespace CrmIntegration.Cli.CommandLine;

/// <summary>The <c>crm</c> command tree and its invocation, shared by Program.cs and the tests.</summary>
internal static class CrmCommandLine
{
    public static RootCommand CreateRootCommand(CliEnvironment environment)
    {
        var common = new CommonOptions();
        var root = new RootCommand(
            "crm: administer a CrmIntegration database from the shell (users, duplicates, lead conversion, notification mail, jobs, database facts).\n"
            + "While a server holds the database, commands are handed to it and run there (same output and exit codes).\n"
            + "Settings (the database file, mail, matching) come from the same sources as the server's: 'crm config show' lists them.\n"
            + "Example: crm --db ./data/crm.db users list")
        {
            UsersCommand.Create(environment, common),
            DbCommand.Create(environment, common),
            DedupeCommand.Create(environment, common),
            LeadsCommand.Create(environment, common),
            MailCommand.Create(environment, common),
            ConfigCommand.Create(environment, common),
            JobsCommand.Create(environment, common),
        };
        root.Options.Add(common.Database);
        root.Options.Add(common.Config);
        root.Options.Add(common.Server);
        root.Options.Add(common.User);
        return root;
    }

    /// <summary>Parses and runs; parse errors exit with <see cref="ExitCode.Usage"/> on one stderr line.</summary>
    public static async Task<int> InvokeAsync(string[] args, CliEnvironment environment, CancellationToken cancellation = default)
    {
        environment = environment.Arguments is null ? environment with { Arguments = args } : environment;
        var parseResult = CreateRootCommand(environment).Parse(args);
        if (parseResult.Action is ParseErrorAction)
        {
            var errors = string.Join("; ", parseResult.Errors.Select(e => OneLine(e.Message)));
            await environment.Error.WriteLineAsync($"crm: {errors} (see '{CommandPath(parseResult.CommandResult)} --help')");
            return (int)ExitCode.Usage;
        }

        var configuration = new InvocationConfiguration
        {
            Output = environment.Output,
            Error = environment.Error,
            EnableDefaultExceptionHandler = false,
            ProcessTerminationTimeout = environment.HandleTermination ? CliEnvironment.TerminationGrace : null,
        };
        return await parseResult.InvokeAsync(configuration, cancellation);
    }

    private static string OneLine(string message) =>
        System.Text.RegularExpressions.Regex.Replace(message, @"\s+", " ").Trim();

    private static string CommandPath(CommandResult result)
    {
        var names = new List<string>();
        for (SymbolResult? current = result; current is not null; current = current.Parent)
        {
            if (current is CommandResult command)
            {
                names.Insert(0, command.Command is RootCommand ? "crm" : command.Command.Name);
            }
        }

        return string.Join(' ', names);
    }
}
