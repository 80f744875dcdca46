using CrmIntegration.Core.Configuration;

namespace CrmIntegration.Cli.CommandLine.HandOff;

/// <summary>
/// The server's side of a hand-off: runs a <c>crm</c> command line with the same command tree as the
/// <c>crm</c> process would, over the server's open core instead of the database file, writing to the
/// given writers (which carry the text back to the caller). Returns the exit code.
/// </summary>
public static class HostedCommands
{
    public static Task<int> RunAsync(HandOffRequest request, HostedDatabase database, TextWriter output, TextWriter error,
        TimeProvider clock, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(database);
        var environment = new CliEnvironment(
            new StringReader(request.Input ?? ""),
            output,
            error,
            request.OutputIsTerminal,
            clock,
            HandleTermination: false,
            request.ErrorIsTerminal,
            CrmConfiguration.ProcessEnvironment(),
            request.Arguments,
            request.WorkingDirectory,
            InputIsTerminal: false,
            database,
            request.Terminal);
        return CrmCommandLine.InvokeAsync([.. request.Arguments], environment, cancellation);
    }
}
