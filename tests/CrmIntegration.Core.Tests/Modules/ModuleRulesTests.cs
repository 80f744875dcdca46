using CrmIntegration.Core.Security;

namespace CrmIntegration.Core.Tests.Modules;

public sealed class ModuleRulesTests
{
    private static readonly CrmUser Admin = UserAdministration.SystemActor;

    [Fact]
    public void Cases_AreNumberedInOrder_AndCallersCannotChooseTheNumber()
    {
        using var core = CrmCore.InMemory();

        var first = core.Records.Save(Admin, "Cases", Values(("name", "Máy in hỏng")));
        var second = core.Records.Save(Admin, "Cases", Values(("name", "Mất mạng"), ("case_number", "999")));

        Assert.Equal(("1", "2"), (first["case_number"], second["case_number"]));
    }

    [Theory]
    [InlineData("Closed Won", null, "100")]
    [InlineData("Prospecting", null, "10")]
    [InlineData("Negotiation/Review", "55", "55")]
    public void Opportunities_ProbabilityFollowsStageUnlessSent(string stage, string? probability, string expected)
    {
        using var core = CrmCore.InMemory();

        var saved = core.Records.Save(Admin, "Opportunities",
            Values(("name", "Hệ thống ERP"), ("amount", "150000000"), ("date_closed", "2026-12-31"), ("sales_stage", stage), ("probability", probability)));

        Assert.Equal(expected, saved["probability"]);
    }

    [Fact]
    public void Opportunities_StageChangeWithoutProbability_UpdatesIt_OtherChangesKeepIt()
    {
        using var core = CrmCore.InMemory();
        var saved = core.Records.Save(Admin, "Opportunities",
            Values(("name", "Bảo trì"), ("amount", "1000"), ("date_closed", "2026-12-31"), ("sales_stage", "Prospecting"), ("probability", "15")));

        var renamed = core.Records.Save(Admin, "Opportunities", Values(("id", saved.Id), ("name", "Bảo trì năm 2027")));
        var advanced = core.Records.Save(Admin, "Opportunities", Values(("id", saved.Id), ("sales_stage", "Proposal/Price Quote")));

        Assert.Equal(("15", "65"), (renamed["probability"], advanced["probability"]));
    }

    private static Dictionary<string, string?> Values(params (string Name, string? Value)[] values) =>
        values.ToDictionary(v => v.Name, v => v.Value);
}
