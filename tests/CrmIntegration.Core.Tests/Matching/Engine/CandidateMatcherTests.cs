using CrmIntegration.Core.Matching;

namespace CrmIntegration.Core.Tests.Matching.Engine;

public class CandidateMatcherTests
{
    private static CandidateMatcher Existing()
    {
        var matcher = new CandidateMatcher();
        matcher.AddRange(
        [
            Profiles.Account("sao mai trading", office: "02838000000", id: "acc-1"),
            Profiles.Contact("binh", "le", email: "binh.le@example.vn", accountId: "acc-1", id: "con-1"),
            Profiles.Lead("chi", "pham", email: "chi@example.vn", id: "lead-1"),
        ]);
        return matcher;
    }

    [Fact]
    public void LeadAtAnExistingAccountsCompany_DuplicatesTheAccount()
    {
        var matches = Existing().Match(Profiles.Lead("dung", "vo", email: "dung@example.vn", company: "sao mai trading"));

        var match = Assert.Single(matches);
        Assert.Equal(("Accounts", "acc-1", "company"), (match.Module, match.Id, match.Rule));
    }

    [Fact]
    public void LeadOnTheAccountsOfficeNumber_DuplicatesTheAccount()
    {
        var matches = Existing().Match("Leads", [new("last_name", "vo"), new("phone_work", "02838000000")]);

        Assert.Contains(matches, m => m.Module == "Accounts" && m.Id == "acc-1" && m.Rule == "phone");
    }

    [Fact]
    public void LeadWithAContactsEmail_DuplicatesTheContact()
    {
        var matches = Existing().Match(Profiles.Lead("binh", "le", email: "binh.le@example.vn"));

        Assert.Contains(matches, m => m.Module == "Contacts" && m.Id == "con-1");
        Assert.DoesNotContain(matches, m => m.Module == "Accounts");
    }

    [Fact]
    public void LeadAgainstLeads_FindsTheEarlierLead_NotItself()
    {
        var matcher = Existing();

        Assert.Contains(matcher.Match(Profiles.Lead("chi", "pham", email: "chi@example.vn")), m => m.Id == "lead-1");
        Assert.Empty(matcher.Match(Profiles.Lead("chi", "pham", email: "chi@example.vn", id: "lead-1")));
    }

    [Fact]
    public void UnrelatedLead_MatchesNothing() =>
        Assert.Empty(Existing().Match(Profiles.Lead("em", "do", email: "em@example.vn", mobile: "0909999999", company: "other co")));

    [Fact]
    public void ContactProfile_CarriesItsAccountsName()
    {
        var rules = RuleSet.Named("by-company", MatchRules.FromFields("name+company"));
        var index = new MatchIndex(rules.BlockingKeys);
        var factory = new MatchProfileFactory(accountName: id => id == "acc-1" ? "sao mai trading" : null);
        index.Add(factory.Create(Profiles.Contact("binh", "le", accountId: "acc-1", id: "con-1")));

        Assert.Single(index.Query(factory.Create(Profiles.Lead("binh", "le", company: "sao mai trading")), rules, 64));
        Assert.Empty(index.Query(factory.Create(Profiles.Lead("binh", "le", company: "other trading")), rules, 64));
    }
}
