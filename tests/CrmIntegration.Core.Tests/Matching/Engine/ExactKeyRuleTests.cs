using CrmIntegration.Core.Matching;

namespace CrmIntegration.Core.Tests.Matching.Engine;

public class ExactKeyRuleTests
{
    private static readonly FrequencyTable NoFrequencies = new();

    [Fact]
    public void NamePhone_MatchesOnlyWhenBothAgree()
    {
        var rule = MatchRules.FromFields("name+phone");
        var a = Profiles.Of(Profiles.Lead("an", "tran", mobile: "0901234567", work: "02838111111"));
        var samePhoneOtherField = Profiles.Of(Profiles.Lead("an", "tran", work: "0901234567"));
        var otherPhone = Profiles.Of(Profiles.Lead("an", "tran", mobile: "0909999999"));
        var otherName = Profiles.Of(Profiles.Lead("binh", "tran", mobile: "0901234567"));

        Assert.True(rule.Evaluate(a, samePhoneOtherField, NoFrequencies).Accepted);
        Assert.False(rule.Evaluate(a, otherPhone, NoFrequencies).Accepted);
        Assert.False(rule.Evaluate(a, otherName, NoFrequencies).Accepted);
    }

    [Fact]
    public void Email_AnyOfEitherSidesAddressesInCommon()
    {
        var rule = MatchRules.FromFields("email");
        var a = new MatchProfileFactory().Create(new Core.Records.CrmRecord("Leads", new Dictionary<string, string?>
        {
            ["id"] = "x", ["last_name"] = "a", ["email1"] = "work@example.vn", ["email2"] = "home@example.vn",
        }));
        var b = Profiles.Of(Profiles.Lead("b", "c", email: "HOME@example.vn"));

        Assert.True(rule.Evaluate(a, b, NoFrequencies).Accepted);
    }

    [Fact]
    public void MaxKeyShare_PhoneCarriedByMoreRecords_DoesNotCount()
    {
        // Two namesakes at one company: their own mobiles differ, the switchboard is everyone's.
        var a = Profiles.Of(Profiles.Lead("thi thu", "nguyen", mobile: "0901111111", work: "02838000000"));
        var b = Profiles.Of(Profiles.Lead("thi thu", "nguyen", mobile: "0902222222", work: "02838000000"));
        var colleagues = Enumerable.Range(0, 6).Select(i => Profiles.Of(Profiles.Lead($"given{i}", "tran", work: "02838000000")));
        var table = FrequencyTable.Build([a, b, .. colleagues]);

        Assert.True(MatchRules.FromFields("name+phone").Evaluate(a, b, table).Accepted);
        Assert.False(MatchRules.FromFields("name+phone", strong: true, maxKeyShare: 4).Evaluate(a, b, table).Accepted);
    }

    [Fact]
    public void DefaultLeadRules_NamesakesOnOneBusySwitchboard_NotDuplicates()
    {
        var a = Profiles.Lead("thi thu", "nguyen", email: "thu1@example.vn", mobile: "0901111111", work: "02838000000", company: "Logistics Tan A");
        var b = Profiles.Lead("thi thu", "nguyen", email: "thu2@example.vn", mobile: "0902222222", work: "02838000000", company: "Logistics Tan A");
        var colleagues = Enumerable.Range(0, 20).Select(i => Profiles.Lead($"given{i}", "tran", work: "02838000000", company: "Logistics Tan A"));

        var result = RecordClustering.Find([a, b, .. colleagues], RuleSet.DefaultFor("Leads"));

        Assert.Empty(result.Groups);
    }

    [Fact]
    public void MaxKeyShare_PersonalNumber_StillMatches()
    {
        var a = Profiles.Of(Profiles.Lead("thi thu", "nguyen", mobile: "0901111111", work: "02838000000"));
        var b = Profiles.Of(Profiles.Lead("thu", "nguyen thi", mobile: "0901111111"));
        var table = FrequencyTable.Build([a, b]);

        Assert.True(MatchRules.FromFields("name+phone", strong: true, maxKeyShare: 4).Evaluate(a, b, table).Accepted);
    }

    [Fact]
    public void EmptyKeys_NeverMatch()
    {
        var rule = MatchRules.FromFields("name+company");
        var a = Profiles.Of(Profiles.Lead("an", "tran"));
        var b = Profiles.Of(Profiles.Lead("an", "tran"));

        Assert.False(rule.Evaluate(a, b, NoFrequencies).Accepted);
    }

    [Fact]
    public void FromFields_OrderFree_UnknownFieldRefused()
    {
        Assert.Equal("name+phone", MatchRules.FromFields("phone+name").Name);
        Assert.Equal(MatchFeature.Name | MatchFeature.Company, MatchRules.FromFields("name+company").Fields);
        Assert.Throws<ArgumentException>(() => MatchRules.FromFields("name+shoe_size"));
    }

    [Fact]
    public void RuleSet_ConfiguredRulesReplaceDefaults_ThresholdOverride()
    {
        var options = new MatchingOptions { Rules = { ["Leads"] = [new RuleOptions { Fields = "name+email" }, new RuleOptions { Fields = "fuzzy", Threshold = 18 }] } };

        var rules = options.RulesFor("Leads");
        var lowered = rules.WithThreshold(9);

        Assert.Equal(["name+email", "fuzzy"], rules.Rules.Select(r => r.Name));
        Assert.Equal(18, ((FuzzyRule)rules.Rules[1]).Weights.Threshold);
        Assert.Equal(9, ((FuzzyRule)lowered.Rules[1]).Weights.Threshold);
        Assert.Equal(["email", "name+phone", "fuzzy"], options.RulesFor("Contacts").Rules.Select(r => r.Name));
    }
}
