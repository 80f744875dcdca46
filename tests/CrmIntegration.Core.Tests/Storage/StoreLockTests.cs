using CrmIntegration.Core.Errors;
using CrmIntegration.Core.Tests.Infrastructure;

namespace CrmIntegration.Core.Tests.Storage;

public sealed class StoreLockTests : IDisposable
{
    private readonly TempDatabase _database = new();

    public void Dispose() => _database.Dispose();

    [Fact]
    public void SecondOpen_WhileOpen_Fails90NamingTheHolder()
    {
        using var first = _database.OpenStore();

        var error = CrmAssert.Fails(CrmErrorCode.ResourceManagementError, () => _database.OpenStore());

        Assert.Contains($"pid {Environment.ProcessId}", error.Message);
        Assert.Contains(_database.FilePath, error.Message);
        Assert.Equal("Resource Management Error", error.Name);
    }

    [Fact]
    public void SecondCore_WhileOpen_Fails90()
    {
        using var first = _database.OpenCore();

        CrmAssert.Fails(CrmErrorCode.ResourceManagementError, () => _database.OpenCore());
    }

    [Fact]
    public void Dispose_ReleasesTheLock_AndRemovesTheHolderNote()
    {
        var holder = _database.FilePath + ".holder";
        var lead = StoreRecords.Lead("Bùi");
        using (var first = _database.OpenStore())
        {
            Assert.True(File.Exists(holder));
            first.Insert(lead);
        }

        Assert.False(File.Exists(holder));
        using var second = _database.OpenStore();
        Assert.NotNull(second.Get("Leads", lead.Id));
    }

    [Fact]
    public void FailedSecondOpen_LeavesTheFirstHolderWorking()
    {
        using var first = _database.OpenStore();
        CrmAssert.Fails(CrmErrorCode.ResourceManagementError, () => _database.OpenStore());

        first.Insert(StoreRecords.Lead("Still mine"));

        Assert.Equal(1, first.Count("Leads"));
        Assert.True(File.Exists(_database.FilePath + ".holder"));
    }
}
