using CrmIntegration.Core.Mail;
using CrmIntegration.Core.Security;

namespace CrmIntegration.Core.Tests.Infrastructure;

/// <summary>
/// A <see cref="CrmCore"/> over a fresh database file with a manual clock: the usual starting point
/// of a service-level test. <see cref="Reopen"/> simulates a restart on the same file.
/// </summary>
public sealed class TestCore : IDisposable
{
    private readonly TempDatabase _database = new();

    private readonly Action<CrmCoreOptions>? _configure;

    public TestCore(SecurityOptions? security = null, MailOptions? mail = null, Action<CrmCoreOptions>? configure = null)
    {
        Security = security ?? new SecurityOptions();
        Mail = mail ?? new MailOptions();
        _configure = configure;
        Core = _database.OpenCore(Clock, Security, Mail, configure);
    }

    public MailOptions Mail { get; }

    public ManualClock Clock { get; } = new();

    public SecurityOptions Security { get; }

    public CrmCore Core { get; private set; }

    public TempDatabase Database => _database;

    public void Reopen()
    {
        Core.Dispose();
        Core = _database.OpenCore(Clock, Security, Mail, _configure);
    }

    public void Dispose()
    {
        Core.Dispose();
        _database.Dispose();
    }
}
