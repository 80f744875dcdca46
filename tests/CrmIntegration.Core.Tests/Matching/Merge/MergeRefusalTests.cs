using CrmIntegration.Core.Errors;
using CrmIntegration.Core.Matching.Merge;
using CrmIntegration.Core.Tests.Infrastructure;
using static CrmIntegration.Core.Tests.Matching.Merge.MergeTestData;

namespace CrmIntegration.Core.Tests.Matching.Merge;

public sealed class MergeRefusalTests : IDisposable
{
    private readonly TestCore _test = new();

    public MergeRefusalTests()
    {
        A = Core.Add("Leads", ("last_name", "Một")).Id;
        B = Core.Add("Leads", ("last_name", "Hai")).Id;
    }

    private CrmCore Core => _test.Core;

    private string A { get; }

    private string B { get; }

    public void Dispose() => _test.Dispose();

    [Fact]
    public void OneId_IsRefused() =>
        Assert.Contains("at least 2", Refused(new MergeRequest("Leads", [A])));

    [Fact]
    public void ARepeatedId_IsRefusedNamingIt() =>
        Assert.Contains(A, Refused(new MergeRequest("Leads", [A, B, A])));

    [Fact]
    public void AnUnknownId_IsRefusedNamingIt() =>
        Assert.Contains("no-such-lead", Refused(new MergeRequest("Leads", [A, "no-such-lead"])));

    [Fact]
    public void AMasterOutsideTheGroup_IsRefused() =>
        Assert.Contains("not one of the merged records", Refused(new MergeRequest("Leads", [A, B], "elsewhere")));

    [Fact]
    public void IdsOfAnotherModule_AreRefusedNamingTheModule()
    {
        var contact = Core.Add("Contacts").Id;

        Assert.Contains($"{contact} (Contacts)", Refused(new MergeRequest("Leads", [A, contact])));
    }

    [Fact]
    public void AnAlreadyMergedRecord_IsRefusedNamingItsMaster()
    {
        var c = Core.Add("Leads", ("last_name", "Ba")).Id;
        Core.Merges.Merge(Admin, new MergeRequest("Leads", [A, B], A));

        Assert.Contains($"{B} was already merged into {A}", Refused(new MergeRequest("Leads", [B, c])));
    }

    [Fact]
    public void ADeletedRecord_IsRefused()
    {
        Core.Change(Admin, Core.Store.Get("Leads", B)!, ("deleted", "1"));

        Assert.Contains($"{B} is deleted", Refused(new MergeRequest("Leads", [A, B])));
    }

    [Fact]
    public void AModuleWithoutMergedInto_IsRefused()
    {
        var one = Core.Add("Cases").Id;
        var two = Core.Add("Cases").Id;

        Assert.Contains("Cases records cannot be merged", Refused(new MergeRequest("Cases", [one, two])));
    }

    [Fact]
    public void AUserWhoCannotEditEveryRecord_IsDenied_AndNothingChanges()
    {
        var owner = Core.AddUser("owner");
        var other = Core.AddUser("other");
        var own = Core.AddLead(other, "Của tôi").Id;
        var foreign = Core.AddLead(owner, "Không phải của tôi").Id;
        var before = StoreSnapshot.Take(Core.Store, Core.Registry);

        var error = CrmAssert.Fails(CrmErrorCode.AccessDenied, () => Core.Merges.Merge(other, new MergeRequest("Leads", [own, foreign])));

        Assert.Contains(foreign, error.Message);
        StoreSnapshot.AssertEqual(before, StoreSnapshot.Take(Core.Store, Core.Registry), "after a denied merge");
    }

    [Fact]
    public void AFailedMerge_WritesNothing()
    {
        var before = StoreSnapshot.Take(Core.Store, Core.Registry);

        Refused(new MergeRequest("Leads", [A, B, "missing"]));

        StoreSnapshot.AssertEqual(before, StoreSnapshot.Take(Core.Store, Core.Registry), "after a refused merge");
        Assert.Empty(Core.Merges.List());
    }

    private string Refused(MergeRequest request) =>
        CrmAssert.Fails(CrmErrorCode.InvalidData, () => Core.Merges.Merge(Admin, request)).Message;
}
