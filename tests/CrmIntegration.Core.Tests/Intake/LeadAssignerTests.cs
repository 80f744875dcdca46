using CrmIntegration.Core.Errors;
using CrmIntegration.Core.Intake.Assignment;
using CrmIntegration.Core.Records;
using CrmIntegration.Core.Security;
using CrmIntegration.Core.Tests.Infrastructure;

namespace CrmIntegration.Core.Tests.Intake;

public sealed class LeadAssignerTests : IDisposable
{
    private readonly TestCore _test = new();
    private readonly CrmUser _an;
    private readonly CrmUser _binh;
    private readonly CrmUser _chi;
    private readonly CrmUser _acme;
    private readonly CrmUser _globex;

    public LeadAssignerTests()
    {
        _an = Core.AddUser("an");
        _binh = Core.AddUser("binh");
        _chi = Core.AddUser("chi", UserRole.Manager);
        _acme = Core.AddUser("acme", UserRole.Partner);
        _globex = Core.AddUser("globex", UserRole.Partner);
    }

    private CrmCore Core => _test.Core;

    public void Dispose() => _test.Dispose();

    [Fact]
    public void Team_TakesMembersInTurn()
    {
        var assigner = Assigner(new AssignmentOptions { Teams = Teams(("south", ["an", "binh", "chi"])), DefaultTeam = "south" });

        var names = Enumerable.Range(0, 7).Select(_ => assigner.Choose(Lead(), _acme)!.UserName).ToList();

        Assert.Equal(["an", "binh", "chi", "an", "binh", "chi", "an"], names);
    }

    [Fact]
    public void Turn_SurvivesARestart()
    {
        var options = new AssignmentOptions { Teams = Teams(("south", ["an", "binh"])), DefaultTeam = "south" };
        Assert.Equal("an", Assigner(options).Choose(Lead(), _acme)!.UserName);

        _test.Reopen();

        Assert.Equal("binh", Assigner(options).Choose(Lead(), _acme)!.UserName);
    }

    [Fact]
    public void Turn_UsedInsideARolledBackTransaction_IsGivenBack()
    {
        var assigner = Assigner(new AssignmentOptions { Teams = Teams(("south", ["an", "binh"])), DefaultTeam = "south" });

        Assert.Throws<InvalidOperationException>(() => Core.Store.InTransaction<int>(() =>
        {
            Assert.Equal("an", assigner.Choose(Lead(), _acme)!.UserName);
            throw new InvalidOperationException("submission failed after assignment");
        }));

        Assert.Equal("an", assigner.Choose(Lead(), _acme)!.UserName);
    }

    [Fact]
    public void InactiveMember_IsSkipped()
    {
        Core.UserAdmin.Disable("binh");
        var assigner = Assigner(new AssignmentOptions { Teams = Teams(("south", ["an", "binh", "chi"])), DefaultTeam = "south" });

        var names = Enumerable.Range(0, 4).Select(_ => assigner.Choose(Lead(), _acme)!.UserName).ToList();

        Assert.DoesNotContain("binh", names);
        Assert.Equal(2, names.Distinct().Count());
    }

    [Fact]
    public void PartnerRule_AppliesOnlyToThatPartner()
    {
        var assigner = Assigner(new AssignmentOptions
        {
            Teams = Teams(("south", ["binh"])),
            Rules = [new AssignmentRule { Partner = "acme", User = "chi" }],
            DefaultTeam = "south",
        });

        var fromAcme = assigner.Choose(Lead(), _acme)!;
        var fromGlobex = assigner.Choose(Lead(), _globex)!;

        Assert.Equal((_chi.Id, "chi"), (fromAcme.UserId, fromAcme.UserName));
        Assert.Contains("partner acme", fromAcme.Reason);
        Assert.Equal("binh", fromGlobex.UserName);
        Assert.Contains("default team south", fromGlobex.Reason);
    }

