using CrmIntegration.Core.Conversion;
using CrmIntegration.Core.Records;
using CrmIntegration.Core.Records.Rules;
using CrmIntegration.Core.Relationships;
using CrmIntegration.Core.Security;
using CrmIntegration.Core.Tests.Infrastructure;
using CrmIntegration.Core.Tests.Matching.Merge;

namespace CrmIntegration.Core.Tests.Conversion;

/// <summary>A conversion that fails at any of its writes leaves the store exactly as it was.</summary>
public sealed class ConversionRollbackTests : IDisposable
{
    private readonly TestCore _test = new();

    [Fact]
    public void Convert_FailingAtEveryWriteInTurn_LeavesTheStoreAsBefore()
    {
        var core = _test.Core;
        var owner = core.AddUser("sales", UserRole.User);
        var lead = core.AddRichLead(owner);
        core.AddActivities(owner, lead);
        var request = new LeadConversionRequest(lead.Id) { CreateOpportunity = true, DateClosed = "2026-06-30" };
        var before = StoreSnapshot.Take(core.Store, core.Registry);
        var auditBefore = core.Store.GetAudit("Leads", lead.Id).Count;

        var failAt = 1;
        for (; ; failAt++)
        {
            var store = new FailingStore(core.Store, failAt);
            try
            {
                Conversion(core, store).Convert(owner, request);
                break;
            }
            catch (IOException)
            {
                StoreSnapshot.AssertEqual(before, StoreSnapshot.Take(core.Store, core.Registry), $"failure at write {failAt}");
                Assert.Equal(auditBefore, core.Store.GetAudit("Leads", lead.Id).Count);
            }
        }

        // Account, contact, opportunity, its contact row, four activities, the lead and its audit at least.
        Assert.True(failAt > 10, $"the conversion wrote only {failAt - 1} times");
        Assert.Equal("Converted", core.Store.Get("Leads", lead.Id)!["status"]);
    }

    /// <summary>The core's services, but over the failing store.</summary>
    private static LeadConversion Conversion(CrmCore core, FailingStore store)
    {
        var records = new RecordService(store, core.Registry, core.Access, [new OpportunitiesRules()], core.Clock);
        var relationships = new RelationshipService(store, core.Registry, records, core.Access, core.Clock);
        return new LeadConversion(store, core.Registry, records, relationships, core.Access, core.Duplicates);
    }

    public void Dispose() => _test.Dispose();
}
