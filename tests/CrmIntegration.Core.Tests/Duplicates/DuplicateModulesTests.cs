using CrmIntegration.Core.Duplicates;
using CrmIntegration.Core.Errors;
using CrmIntegration.Core.Matching;
using CrmIntegration.Core.Security;
using CrmIntegration.Core.Tests.Infrastructure;

namespace CrmIntegration.Core.Tests.Duplicates;

/// <summary>
/// One list of modules duplicates are matched in, read by crm dedupe find, find_duplicates, intake
/// and the index (three lists disagreed: dedupe searched Prospects, find_duplicates refused them).
/// </summary>
public sealed class DuplicateModulesTests : IDisposable
{
    private readonly TestCore _test = new();
    private readonly CrmUser _rep;

    public DuplicateModulesTests()
    {
        _rep = Core.AddUser("sales");
    }

    private CrmCore Core => _test.Core;

    public void Dispose() => _test.Dispose();

    [Fact]
    public void EveryPath_TakesTheSameModules_AndRefusesTheOthersNamingTheList()
    {
        Assert.Equal(["Leads", "Contacts", "Prospects", "Accounts"], DuplicateModules.All);
        foreach (var module in DuplicateModules.All)
        {
            Assert.Equal(module, Core.DuplicateSearch.RequireSearchable(module.ToLowerInvariant()));
            Assert.Empty(Core.Duplicates.Check(_rep, module, Builders.Values(("name", "Không Ai"), ("last_name", "Không Ai"))));
        }

        var search = CrmAssert.Fails(CrmErrorCode.InvalidData, () => Core.DuplicateSearch.RequireSearchable("Opportunities"));
        var check = CrmAssert.Fails(CrmErrorCode.ModuleNotSupported, () => Core.Duplicates.Check(_rep, "Opportunities", Builders.Values(("name", "x"))));
        Assert.Contains("Leads, Contacts, Prospects, Accounts", search.Message);
        Assert.Contains("Leads, Contacts, Prospects, Accounts", check.Message);
    }

    [Fact]
    public void ATarget_IsComparedWithEverything_ButNothingIsComparedWithTargets()
    {
        var lead = Core.AddLead(_rep, "Nguyễn", ("email1", "nhung@hoasen.vn"));
        var target = Core.Records.Save(_rep, "Prospects", Builders.Values(("last_name", "Nguyen"), ("email1", "NHUNG@hoasen.vn")));

        var forATarget = Core.Duplicates.Check(_rep, "Prospects", Builders.Values(("last_name", "Nguyễn"), ("email1", "nhung@hoasen.vn")));
        var forALead = Core.Duplicates.Check(_rep, "Leads", Builders.Values(("last_name", "Nguyễn"), ("email1", "nhung@hoasen.vn")));

        Assert.Equal(new[] { ("Leads", lead.Id), ("Prospects", target.Id) }.Order(), forATarget.Select(m => (m.Module, m.Id)).Order());
        Assert.Equal([("Leads", lead.Id)], forALead.Select(m => (m.Module, m.Id)));
    }

    [Fact]
    public void ABoughtListSharingAKey_DoesNotCrowdLeadChecksOutOfTheirBlock()
    {
        // More targets with one address than a block may hold (MaxBlockSize 64): were they in the
        // leads' index, the address's block would be skipped and the lead no longer found by it.
        var lead = Core.AddLead(_rep, "Nguyễn", ("email1", "info@hoasen.vn"));
        Core.Duplicates.Warm();
        for (var i = 0; i < new MatchingOptions().MaxBlockSize + 6; i++)
        {
            Core.Records.Save(_rep, "Prospects", Builders.Values(("last_name", $"Khách {i}"), ("email1", "info@hoasen.vn")));
        }

        var matches = Core.Duplicates.Check(_rep, "Leads", Builders.Values(("last_name", "Trần"), ("email1", "INFO@hoasen.vn")));

        Assert.Equal([("Leads", lead.Id, "email")], matches.Select(m => (m.Module, m.Id, m.Rule)));
    }

    [Fact]
    public void OnlyProspects_AreTargets()
    {
        Assert.Equal(["Prospects"], DuplicateModules.All.Where(DuplicateModules.IsTargets));
        Assert.True(DuplicateModules.IsTargets("prospects"));
    }
}
