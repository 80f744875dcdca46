using CrmIntegration.Server.Tests.Infrastructure;

namespace CrmIntegration.Server.Tests.V41;

[Collection(ServerCollection.Name)]
public sealed class ModuleTests(ServerFixture server)
{
    private static readonly string[] ModuleNames =
    [
        "Users", "Accounts", "Contacts", "Leads", "Prospects", "Opportunities", "Campaigns", "Cases", "Bugs",
        "Notes", "Calls", "Meetings", "Tasks", "Documents", "Contracts", "SubContracts", "Assets", "EmailTemplates",
    ];

    public static TheoryData<string> AllModules => new(ModuleNames);

    [Fact]
    public async Task GetAvailableModules_ListsEveryModuleWithLabels()
    {
        var client = server.Client();
        var session = await client.LoginAsync("admin", ServerFixture.AdminPassword);

        var modules = await client.GetAvailableModulesAsync(session, "all");

        var keys = modules.Modules.Select(m => m.ModuleKey).ToHashSet();
        Assert.All(ModuleNames, m => Assert.Contains(m, keys));
        Assert.All(modules.Modules, m => Assert.False(string.IsNullOrEmpty(m.ModuleLabel)));
    }

    [Theory]
    [MemberData(nameof(AllModules))]
    public async Task GetModuleFields_EveryModule_HasIdAndLabelledFields(string module)
    {
        var client = server.Client();
        var session = await client.LoginAsync("admin", ServerFixture.AdminPassword);

        var fields = await client.GetModuleFieldsAsync(session, module, []);

        Assert.Equal(module, fields.ModuleName);
        Assert.Contains(fields.ModuleFields, f => f.Name == "id" && f.Type == "id");
        Assert.All(fields.ModuleFields, f => Assert.False(string.IsNullOrEmpty(f.Label), f.Name));
        Assert.All(fields.ModuleFields, f => Assert.False(string.IsNullOrEmpty(f.LabelVi), f.Name));
    }

    [Fact]
    public async Task GetModuleFields_Leads_HasSugarNamesTypesAndOptions()
    {
        var client = server.Client();
        var session = await client.LoginAsync("admin", ServerFixture.AdminPassword);

        var fields = await client.GetModuleFieldsAsync(session, "Leads", []);

        var byName = fields.ModuleFields.ToDictionary(f => f.Name!);
        Assert.Equal(1, byName["last_name"].Required);
        Assert.Equal(0, byName["first_name"].Required);
        Assert.Equal("email", byName["email1"].Type);
        Assert.Equal("phone", byName["phone_work"].Type);
        Assert.Equal("enum", byName["lead_source"].Type);
        Assert.Contains(byName["lead_source"].Options, o => o.Name == "Web Site");
        Assert.Contains(byName["status"].Options, o => o.Name == "Converted");
        Assert.DoesNotContain("user_hash", byName.Keys);
        Assert.Contains(fields.LinkFields, l => l.Name == "accounts" && l.Module == "Accounts");
    }

    [Fact]
    public async Task GetModuleFields_Users_NeverListsPasswordHash()
    {
        var client = server.Client();
        var session = await client.LoginAsync("admin", ServerFixture.AdminPassword);

        var fields = await client.GetModuleFieldsAsync(session, "Users", []);

        Assert.Contains(fields.ModuleFields, f => f.Name == "user_name");
        Assert.DoesNotContain(fields.ModuleFields, f => f.Name is "user_hash" or "failed_logins" or "locked_until");
    }

    [Fact]
    public async Task GetModuleFields_SelectedFields_ReturnsOnlyThose()
    {
        var client = server.Client();
        var session = await client.LoginAsync("admin", ServerFixture.AdminPassword);

        var fields = await client.GetModuleFieldsAsync(session, "Leads", ["last_name", "email1"]);

        Assert.Equal(["email1", "last_name"], fields.ModuleFields.Select(f => f.Name).Order());
    }

    [Theory]
    [InlineData("get_module_fields")]
    [InlineData("get_entry_list")]
    [InlineData("set_entry")]
    [InlineData("get_entries_count")]
    public async Task UnknownModule_Faults20(string operation)
    {
        var client = server.Client();
        var session = await client.LoginAsync("admin", ServerFixture.AdminPassword);
        Func<Task> call = operation switch
        {
            "get_module_fields" => () => client.GetModuleFieldsAsync(session, "Spaceships", []),
            "get_entry_list" => () => client.GetEntryListAsync(session, "Spaceships", "", "", 0, [], [], 0, 0, false),
            "set_entry" => () => client.SetAsync(session, "Spaceships", ("name", "x")),
            _ => () => client.GetEntriesCountAsync(session, "Spaceships", "", 0),
        };

        var fault = await SugarClientExtensions.FaultOf(call);

        Assert.Equal("20", fault.Number);
        Assert.Equal("Module Does Not Exist", fault.Name);
        Assert.Contains("Spaceships", fault.Description);
    }

    [Fact]
    public async Task GetServerInfo_ReportsSugarVersionWithoutSession()
    {
        var info = await server.Client().GetServerInfoAsync();

        Assert.Equal("6.5.0", info.Version);
        Assert.False(string.IsNullOrEmpty(info.Flavor));
    }
}
