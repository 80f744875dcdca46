using CrmIntegration.Core;

namespace CrmIntegration.Cli.CommandLine;

/// <summary>
/// The database a running server holds open, lent to a command handed to it: the command uses the
/// server's core (its duplicate index, read cache and group commit) and never closes it.
/// </summary>
public sealed record HostedDatabase(CrmCore Core, string DatabasePath);
