using CrmIntegration.Core;
using CrmIntegration.Core.Configuration;

namespace CrmIntegration.Cli.CommandLine;

/// <summary>
/// The database a running server holds open, lent to a command handed to it: the command uses the
/// server's core (its duplicate index, read cache and group commit) and its settings, and never
/// closes the core.
/// </summary>
public sealed record HostedDatabase(CrmCore Core, string DatabasePath, CrmSettings Settings);
