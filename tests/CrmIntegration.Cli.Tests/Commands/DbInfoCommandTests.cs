using System.Text.Json;
using CrmIntegration.Cli.Tests.Infrastructure;
using CrmIntegration.Core;
using CrmIntegration.Core.Security;

namespace CrmIntegration.Cli.Tests.Commands;

public sealed class DbInfoCommandTests
{
    [Fact]
    public async Task Json_reports_file_counts_per_module_with_deleted_users_and_sessions()
    {
        using var db = await TempDatabase.WithAdminAsync();
        await Crm.OkAsync("users", "add", "an", "--role", "user", "--password", "an-pass-12", "--db", db.Path);
        await Crm.OkAsync("users", "disable", "an", "--db", db.Path);
        using (var core = CrmCore.Open(new CrmCoreOptions { DatabasePath = db.Path }))
        {
            var actor = UserAdministration.SystemActor;
            core.Records.Save(actor, "Accounts", new Dictionary<string, string?> { ["name"] = "Kept" });
            var gone = core.Records.Save(actor, "Accounts", new Dictionary<string, string?> { ["name"] = "Gone" });
            core.Records.Save(actor, "Accounts", new Dictionary<string, string?> { ["id"] = gone.Id, ["deleted"] = "1" });
            core.Auth.Login("admin", TempDatabase.AdminPassword, plain: true);
        }

        var run = await Crm.OkAsync("db", "info", "--format", "json", "--db", db.Path);

        using var json = JsonDocument.Parse(run.Output);
        var root = json.RootElement;
        Assert.Equal(Path.GetFullPath(db.Path), root.GetProperty("path").GetString());
        Assert.True(root.GetProperty("size_bytes").GetInt64() > 0);
        Assert.Equal(2, root.GetProperty("users").GetInt32());
        Assert.Equal(1, root.GetProperty("active_users").GetInt32());
        Assert.Equal(1, root.GetProperty("sessions").GetInt32());
        var modules = root.GetProperty("modules").EnumerateArray()
            .ToDictionary(m => m.GetProperty("module").GetString()!, m => (m.GetProperty("live").GetInt32(), m.GetProperty("deleted").GetInt32()));
        Assert.Equal((1, 1), modules["Accounts"]);
        Assert.Equal((2, 0), modules["Users"]);
        Assert.Equal((0, 0), modules["Leads"]);
    }

    [Fact]
    public async Task Table_shows_path_size_and_a_module_table()
    {
        using var db = await TempDatabase.WithAdminAsync();
        var size = new FileInfo(db.Path).Length;

        var run = await Crm.OkAsync("db", "info", "--db", db.Path);

        Assert.Contains($"Database:     {Path.GetFullPath(db.Path)}", run.OutputLines);
        Assert.Contains(run.OutputLines, l => l.StartsWith($"Size:         {size} bytes (", StringComparison.Ordinal));
        Assert.Contains("Users:        1 (1 active)", run.OutputLines);
        Assert.Contains(run.OutputLines, l => System.Text.RegularExpressions.Regex.IsMatch(l, @"^Users\s+1\s+0$"));
    }
}
