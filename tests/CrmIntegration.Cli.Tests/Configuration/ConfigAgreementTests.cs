using System.Text.Json;
using CrmIntegration.Cli.Tests.Infrastructure;
using CrmIntegration.Core;
using CrmIntegration.Core.Configuration;
using CrmIntegration.Core.Security;
using CrmIntegration.Server.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace CrmIntegration.Cli.Tests.Configuration;

/// <summary>
/// The server and <c>crm config show</c>, given the same settings file and environment variables,
/// agree on every setting: a real server is started from them and its settings compared, key by
/// key, with what <c>crm config show --format json</c> prints.
/// </summary>
public sealed class ConfigAgreementTests
{
    [Fact]
    public async Task The_server_and_crm_config_show_agree_on_every_setting()
    {
        using var db = new TempDatabase();
        using (var setup = CrmCore.Open(new CrmCoreOptions { DatabasePath = db.Path }))
        {
            setup.UserAdmin.EnsureFirstAdmin("Admin-Pass-2026", out _);
            setup.UserAdmin.Add("an", "An-Pass-2026", UserRole.User);
            setup.UserAdmin.Add("binh", "Binh-Pass-2026", UserRole.User);
            setup.UserAdmin.Add("acme", "Acme-Pass-2026", UserRole.Partner);
        }

        var file = Path.Combine(db.Directory, "crm.json");
        File.WriteAllText(file, """
            {
              "Server": { "Urls": "http://127.0.0.1:0", "AdminPassword": "Admin-Pass-2026" },
              "Storage": { "Path": "data/crm.db", "ReadCacheRecords": 5000 },
              "Security": { "MaxFailedLogins": 7, "LockoutDuration": "00:05:00" },
              "Matching": { "Rules": { "Leads": [ { "Fields": "email" }, { "Fields": "fuzzy", "Threshold": 11.5 } ] }, "Fuzzy": { "EmailAgree": 11 } },
              "Mail": { "From": "CRM Hoa Sen <crm@hoasen.example.vn>", "BaseUrl": "https://crm.hoasen.example.vn", "OutboxDirectory": "mail/outbox",
                        "Smtp": { "Port": 2525, "Security": "None" } },
              "Intake": { "DuplicateActions": { "email": "Block" },
                          "Assignment": { "Teams": { "south": [ "an", "binh" ] }, "Rules": [ { "Partner": "acme", "User": "an" } ], "DefaultTeam": "south" } },
              "Scheduling": { "TimeZone": "UTC", "Jobs": { "mail-delivery": { "Enabled": false }, "session-cleanup": { "Cron": "0 30 3 * * ?" } } }
            }
            """);
        var variables = new Dictionary<string, string?>
        {
            ["CRM_Security__SessionIdleTimeout"] = "02:00:00",
            ["CRM_Intake__DuplicateAction"] = "Allow",
            ["CRM_Mail__Smtp__Password"] = "smtp-secret-1",
            ["CRM_Mail__Smtp__UserName"] = "crm",
            ["CRM_Logging__LogLevel__Default"] = "Warning",
        };

        await using var server = CrmServer.Build(["--config", file], variables);
        await server.StartAsync();
        var settings = server.Services.GetRequiredService<CrmSettings>();
        var core = server.Services.GetRequiredService<CrmCore>();
        var fromServer = SettingsListing.Of(settings).ToDictionary(s => s.Key, s => s.Value);
        await server.StopAsync();

        var run = await Crm.RunAsync(["config", "show", "--format", "json", "--config", file], variables: variables);
        Assert.True(run.ExitCode == ExitCode.Ok, run.ToString());
        var fromCrm = JsonDocument.Parse(run.Output).RootElement.EnumerateArray()
            .ToDictionary(s => s.GetProperty("key").GetString()!, s => s.GetProperty("value").GetString());

        Assert.Equal(fromServer.Keys.Order(StringComparer.Ordinal), fromCrm.Keys.Order(StringComparer.Ordinal));
        Assert.All(fromServer, setting => Assert.True(fromCrm[setting.Key] == setting.Value,
            $"{setting.Key}: server {setting.Value ?? "(not set)"}, crm config show {fromCrm[setting.Key] ?? "(not set)"}"));

        // And the server really runs on them: the file it opened, the values its core uses.
        Assert.Equal(db.Path, fromCrm["Storage:Path"]);
        Assert.Equal(db.Path, core.Store.Describe().Location);
        Assert.Equal(Path.Combine(db.Directory, "mail", "outbox"), core.OutboxDirectory);
        Assert.Equal("CRM Hoa Sen <crm@hoasen.example.vn>", core.MailOptions.From);
        Assert.Equal("smtp-secret-1", settings.Mail.Smtp.Password);
        Assert.Equal("********", fromCrm["Mail:Smtp:Password"]);
        Assert.Equal("02:00:00", fromCrm["Security:SessionIdleTimeout"]);
        Assert.Equal("11.5", fromCrm["Matching:Rules:Leads:1:Threshold"]);
        Assert.Equal("binh", fromCrm["Intake:Assignment:Teams:south:1"]);
        Assert.Equal("UTC", fromCrm["Scheduling:TimeZone"]);
        Assert.Equal("false", fromCrm["Scheduling:Jobs:mail-delivery:Enabled"]);
        Assert.Equal("0 30 3 * * ?", fromCrm["Scheduling:Jobs:session-cleanup:Cron"]);
        Assert.Equal("Warning", fromCrm["Logging:LogLevel:Default"]);
    }
}