    [Theory]
    [InlineData("Hà Nội", "chi")]
    [InlineData("HA NOI", "chi")]
    [InlineData("ha noi", "chi")]
    [InlineData("Hồ Chí Minh", "an")]
    [InlineData(null, "an")]
    public void FieldRule_ComparesWithoutCaseOrDiacritics(string? state, string expected)
    {
        var assigner = Assigner(new AssignmentOptions
        {
            Teams = Teams(("north", ["chi"]), ("south", ["an"])),
            Rules = [new AssignmentRule { Field = "primary_address_state", Values = ["Hà Nội", "Hải Phòng"], Team = "north" }],
            DefaultTeam = "south",
        });

        Assert.Equal(expected, assigner.Choose(Lead(("primary_address_state", state)), _acme)!.UserName);
    }

    [Fact]
    public void RuleWhoseUserIsUnavailable_FallsThroughToTheNextRule()
    {
        Core.UserAdmin.Disable("chi");
        var assigner = Assigner(new AssignmentOptions
        {
            Rules =
            [
                new AssignmentRule { Field = "lead_source", Values = ["Web Site"], User = "chi" },
                new AssignmentRule { Field = "lead_source", Values = ["Web Site"], User = "an" },
            ],
        });

        Assert.Equal("an", assigner.Choose(Lead(("lead_source", "Web Site")), _acme)!.UserName);
    }

    [Fact]
    public void PartnersNeverReceiveLeads()
    {
        var assigner = Assigner(new AssignmentOptions { Teams = Teams(("mixed", ["globex", "an"])), DefaultTeam = "mixed" });

        Assert.All(Enumerable.Range(0, 3), _ => Assert.Equal("an", assigner.Choose(Lead(), _acme)!.UserName));
    }

    [Fact]
    public void NoRuleAndNoDefault_LeavesTheLeadUnassigned()
    {
        var assigner = Assigner(new AssignmentOptions
        {
            Rules = [new AssignmentRule { Field = "lead_source", Values = ["Web Site"], User = "an" }],
        });

        Assert.Null(assigner.Choose(Lead(("lead_source", "Cold Call")), _acme));
    }

    [Theory]
    [InlineData("{\"User\":\"an\"}", "needs a condition")]
    [InlineData("{\"Partner\":\"acme\"}", "exactly one of User or Team")]
    [InlineData("{\"Partner\":\"acme\",\"User\":\"an\",\"Team\":\"south\"}", "exactly one of User or Team")]
    [InlineData("{\"Field\":\"lead_source\",\"User\":\"an\"}", "no Values")]
    [InlineData("{\"Partner\":\"acme\",\"Team\":\"west\"}", "team 'west'")]
    public void BadConfiguration_IsRefusedNamingTheRule(string ruleJson, string expected)
    {
        var rule = System.Text.Json.JsonSerializer.Deserialize<AssignmentRule>(ruleJson)!;
        var options = new AssignmentOptions { Teams = Teams(("south", ["an"])), Rules = [rule] };

        var error = CrmAssert.Fails(CrmErrorCode.BadConfiguration, () => Assigner(options));

        Assert.Contains("Intake:Assignment:Rules:0", error.Message);
        Assert.Contains(expected, error.Message);
    }

    [Fact]
    public void UnknownDefaultTeam_IsRefused()
    {
        var error = CrmAssert.Fails(CrmErrorCode.BadConfiguration, () => Assigner(new AssignmentOptions { DefaultTeam = "south" }));

        Assert.Contains("DefaultTeam names team 'south'", error.Message);
    }

    private LeadAssigner Assigner(AssignmentOptions options) => new(Core.Store, Core.Users, options);

    private static CrmRecord Lead(params (string Field, string? Value)[] values)
    {
        var lead = new CrmRecord("Leads") { Id = Guid.NewGuid().ToString() };
        lead["last_name"] = "Nguyễn";
        foreach (var (field, value) in values)
        {
            lead[field] = value;
        }

        return lead;
    }

    private static Dictionary<string, List<string>> Teams(params (string Name, string[] Members)[] teams) =>
        teams.ToDictionary(t => t.Name, t => t.Members.ToList(), StringComparer.OrdinalIgnoreCase);
}
