using CrmIntegration.Core.Configuration;

namespace CrmIntegration.Core.Tests.Configuration;

/// <summary>What <c>crm config show</c> prints: every key, its value, its source, secrets masked.</summary>
public sealed class SettingsListingTests : IDisposable
{
    private readonly SettingsWorld _world = new();

    public void Dispose() => _world.Dispose();

    [Fact]
    public void Every_key_of_every_section_is_listed_with_its_default_and_source()
    {
        var listing = SettingsListing.Of(_world.Load()).ToDictionary(s => s.Key);

        Assert.Equal(new SettingValue("Storage:Provider", "LiteDb", "default"), listing["Storage:Provider"]);
        Assert.Equal(new SettingValue("Security:SessionTouchInterval", "00:01:00", "default"), listing["Security:SessionTouchInterval"]);
        Assert.Equal(new SettingValue("Matching:Fuzzy:NameTokenSimilarity", "0.92", "default"), listing["Matching:Fuzzy:NameTokenSimilarity"]);
        Assert.Equal(new SettingValue("Matching:Rules", null, "default"), listing["Matching:Rules"]);
        Assert.Equal(new SettingValue("Mail:Smtp:Security", "Auto", "default"), listing["Mail:Smtp:Security"]);
        Assert.Equal(new SettingValue("Mail:Notifications:Enabled", "true", "default"), listing["Mail:Notifications:Enabled"]);
        Assert.Equal(new SettingValue("Intake:Assignment:Teams", null, "default"), listing["Intake:Assignment:Teams"]);
        Assert.Equal(new SettingValue("Server:AdminPassword", null, "default"), listing["Server:AdminPassword"]);
        Assert.DoesNotContain("Mail:UsesSmtp", listing.Keys);
        Assert.DoesNotContain("Server:UrlList", listing.Keys);

        // Every settable property of every section is a key (FuzzyWeights alone has 19 weights).
        Assert.Equal(19, listing.Keys.Count(k => k.StartsWith("Matching:Fuzzy:", StringComparison.Ordinal)));
    }

    [Fact]
    public void Secrets_are_masked_wherever_they_come_from()
    {
        var file = _world.WriteFile("crm.json", """
            { "Mail": { "Smtp": { "Host": "smtp.example.vn", "UserName": "crm", "Password": "smtp-secret" } },
              "Server": { "AdminPassword": "admin-secret-1" },
              "Reports": { "Token": "tok-123" },
              "Storage2": { "ConnectionString": "Host=db;Username=crm;Password=pg-secret;Database=crm" } }
            """);

        var listing = SettingsListing.Of(_world.Load(configFile: file)).ToDictionary(s => s.Key);

        Assert.Equal("********", listing["Mail:Smtp:Password"].Value);
        Assert.Equal("********", listing["Server:AdminPassword"].Value);
        Assert.Equal("********", listing["Reports:Token"].Value);
        Assert.Equal("Host=db;Username=crm;Password=********;Database=crm", listing["Storage2:ConnectionString"].Value);
        Assert.Equal("crm", listing["Mail:Smtp:UserName"].Value);
        Assert.Equal(file, listing["Mail:Smtp:Password"].Source);
        Assert.DoesNotContain(listing.Values, s => s.Value is { } v && v.Contains("secret", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("postgres://crm:pg-secret@db.example.vn:5432/crm", "postgres://crm:********@db.example.vn:5432/crm")]
    [InlineData("postgresql://crm:p%40g-secret@db/crm?sslmode=require", "postgresql://crm:********@db/crm?sslmode=require")]
    [InlineData("postgres://crm@db/crm", "postgres://crm@db/crm")]
    [InlineData("Host=db;Username=crm;Password=pg-secret;Database=crm", "Host=db;Username=crm;Password=********;Database=crm")]
    public void The_store_connection_string_shows_everything_but_its_password(string connection, string shown)
    {
        var listing = SettingsListing.Of(_world.Load(SettingsWorld.Variables(
            ("CRM_Storage__Provider", "PostgreSql"), ("CRM_Storage__ConnectionString", connection)))).ToDictionary(s => s.Key);

        Assert.Equal(shown, listing["Storage:ConnectionString"].Value);
        Assert.Equal("environment CRM_Storage__ConnectionString", listing["Storage:ConnectionString"].Source);
    }

    [Fact]
    public void Lists_and_dictionaries_are_listed_entry_by_entry()
    {
        var variables = SettingsWorld.Variables(
            ("CRM_Intake__Assignment__Teams__south__0", "an"),
            ("CRM_Intake__Assignment__Teams__south__1", "binh"),
            ("CRM_Matching__Rules__Leads__0__Fields", "email"));

        var listing = SettingsListing.Of(_world.Load(variables)).ToDictionary(s => s.Key);

        Assert.Equal(new SettingValue("Intake:Assignment:Teams:south:1", "binh", "environment CRM_Intake__Assignment__Teams__south__1"),
            listing["Intake:Assignment:Teams:south:1"]);
        Assert.Equal("email", listing["Matching:Rules:Leads:0:Fields"].Value);
        Assert.Equal("true", listing["Matching:Rules:Leads:0:Strong"].Value);
        Assert.Equal("default", listing["Matching:Rules:Leads:0:Strong"].Source);
        Assert.DoesNotContain("Intake:Assignment:Teams", listing.Keys);
    }
}
