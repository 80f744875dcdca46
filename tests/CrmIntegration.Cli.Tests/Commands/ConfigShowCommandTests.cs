using System.Text.Json;
using CrmIntegration.Cli.Tests.Infrastructure;

namespace CrmIntegration.Cli.Tests.Commands;

public sealed class ConfigShowCommandTests
{
    [Fact]
    public async Task Every_setting_is_shown_with_its_value_and_source_and_secrets_masked()
    {
        using var db = new TempDatabase();
        var file = Path.Combine(db.Directory, "crm.json");
        File.WriteAllText(file, """
            { "Mail": { "From": "CRM Hoa Sen <crm@hoasen.example.vn>", "Smtp": { "Host": "smtp.hoasen.example.vn", "UserName": "crm", "Password": "smtp-secret-1" } },
              "Server": { "AdminPassword": "Admin-Secret-1" },
              "Scheduling": { "TimeZone": "Asia/Ho_Chi_Minh" } }
            """);

        var run = await Crm.RunAsync(["config", "show", "--format", "json", "--config", file, "--db", db.Path],
            variables: new Dictionary<string, string?> { ["CRM_Security__MaxFailedLogins"] = "3" });

        Assert.True(run.ExitCode == ExitCode.Ok, run.ToString());
        var shown = Settings(run);
        Assert.Equal((db.Path, "--db"), shown["Storage:Path"]);
        Assert.Equal(("LiteDb", "appsettings.json"), shown["Storage:Provider"]);
        Assert.Equal(("3", "environment CRM_Security__MaxFailedLogins"), shown["Security:MaxFailedLogins"]);
        Assert.Equal(("00:01:00", "default"), shown["Security:SessionTouchInterval"]);
        Assert.Equal(("CRM Hoa Sen <crm@hoasen.example.vn>", file), shown["Mail:From"]);
        Assert.Equal(("********", file), shown["Mail:Smtp:Password"]);
        Assert.Equal(("********", file), shown["Server:AdminPassword"]);
        Assert.Equal(("Asia/Ho_Chi_Minh", file), shown["Scheduling:TimeZone"]);
        Assert.Equal(("Warning", "appsettings.json"), shown["Logging:LogLevel:Microsoft.AspNetCore"]);
        Assert.Equal((null, "default"), shown["Intake:Assignment:Teams"]);
        Assert.DoesNotContain("secret", run.Output, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("", run.Error);

        // It reads settings only: no database is made.
        Assert.False(File.Exists(db.Path));
    }

    [Fact]
    public async Task The_table_has_a_line_per_setting_and_marks_unset_ones()
    {
        using var db = new TempDatabase();

        var run = await Crm.RunAsync("config", "show", "--db", db.Path);

        Assert.True(run.ExitCode == ExitCode.Ok, run.ToString());
        Assert.Matches(@"^key\s+value\s+source$", run.OutputLines[0]);
        Assert.Contains(run.OutputLines, l => System.Text.RegularExpressions.Regex.IsMatch(l, $@"^Storage:Path\s+{System.Text.RegularExpressions.Regex.Escape(db.Path)}\s+--db$"));
        Assert.Contains(run.OutputLines, l => System.Text.RegularExpressions.Regex.IsMatch(l, @"^Mail:Smtp:Host\s+\(not set\)\s+default$"));
        Assert.Contains(run.OutputLines, l => System.Text.RegularExpressions.Regex.IsMatch(l, @"^Server:Urls\s+http://127\.0\.0\.1:5080\s+appsettings\.json$"));
    }

    [Theory]
    [InlineData("CRM_Mail__Smtp__Security", "Tls",
        "crm: configuration: Mail:Smtp:Security is 'Tls' (from environment CRM_Mail__Smtp__Security): give one of None, StartTls, SslOnConnect, Auto")]
    [InlineData("CRM_Storage__Provider", "Postgres",
        "crm: configuration: Storage:Provider (from environment CRM_Storage__Provider) is 'Postgres', which is not a storage provider: use LiteDb or PostgreSql")]
    [InlineData("CRM_DB", "/srv/crm/crm.db",
        "crm: configuration: CRM_DB is no longer read; set CRM_Storage__Path to the database file instead")]
    public async Task A_bad_setting_exits_11_naming_it_for_config_show_and_every_other_command(string variable, string value, string expected)
    {
        using var db = await TempDatabase.WithAdminAsync();
        var before = db.Hash();
        var variables = new Dictionary<string, string?> { [variable] = value };

        foreach (var args in new[] { new[] { "config", "show" }, ["users", "list"], ["mail", "deliver"] })
        {
            var run = await Crm.RunAsync([.. args, "--db", db.Path], variables: variables);

            Assert.Equal(ExitCode.BadConfiguration, run.ExitCode);
            Assert.Equal(expected, Assert.Single(run.ErrorLines));
            Assert.Equal("", run.Output);
        }

        Assert.Equal(before, db.Hash());
    }

    private static Dictionary<string, (string? Value, string? Source)> Settings(CliRun run) =>
        JsonDocument.Parse(run.Output).RootElement.EnumerateArray().ToDictionary(
            s => s.GetProperty("key").GetString()!,
            s => (s.GetProperty("value").GetString(), s.GetProperty("source").GetString()));
}
