using System.CommandLine;
using CrmIntegration.Cli.CommandLine.HandOff;
using CrmIntegration.Core.Errors;

namespace CrmIntegration.Cli.CommandLine;

/// <summary>
/// Runs a command's handler and is the one place that turns errors into exit codes: anticipated
/// ones (<see cref="CliException"/>, core's <see cref="CrmException"/>) become one stderr line
/// <c>crm: message</c>; anything else is printed with its stack trace and exits with
/// <see cref="ExitCode.Failure"/>. It is also where a command is handed to the server that holds
/// the database (<see cref="ServerHandOff"/>) instead of running here.
/// </summary>
internal static class CommandExecution
{
    /// <param name="handOff">
    /// False for the few commands that must run in this process whatever holds the database (showing
    /// this process's configuration, restoring a backup over the file).
    /// </param>
    public static void SetHandler(this Command command, CliEnvironment environment, CommonOptions common,
        Func<ParseResult, CommandContext, Task<ExitCode>> handler, bool handOff = true) =>
        command.SetAction(async (parseResult, cancellation) =>
        {
            var context = new CommandContext(
                parseResult.GetValue(common.Database) ?? "",
                environment.Input,
                parseResult.InvocationConfiguration.Output,
                parseResult.InvocationConfiguration.Error,
                environment.OutputIsTerminal,
                environment.Clock,
                cancellation,
                environment.ErrorIsTerminal,
                environment.Variables,
                WorkingDirectory: environment.WorkingDirectory,
                InputIsTerminal: environment.InputIsTerminal,
                Hosted: environment.Hosted,
                Terminal: environment.Terminal);
            return (int)await RunAsync(context, () =>
            {
                if (!handOff && (environment.Hosted is not null || parseResult.GetValue(common.Server) is not null))
                {
                    throw new CliException(ExitCode.Usage,
                        $"'{CommandPath(parseResult)}' runs only on the machine where crm is typed, never on a server; leave out --server");
                }

                // Inside the server that holds the database: its file and its settings.
                if (environment.Hosted is { } hosted)
                {
                    return handler(parseResult, context with { DatabasePath = hosted.DatabasePath, Settings = hosted.Settings });
                }

                // --server: the settings are that server's; this machine's are not read.
                if (parseResult.GetValue(common.Server) is not null)
                {
                    return HandOffAsync(ServerHandOff.Find(parseResult, common, context)!, environment, context);
                }

                // Read inside RunAsync, so that a bad setting is one line and exit code 11 like any refusal.
                var settings = CliSettings.Load(parseResult, common, environment.Variables);
                var local = context with { DatabasePath = settings.Storage.Path, Settings = settings };
                return handOff && ServerHandOff.Find(parseResult, common, local) is { } target
                    ? HandOffAsync(target, environment, local)
                    : handler(parseResult, local);
            });
        });

    /// <summary>"db restore" for <c>crm db restore …</c>.</summary>
    private static string CommandPath(ParseResult parseResult)
    {
        var names = new List<string>();
        for (var result = parseResult.CommandResult; result.Parent is System.CommandLine.Parsing.CommandResult parent; result = parent)
        {
            names.Insert(0, result.Command.Name);
        }

        return string.Join(' ', names);
    }

    private static async Task<ExitCode> HandOffAsync(HandOffTarget target, CliEnvironment environment, CommandContext context)
    {
        var arguments = environment.Arguments ?? [];
        // From a pipe, all of it; typed at a terminal, the one line the command would read there.
        var input = !ServerHandOff.ReadsInput(arguments) ? null
            : context.InputIsTerminal ? await context.Input.ReadLineAsync(context.Cancellation) + "\n"
            : await context.Input.ReadToEndAsync(context.Cancellation);
        var request = new HandOffRequest(arguments, context.WorkingDirectory ?? Environment.CurrentDirectory, input,
            context.OutputIsTerminal, context.ErrorIsTerminal, context.Terminal);
        return await HandOffClient.RunAsync(target, request, context);
    }

    public static async Task<ExitCode> RunAsync(CommandContext context, Func<Task<ExitCode>> handler)
    {
        try
        {
            return await handler();
        }
        catch (CliException e)
        {
            return Report(context.Error, e.ExitCode, e.Message);
        }
        catch (CrmException e)
        {
            return Report(context.Error, ExitCodeOf(e.Code), e.Message);
        }
        catch (OperationCanceledException) when (context.Cancellation.IsCancellationRequested)
        {
            return Report(context.Error, ExitCode.Cancelled, "cancelled");
        }
        catch (Exception e)
        {
            await context.Error.WriteLineAsync($"crm: unexpected error: {e}");
            return ExitCode.Failure;
        }
    }

    /// <summary>Core's error numbers (SugarCRM's) to exit codes.</summary>
    public static ExitCode ExitCodeOf(CrmErrorCode code) => code switch
    {
        CrmErrorCode.ResourceManagementError => ExitCode.DatabaseInUse,
        CrmErrorCode.InvalidData or CrmErrorCode.DuplicateRecords => ExitCode.InvalidData,
        CrmErrorCode.NoRecords or CrmErrorCode.ModuleDoesNotExist or CrmErrorCode.RelationshipNotSupported => ExitCode.NotFound,
        CrmErrorCode.AccessDenied => ExitCode.AccessDenied,
        CrmErrorCode.BadConfiguration => ExitCode.BadConfiguration,
        CrmErrorCode.NotADatabase => ExitCode.NotADatabase,
        CrmErrorCode.DatabaseUnreachable => ExitCode.DatabaseUnreachable,
        _ => ExitCode.Failure,
    };

    private static ExitCode Report(TextWriter error, ExitCode code, string message)
    {
        // One line, whatever the message holds, so scripts can log it as one entry.
        error.WriteLine("crm: " + message.ReplaceLineEndings(" ").Trim());
        return code;
    }
}
