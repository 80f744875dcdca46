using CrmIntegration.Core.Duplicates;
using CrmIntegration.Core.Errors;
using CrmIntegration.Core.Matching;
using CrmIntegration.Core.Matching.Merge;
using CrmIntegration.Core.Tests.Infrastructure;
using CrmIntegration.Core.Tests.Matching.Merge;
using static CrmIntegration.Core.Tests.Matching.Merge.MergeTestData;

namespace CrmIntegration.Core.Tests.Duplicates;

public sealed class DuplicateSearchTests : IDisposable
{
    private readonly TestCore _test = new();

    private CrmCore Core => _test.Core;

    public void Dispose() => _test.Dispose();

    private DuplicateSearchResult Search(string module, params string[] against) =>
        Core.DuplicateSearch.Run(new DuplicateSearchRequest(module, new MatchingOptions().RulesFor(module), against), new MatchingOptions());

    [Fact]
    public void Leads_that_duplicate_each_other_form_a_group_and_deleted_leads_are_left_out()
    {
        var a = Core.Add("Leads", ("first_name", "An"), ("email1", "an@example.com"));
        var b = Core.Add("Leads", ("first_name", "An"), ("email1", "AN@example.com"));
        var gone = Core.Add("Leads", ("first_name", "An"), ("email1", "an@example.com"));
        Core.Records.Save(Admin, "Leads", new Dictionary<string, string?> { ["id"] = gone.Id, ["deleted"] = "1" });

        var result = Search("leads");

        Assert.Equal("Leads", result.Module);
        var group = Assert.Single(result.Groups);
        Assert.Equal(1, group.Number);
        Assert.Equal(new[] { a.Id, b.Id }.Order(), group.Mergeable.Select(m => m.Id).Order());
        Assert.Empty(group.Existing);
        Assert.Equal(2, result.RecordsScanned);
        Assert.Equal(2, result.RecordsInGroups);
    }

    [Fact]
    public void A_lead_that_is_already_a_contact_joins_its_group_or_forms_one_with_the_contact()
    {
        var grouped = Core.Add("Leads", ("first_name", "An"), ("email1", "an@example.com"));
        var twin = Core.Add("Leads", ("first_name", "An"), ("email1", "an@example.com"));
        var alone = Core.Add("Leads", ("first_name", "Bình"), ("email1", "binh@example.com"));
        var anContact = Core.Add("Contacts", ("first_name", "An"), ("email1", "an@example.com"));
        var binhContact = Core.Add("Contacts", ("first_name", "Bình"), ("email1", "binh@example.com"));

        var result = Search("Leads", "Contacts", "Accounts");

        Assert.Equal([1, 2], result.Groups.Select(g => g.Number));
        var first = result.Groups[0];
        Assert.Equal(new[] { grouped.Id, twin.Id }.Order(), first.Mergeable.Select(m => m.Id).Order());
        Assert.Equal([("Contacts", anContact.Id)], first.Existing.Select(m => (m.Module, m.Id)));
        var second = result.Groups[1];
        Assert.Equal([("Leads", alone.Id), ("Contacts", binhContact.Id)], second.Members.Select(m => (m.Module, m.Id)));
        Assert.Equal(3, result.RecordsInGroups);
    }

    [Fact]
    public void Progress_reports_each_phase_with_its_totals()
    {
        Core.Add("Leads", ("first_name", "An"));
        Core.Add("Contacts", ("first_name", "An"));
        var phases = new List<DuplicateSearchProgress>();

        Core.DuplicateSearch.Run(new DuplicateSearchRequest("Leads", RuleSet.DefaultFor("Leads"), ["Contacts"]), new MatchingOptions(),
            new Recorder(phases));

        Assert.Equal(["Loading Contacts", "Loading Accounts", "Loading Leads", "Comparing Leads"], phases.Select(p => p.Phase).Distinct());
        Assert.Contains(new DuplicateSearchProgress("Loading Leads", 1, 1), phases);
        Assert.Contains(new DuplicateSearchProgress("Comparing Leads", 0, null), phases);
    }

    [Theory]
    [InlineData("Calls", null, CrmErrorCode.InvalidData)]
    [InlineData("Widgets", null, CrmErrorCode.ModuleDoesNotExist)]
    [InlineData("Leads", "Leads", CrmErrorCode.InvalidData)]
    [InlineData("Leads", "Calls", CrmErrorCode.InvalidData)]
    public void Modules_the_engine_cannot_compare_are_refused(string module, string? against, CrmErrorCode expected)
    {
        var e = Assert.Throws<CrmException>(() => Search(module, against is null ? [] : [against]));

        Assert.Equal(expected, e.Code);
    }

    [Fact]
    public void ChangesSince_lists_what_an_undo_would_overwrite()
    {
        var a = Core.Add("Leads", ("first_name", "An"), ("email1", "an@example.com"));
        var b = Core.Add("Leads", ("first_name", "An"), ("email1", "an@example.com"));
        var merge = Core.Merges.Merge(Admin, new MergeRequest("Leads", [a.Id, b.Id], a.Id));
        Assert.Empty(Core.Merges.ChangesSince(merge.MergeId));

        Core.Records.Save(Admin, "Leads", new Dictionary<string, string?> { ["id"] = a.Id, ["title"] = "CEO" });

        Assert.Contains($"Leads {a.Id}.title changed after the merge (was empty, now 'CEO')", Core.Merges.ChangesSince(merge.MergeId));
        Assert.Equal(CrmErrorCode.InvalidData, Assert.Throws<CrmException>(() => Core.Merges.ChangesSince("M-999999")).Code);
    }

    private sealed class Recorder(List<DuplicateSearchProgress> phases) : IProgress<DuplicateSearchProgress>
    {
        public void Report(DuplicateSearchProgress value) => phases.Add(value);
    }
}
