using CrmIntegration.Core.Conversion;
using CrmIntegration.Core.Duplicates;
using CrmIntegration.Core.Errors;
using CrmIntegration.Core.Intake;
using CrmIntegration.Core.Matching;
using CrmIntegration.Core.Matching.Merge;
using CrmIntegration.Core.Records;
using CrmIntegration.Core.Security;
using CrmIntegration.Core.Tests.Conversion;
using CrmIntegration.Core.Tests.Infrastructure;

namespace CrmIntegration.Core.Tests.Duplicates;

/// <summary>
/// Regression (issue 11): <c>crm dedupe find Leads</c> reported every converted lead as a duplicate
/// of the contact and account it became, and a merge dry run chose a converted lead to survive.
/// A converted lead is history: it takes no part in matching (search, find_duplicates, intake) and
/// is never merged. A new lead for the same person is still a duplicate — of the contact.
/// </summary>
public sealed class ConvertedLeadsTests : IDisposable
{
    private readonly TestCore _test = new();
    private readonly CrmUser _rep;
    private readonly CrmRecord _converted;
    private readonly LeadConversionResult _became;

    public ConvertedLeadsTests()
    {
        _rep = Core.AddUser("sales");
        Core.Duplicates.Warm(); // built before the conversion: the index must follow it
        _converted = Core.AddRichLead(_rep);
        _became = Core.Conversions.Convert(_rep, new LeadConversionRequest(_converted.Id));
    }

    private CrmCore Core => _test.Core;

    public void Dispose() => _test.Dispose();

    [Fact]
    public void DedupeFind_DoesNotReportAConvertedLead_AsADuplicateOfWhatItBecame()
    {
        var result = Search();

        Assert.Empty(result.Groups);
        Assert.Equal(0, result.RecordsScanned);
    }

    [Fact]
    public void DedupeFind_ReportsANewLeadForThatPerson_WithTheContactAndAccount_NotWithTheConvertedLead()
    {
        var twin = Core.AddRichLead(_rep);

        var group = Assert.Single(Search().Groups);

        Assert.Equal([twin.Id], group.Mergeable.Select(m => m.Id));
        Assert.Equal(new[] { ("Contacts", _became.ContactId), ("Accounts", _became.AccountId) }.Order(), group.Existing.Select(m => (m.Module, m.Id)).Order());
        Assert.DoesNotContain(group.Members, m => m.Id == _converted.Id);
    }

    [Fact]
    public void FindDuplicates_ReportsTheContactAndAccount_NeverTheConvertedLead()
    {
        var matches = Core.Duplicates.Check(_rep, "Leads", Builders.Values(
            ("last_name", "Nguyễn"), ("first_name", "Thị Hồng Nhung"), ("email1", _converted["email1"]), ("account_name", _converted["account_name"])));

        Assert.Equal(new[] { ("Contacts", _became.ContactId), ("Accounts", _became.AccountId) }.Order(), matches.Select(m => (m.Module, m.Id)).Order());
    }

    [Fact]
    public void FindDuplicates_OnAnIndexBuiltAfterTheConversion_LeavesTheConvertedLeadOutToo()
    {
        _test.Reopen();

        var matches = _test.Core.Duplicates.Check(_rep, "Leads", Builders.Values(("last_name", "Nguyễn"), ("email1", _converted["email1"])));

        Assert.Equal([("Contacts", _became.ContactId)], matches.Select(m => (m.Module, m.Id)));
    }

    [Fact]
    public async Task Intake_CallsANewLeadForThatPerson_ADuplicateOfTheContact_NotOfTheConvertedLead()
    {
        var receipt = await Core.Intake.SubmitAsync(_rep, Builders.Values(("last_name", "Nguyễn"), ("email1", _converted["email1"])));

        Assert.Equal(LeadOutcome.Created, receipt.Outcome);
        Assert.Equal([("Contacts", _became.ContactId)], receipt.Duplicates.Select(d => (d.Module, d.Id)));
    }

    [Fact]
    public void MergeDryRun_NeverChoosesAConvertedLeadToSurvive_ItRefusesToMergeOne()
    {
        // The converted lead is the more complete record: by the master rule it would survive.
        var twin = Core.AddLead(_rep, "Nguyen", ("email1", _converted["email1"]));

        var chosen = CrmAssert.Fails(CrmErrorCode.InvalidData, () => Core.Merges.Preview(_rep, new MergeRequest("Leads", [twin.Id, _converted.Id])));
        var named = CrmAssert.Fails(CrmErrorCode.InvalidData, () => Core.Merges.Preview(_rep, new MergeRequest("Leads", [twin.Id, _converted.Id], twin.Id)));
        CrmAssert.Fails(CrmErrorCode.InvalidData, () => Core.Merges.Merge(_rep, new MergeRequest("Leads", [twin.Id, _converted.Id], twin.Id)));

        Assert.Contains($"{_converted.Id} was converted (contact {_became.ContactId}, account {_became.AccountId})", chosen.Message);
        Assert.Contains("converted leads are history", named.Message);
        Assert.False(Core.Store.Get("Leads", twin.Id)!.IsDeleted);
        Assert.Empty(Core.Merges.List());
    }

    [Fact]
    public void ALeadWhoseStatusWasSetToConvertedByHand_CountsAsConvertedToo()
    {
        var manual = Core.AddLead(_rep, "Phạm", ("email1", "pham@saomai.vn"), ("status", "Converted"));
        Core.AddLead(_rep, "Pham", ("email1", "PHAM@saomai.vn"));

        Assert.True(DuplicateModules.IsHistory(manual));
        Assert.Empty(Search().Groups);
    }

    private DuplicateSearchResult Search() =>
        Core.DuplicateSearch.Run(
            new DuplicateSearchRequest("Leads", new MatchingOptions().RulesFor("Leads"), DuplicateSearch.DefaultAgainst("Leads")),
            new MatchingOptions());
}
