using CrmIntegration.Core.Matching;

namespace CrmIntegration.Core.Tests.Matching.Engine;

public class FuzzyRuleTests
{
    // A population where the name "nguyen van hung" is common, as in Vietnam.
    private static readonly FrequencyTable Common = Profiles.Population(1000, ("nguyen", 380), ("van", 150), ("hung", 40));
    private static readonly FuzzyRule Rule = new("fuzzy", new FuzzyWeights());

    [Fact]
    public void SameEmail_SameName_Accepted()
    {
        var a = Profiles.Of(Profiles.Lead("van hung", "nguyen", email: "hung@example.vn", mobile: "0901234567"));
        var b = Profiles.Of(Profiles.Lead("hung", "nguyen van", email: "hung@example.vn"));

        Assert.True(Rule.Evaluate(a, b, Common).Accepted);
    }

    [Fact]
    public void SamePhone_SameName_NoEmailOnOneSide_Accepted()
    {
        var a = Profiles.Of(Profiles.Lead("van hung", "nguyen", email: "hung@example.vn", mobile: "0901234567"));
        var b = Profiles.Of(Profiles.Lead("van hung", "nguyen", mobile: "0901234567"));

        Assert.True(Rule.Evaluate(a, b, Common).Accepted);
    }

    [Fact]
    public void Namesakes_DifferentEmailAndPhone_Rejected()
    {
        var a = Profiles.Of(Profiles.Lead("van hung", "nguyen", email: "hung1@example.vn", mobile: "0901234567"));
        var b = Profiles.Of(Profiles.Lead("van hung", "nguyen", email: "hung2@example.vn", mobile: "0907654321"));

        var verdict = Rule.Evaluate(a, b, Common);

        Assert.False(verdict.Accepted, $"namesakes scored {verdict.Score}");
    }

    [Fact]
    public void NameAlone_NeverAccepted_EvenWhenRare()
    {
        var rare = Profiles.Population(1000);
        var a = Profiles.Of(Profiles.Lead("dieu huyen", "ton nu", email: "a@example.vn"));
        var b = Profiles.Of(Profiles.Lead("dieu huyen", "ton nu", mobile: "0907654321"));

        Assert.False(Rule.Evaluate(a, b, rare).Accepted);
    }

    [Fact]
    public void Colleagues_SameCompanyAndSwitchboard_DifferentNames_Rejected()
    {
        var staff = Enumerable.Range(0, 12)
            .Select(i => Profiles.Of(Profiles.Lead($"given{i} van", "nguyen", email: $"p{i}@saomai.vn", work: "02838000000", company: "sao mai")))
            .ToList();
        var table = FrequencyTable.Build(staff);

        Assert.False(Rule.Evaluate(staff[0], staff[1], table).Accepted);
    }

    [Fact]
    public void SharedSwitchboardListedFirst_DoesNotHideTheCommonMobile()
    {
        // phone_work comes before phone_mobile in a profile; the rarest key in common must decide.
        var staff = Enumerable.Range(0, 40)
            .Select(i => Profiles.Of(Profiles.Lead($"given{i}", "tran", work: "02838000000")))
            .ToList();
        var a = Profiles.Of(Profiles.Lead("anh", "pham", mobile: "0354768365", work: "02838000000"));
        var b = Profiles.Of(Profiles.Lead("thi anh", "pham", mobile: "0354768365", work: "02838000000"));
        var table = FrequencyTable.Build([a, b, .. staff]);

        Assert.True(Rule.Evaluate(a, b, table).Accepted, $"scored {Rule.Score(a, b, table)}");
    }

    [Fact]
    public void SmallOfficeColleagues_EachWithOwnMobile_Rejected()
    {
        // Only two people share the line, so its count alone cannot tell it from a personal mobile;
        // their differing mobiles do.
        var a = Profiles.Of(Profiles.Lead("thi huong", "nguyen", mobile: "0967400813", work: "02519095171", company: "Duoc pham Hong Ha"));
        var b = Profiles.Of(Profiles.Lead("thi uyen", "nguyen", mobile: "0964221225", work: "02519095171", company: "Duoc pham Hong Ha"));

        var verdict = Rule.Evaluate(a, b, Common);

        Assert.False(verdict.Accepted, $"colleagues scored {verdict.Score}");
    }

    [Fact]
    public void SmallOfficeColleagues_DifferentGivenNames_Rejected()
    {
        // One has no mobile, so nothing but the name tells them apart: a given name without a partner.
        var people = Profiles.Population(1000, ("nguyen", 380), ("ngoc", 60), ("trang", 10), ("phuong", 10));
        var a = Profiles.Of(Profiles.Lead("ngoc trang", "nguyen", email: "trang@thienlong.vn", work: "02927686677", company: "Thien Long"));
        var b = Profiles.Of(Profiles.Lead("ngoc phuong", "nguyen", mobile: "0386192583", work: "02927686677", company: "Thien Long"));

        var verdict = Rule.Evaluate(a, b, people);

        Assert.False(verdict.Accepted, $"colleagues scored {verdict.Score}");
    }

    [Fact]
    public void DiacriticsDifferOnBothSides_CountsLessThanSameDiacritics()
    {
        var hung = Profiles.Of(Profiles.Lead("Hùng", "Lê"));
        var hung2 = Profiles.Of(Profiles.Lead("Hùng", "Lê"));
        var hưng = Profiles.Of(Profiles.Lead("Hưng", "Lê"));
        var table = FrequencyTable.Build([hung, hung2, hưng]);
        var weights = new FuzzyWeights();

        // With placeholder folding "hùng" and "hưng" are different tokens anyway; with real folding
        // they fold alike and only the diacritic check keeps them apart. Either way: lower.
        Assert.True(NameComparison.Score(hung, hưng, table, weights) < NameComparison.Score(hung, hung2, table, weights));
    }
}
