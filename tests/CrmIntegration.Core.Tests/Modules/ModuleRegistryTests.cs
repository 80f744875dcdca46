using CrmIntegration.Core.Modules;

namespace CrmIntegration.Core.Tests.Modules;

public sealed class ModuleRegistryTests
{
    private static readonly ModuleRegistry Registry = ModuleRegistry.Default;

    [Fact]
    public void Default_HasEveryModuleOfTheDesign()
    {
        string[] expected =
        [
            "Users", "Accounts", "Contacts", "Leads", "Prospects", "Opportunities", "Campaigns", "Cases", "Bugs",
            "Notes", "Calls", "Meetings", "Tasks", "Documents", "Contracts", "SubContracts", "Assets", "EmailTemplates",
        ];

        Assert.Equal(expected.Order(), Registry.Modules.Select(m => m.Name).Order());
    }

    [Fact]
    public void EveryModuleFieldAndLink_HasEnglishAndVietnameseLabels()
    {
        var unlabelled = Registry.Modules
            .SelectMany(m => m.Fields.Select(f => (Name: $"{m.Name}.{f.Name}", f.LabelEn, f.LabelVi))
                .Concat(m.Links.Select(l => (Name: $"{m.Name}.{l.Name}", l.LabelEn, l.LabelVi)))
                .Append((m.Name, m.LabelEn, m.LabelVi)))
            .Where(x => string.IsNullOrWhiteSpace(x.LabelEn) || string.IsNullOrWhiteSpace(x.LabelVi))
            .Select(x => x.Name);

        Assert.Empty(unlabelled);
    }

    [Theory]
    [InlineData("Leads", "first_name", "last_name", "email1", "phone_work", "phone_mobile", "account_name", "lead_source", "status", "partner_ref")]
    [InlineData("Contacts", "first_name", "last_name", "email1", "account_id", "reports_to_id")]
    [InlineData("Opportunities", "name", "amount", "date_closed", "sales_stage", "probability", "account_id")]
    [InlineData("Cases", "name", "case_number", "status", "priority", "account_id", "subcontract_id", "asset_id")]
    [InlineData("Contracts", "name", "account_id", "status", "start_date", "end_date", "renewal_date")]
    [InlineData("SubContracts", "name", "contract_id", "service_level", "start_date", "end_date", "renewal_date")]
    [InlineData("Assets", "name", "product_model", "serial_number", "subcontract_id", "account_id")]
    public void Modules_UseSugarFieldNames(string module, params string[] fields)
    {
        var definition = Registry.Get(module);

        Assert.All(fields, f => Assert.NotNull(definition.FindField(f)));
    }

    [Theory]
    [InlineData("Leads", "last_name")]
    [InlineData("Contacts", "last_name")]
    [InlineData("Opportunities", "sales_stage")]
    [InlineData("Opportunities", "date_closed")]
    [InlineData("Contracts", "account_id")]
    [InlineData("SubContracts", "contract_id")]
    [InlineData("Assets", "serial_number")]
    public void RequiredFields_AreRequired(string module, string field) =>
        Assert.True(Registry.Get(module).FindField(field)!.Required);

    [Fact]
    public void SalesStageOptions_AreSugarsStagesInOrder() =>
        Assert.Equal(SalesStages.All, Registry.Get("Opportunities").FindField("sales_stage")!.Options.Select(o => o.Key));

    [Theory]
    [InlineData("Prospecting", 10)]
    [InlineData("Qualification", 20)]
    [InlineData("Needs Analysis", 25)]
    [InlineData("Value Proposition", 30)]
    [InlineData("Id. Decision Makers", 40)]
    [InlineData("Perception Analysis", 50)]
    [InlineData("Proposal/Price Quote", 65)]
    [InlineData("Negotiation/Review", 80)]
    [InlineData("Closed Won", 100)]
    [InlineData("Closed Lost", 0)]
    [InlineData("closed won", 100)]
    public void DefaultProbability_FollowsSugarsTable(string stage, int probability) =>
        Assert.Equal(probability, SalesStages.DefaultProbability(stage));

    [Fact]
    public void DefaultProbability_UnknownStage_IsNull() => Assert.Null(SalesStages.DefaultProbability("Dreaming"));

    [Theory]
    [InlineData("Cases", "case_number")]
    [InlineData("Bugs", "bug_number")]
    public void AutoNumbers_AreSystemMaintained(string module, string field)
    {
        var definition = Registry.Get(module).FindField(field)!;

        Assert.Equal((FieldType.AutoIncrement, true), (definition.Type, definition.System));
    }

    [Fact]
    public void EveryLink_MatchesItsRelationshipsOtherEnd()
    {
        foreach (var module in Registry.Modules)
        {
            foreach (var link in module.Links)
            {
                var relationship = Registry.GetRelationship(link.Relationship);
                var ends = new[] { relationship.LhsModule, relationship.RhsModule };
                Assert.Contains(module.Name, ends);
                Assert.Contains(link.Module, ends);
            }
        }
    }

    [Theory]
    [InlineData("Accounts", "notes", "Notes")]
    [InlineData("Leads", "calls", "Calls")]
    [InlineData("Cases", "tasks", "Tasks")]
    [InlineData("SubContracts", "cases", "Cases")]
    [InlineData("Assets", "cases", "Cases")]
    [InlineData("Contracts", "subcontracts", "SubContracts")]
    [InlineData("SubContracts", "assets", "Assets")]
    [InlineData("Notes", "leads", "Leads")]
    public void ServiceAndActivityLinks_Exist(string module, string link, string target) =>
        Assert.Equal(target, Registry.Get(module).FindLink(link)!.Module);

    [Fact]
    public void Registry_WithAKeyThatIsNotAField_IsRefusedNamingIt()
    {
        var error = Assert.Throws<InvalidOperationException>(() => new ModuleRegistry(
            Registry.Modules,
            [.. Registry.Relationships, new RelationshipDefinition("broken_rel", RelationshipKind.OneToMany, "Accounts", "Leads") { RhsKey = "no_such_field" }]));

        Assert.Contains("broken_rel: key no_such_field is not a field of Leads", error.Message);
    }

    [Fact]
    public void Registry_WithAKeyPointingAtTheWrongModule_IsRefused()
    {
        var error = Assert.Throws<InvalidOperationException>(() => new ModuleRegistry(
            Registry.Modules,
            [.. Registry.Relationships, new RelationshipDefinition("wrong_rel", RelationshipKind.OneToMany, "Contacts", "Leads") { RhsKey = "account_id" }]));

        Assert.Contains("points at Accounts, not Contacts", error.Message);
    }

    [Fact]
    public void Module_WithTheSameFieldTwice_IsRefusedNamingIt()
    {
        var leads = Registry.Get("Leads");

        var error = Assert.Throws<ArgumentException>(() => new ModuleDefinition(
            "Leads", "leads", "Leads", "Khách hàng tiềm năng", [.. leads.Fields, leads.FindField("LAST_NAME")!], leads.Links));

        Assert.Contains("last_name", error.Message);
    }
}
