using System.CommandLine;
using CrmIntegration.Core.Errors;

namespace CrmIntegration.Cli.CommandLine;

/// <summary>
/// Runs a command's handler and is the one place that turns errors into exit codes: anticipated
/// ones (<see cref="CliException"/>, core's <see cref="CrmException"/>) become one stderr line
/// <c>crm: message</c>; anything else is printed with its stack trace and exits with
/// <see cref="ExitCode.Failure"/>.
/// </summary>
internal static class CommandExecution
{
    public static void SetHandler(this Command command, CliEnvironment environment, CommonOptions common,
        Func<ParseResult, CommandContext, Task<ExitCode>> handler) =>
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
                environment.Variables);
            return (int)await RunAsync(context, () =>
            {
                // Read inside RunAsync, so that a bad setting is one line and exit code 11 like any refusal.
                var settings = CliSettings.Load(parseResult, common, environment.Variables);
                return handler(parseResult, context with { DatabasePath = settings.Storage.Path, Settings = settings });
            });
        });

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
        _ => ExitCode.Failure,
    };

    private static ExitCode Report(TextWriter error, ExitCode code, string message)
    {
        // One line, whatever the message holds, so scripts can log it as one entry.
        error.WriteLine("crm: " + message.ReplaceLineEndings(" ").Trim());
        return code;
    }
}
