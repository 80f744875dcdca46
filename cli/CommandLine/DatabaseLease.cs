using CrmIntegration.Core;

namespace CrmIntegration.Cli.CommandLine;

/// <summary>
/// The core a command works with: opened by this process (disposing closes the store and releases
/// the database lock), or lent by the server that holds the database (disposing leaves it open).
/// </summary>
internal sealed class DatabaseLease(CrmCore core, bool owned) : IDisposable
{
    public CrmCore Core { get; } = core;

    public void Dispose()
    {
        if (owned)
        {
            Core.Dispose();
        }
    }
}
