namespace CrmIntegration.Cli;

/// <summary>
/// An anticipated error the user can fix (a missing database, an unknown user name, conflicting
/// options). It is printed as one line, <c>crm: message</c>, on stderr, without a stack trace, and
/// ends the process with <see cref="ExitCode"/>. Anything unexpected must not use this type: it is
/// printed in full so that it can be reported.
/// </summary>
public sealed class CliException(ExitCode exitCode, string message) : Exception(message)
{
    public ExitCode ExitCode { get; } = exitCode;
}
