using CrmIntegration.Core.Mail;
using CrmIntegration.Core.Modules;
using CrmIntegration.Core.Security;
using CrmIntegration.Core.Storage.LiteDb;

namespace CrmIntegration.Core.Tests.Infrastructure;

/// <summary>
/// A real LiteDB file in its own temporary directory, removed on dispose. Open it as a bare store
/// or as a whole <see cref="CrmCore"/>, as many times as a test needs (reopen = restart).
/// </summary>
public sealed class TempDatabase : IDisposable
{
    public TempDatabase()
    {
        Directory.CreateDirectory(DirectoryPath);
    }

    public string DirectoryPath { get; } = Path.Combine(Path.GetTempPath(), "crm-core-tests-" + Guid.NewGuid().ToString("N"));

    public string FilePath => Path.Combine(DirectoryPath, CrmCoreOptions.DatabaseFileName);

    public LiteDbCrmStore OpenStore() => LiteDbCrmStore.OpenFile(FilePath, ModuleRegistry.Default);

    public CrmCore OpenCore(TimeProvider? clock = null, SecurityOptions? security = null, MailOptions? mail = null, Action<CrmCoreOptions>? configure = null)
    {
        var options = new CrmCoreOptions { DatabasePath = FilePath, Security = security ?? new SecurityOptions(), Mail = mail ?? new MailOptions() };
        configure?.Invoke(options);
        return CrmCore.Open(options, clock);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(DirectoryPath, recursive: true);
        }
        catch (IOException)
        {
            // A test that failed may still hold a file open; the temp directory is not worth a second failure.
        }
    }
}
