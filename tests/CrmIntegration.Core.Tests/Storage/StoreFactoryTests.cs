using CrmIntegration.Core.Errors;
using CrmIntegration.Core.Mail;
using CrmIntegration.Core.Modules;
using CrmIntegration.Core.Storage;
using CrmIntegration.Core.Storage.LiteDb;
using CrmIntegration.Core.Tests.Infrastructure;

namespace CrmIntegration.Core.Tests.Storage;

public sealed class StoreFactoryTests : IDisposable
{
    private readonly TempDatabase _database = new();

    public void Dispose() => _database.Dispose();

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("LiteDb")]
    [InlineData("litedb")]
    public void Provider_LiteDbOrUnset_OpensTheFile(string? provider)
    {
        using (var store = StoreFactory.Open(provider, _database.FilePath, ModuleRegistry.Default))
        {
            Assert.IsType<LiteDbCrmStore>(store);
            store.Insert(new Core.Records.CrmRecord("Leads", new Dictionary<string, string?> { ["id"] = "lead-1", ["last_name"] = "Trần" }));
        }

        using var reopened = StoreFactory.Open(provider, _database.FilePath, ModuleRegistry.Default);
        Assert.Equal("Trần", reopened.Get("Leads", "lead-1")!["last_name"]);
    }

    [Fact]
    public void Provider_Unknown_IsOneLineNamingTheKeyAndTheKnownProviders()
    {
        var error = CrmAssert.Fails(CrmErrorCode.BadConfiguration, () => StoreFactory.Open("Postgres", _database.FilePath, ModuleRegistry.Default));

        Assert.Equal("configuration: Storage:Provider is 'Postgres', which is not a storage provider: use LiteDb or PostgreSql", error.Message);
        Assert.False(File.Exists(_database.FilePath));
        CrmAssert.Fails(CrmErrorCode.BadConfiguration, () => CrmCore.Open(new CrmCoreOptions { StorageProvider = "Postgres", DatabasePath = _database.FilePath }));
    }

    [Fact]
    public void Provider_PostgreSql_WithoutItsAssembly_IsOneLineSayingWhatToInstall()
    {
        // The core's tests do not reference the PostgreSQL store, so its assembly is not beside them.
        Assert.DoesNotContain(AppDomain.CurrentDomain.GetAssemblies(), a => a.GetName().Name == "CrmIntegration.Storage.PostgreSql");

        var error = CrmAssert.Fails(CrmErrorCode.BadConfiguration,
            () => StoreFactory.Open("postgresql", _database.FilePath, ModuleRegistry.Default, connectionString: "postgres://crm@127.0.0.1/crm"));

        Assert.Equal("configuration: Storage:Provider is 'PostgreSql', but CrmIntegration.Storage.PostgreSql.dll is not installed beside this program; "
            + "install the full build, or use Storage:Provider=LiteDb", error.Message);
        Assert.False(File.Exists(_database.FilePath));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(20)]
    [InlineData(8192)]
    public void AFileThatIsNotADatabase_IsRefused_NamingIt_AndLeftUntouched(int length)
    {
        var content = new byte[length];
        new Random(length).NextBytes(content);
        File.WriteAllBytes(_database.FilePath, content);

        var error = CrmAssert.Fails(CrmErrorCode.NotADatabase, () => LiteDbCrmStore.OpenFile(_database.FilePath, ModuleRegistry.Default));

        Assert.Equal($"{_database.FilePath} is not a CrmIntegration (LiteDB 5) database; it was left untouched", error.Message);
        Assert.Equal(content, File.ReadAllBytes(_database.FilePath));

        // The lock is given back: the file can be fixed and opened by the next attempt.
        File.Delete(_database.FilePath);
        using var store = LiteDbCrmStore.OpenFile(_database.FilePath, ModuleRegistry.Default);
        Assert.Equal(0, store.Count("Leads"));
    }

    [Fact]
    public void CoreOverAStoreTheHostOpened_UsesIt_AndClosesItWithTheCore()
    {
        var store = LiteDbCrmStore.OpenFile(_database.FilePath, ModuleRegistry.Default);

        using (var core = CrmCore.Open(store))
        {
            Assert.Same(store, core.Store);
            core.UserAdmin.EnsureFirstAdmin("first-admin-pass-1", out _);
        }

        // Closed with the core: the file's lock is free again.
        using var again = CrmCore.Open(new CrmCoreOptions { DatabasePath = _database.FilePath });
        Assert.Single(again.Store.Scan("Users"));
    }

    [Fact]
    public void CoreOverAStore_WithBadSettings_ClosesTheStore()
    {
        var store = LiteDbCrmStore.OpenFile(_database.FilePath, ModuleRegistry.Default);

        CrmAssert.Fails(CrmErrorCode.BadConfiguration, () => CrmCore.Open(store, new CrmCoreOptions { Mail = new MailOptions { From = "not an address" } }));

        using var again = LiteDbCrmStore.OpenFile(_database.FilePath, ModuleRegistry.Default);
        Assert.Equal(0, again.Count("Users"));
    }

    [Fact]
    public void ClaimLease_NotLongerThanTheSmtpTimeout_IsRefusedNamingBothKeys()
    {
        var options = new MailOptions { ClaimLease = TimeSpan.FromSeconds(30) };

        var error = CrmAssert.Fails(CrmErrorCode.BadConfiguration, options.Validate);

        Assert.Contains("Mail:ClaimLease", error.Message);
        Assert.Contains("Mail:Smtp:Timeout", error.Message);
    }
}
