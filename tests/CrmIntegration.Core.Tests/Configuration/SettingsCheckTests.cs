using CrmIntegration.Core.Configuration;
using CrmIntegration.Core.Errors;
using CrmIntegration.Core.Security;
using CrmIntegration.Core.Tests.Infrastructure;

namespace CrmIntegration.Core.Tests.Configuration;

/// <summary>
/// A bad setting stops either host with one line naming the key, where its value came from and
/// what would be right. Here each is given as an environment variable, the way most slip in.
/// </summary>
public sealed class SettingsCheckTests : IDisposable
{
    private readonly SettingsWorld _world = new();

    public void Dispose() => _world.Dispose();

    [Theory]
    [InlineData("CRM_Security__MaxFailedLogins", "lots", "Security:MaxFailedLogins is 'lots' (from environment CRM_Security__MaxFailedLogins): give a whole number, e.g. 5")]
    [InlineData("CRM_Security__MaxFailedLogins", "0", "Security:MaxFailedLogins is 0 (from environment CRM_Security__MaxFailedLogins): it must be at least 1")]
    [InlineData("CRM_Security__SessionIdleTimeout", "1h", "Security:SessionIdleTimeout is '1h' (from environment CRM_Security__SessionIdleTimeout): give a duration as hh:mm:ss (00:15:00) or d.hh:mm:ss (1.00:00:00), e.g. 01:00:00")]
    [InlineData("CRM_Security__LockoutDuration", "-00:01:00", "Security:LockoutDuration is -00:01:00 (from environment CRM_Security__LockoutDuration): it must be longer than 00:00:00")]
    [InlineData("CRM_Security__MaxFailedLogin", "3", "Security:MaxFailedLogin (from environment CRM_Security__MaxFailedLogin) is not a setting; Security has SessionIdleTimeout, MaxFailedLogins, LockoutDuration, SessionTouchInterval")]
    [InlineData("CRM_Mail__Notifications__Enabled", "yes", "Mail:Notifications:Enabled is 'yes' (from environment CRM_Mail__Notifications__Enabled): give true or false")]
    [InlineData("CRM_Mail__Smtp__Security", "Tls", "Mail:Smtp:Security is 'Tls' (from environment CRM_Mail__Smtp__Security): give one of None, StartTls, SslOnConnect, Auto")]
    [InlineData("CRM_Mail__Smtp__Security", "7", "Mail:Smtp:Security is '7' (from environment CRM_Mail__Smtp__Security): give one of None, StartTls, SslOnConnect, Auto")]
    [InlineData("CRM_Mail__Smtp__Port", "70000", "Mail:Smtp:Port (from environment CRM_Mail__Smtp__Port) is 70000, which is not a TCP port: give 1 to 65535, or 0 for the usual port of Mail:Smtp:Security")]
    [InlineData("CRM_Mail__From", "crm at example", "Mail:From (from environment CRM_Mail__From) is 'crm at example', which is not an email address: give one such as CRM <crm@example.com>")]
    [InlineData("CRM_Mail__BaseUrl", "crm.example.vn", "Mail:BaseUrl (from environment CRM_Mail__BaseUrl) is 'crm.example.vn', which is not an absolute http(s) URL: give the CRM's address, e.g. https://crm.example.com")]
    [InlineData("CRM_Mail__Smtp__UserName", "crm", "Mail:Smtp:UserName (from environment CRM_Mail__Smtp__UserName) is set but Mail:Smtp:Password is not: set both to log in to the relay, or neither")]
    [InlineData("CRM_Mail__Backoff__MaxAttempts", "0", "Mail:Backoff:MaxAttempts is 0 (from environment CRM_Mail__Backoff__MaxAttempts): it must be at least 1")]
    [InlineData("CRM_Matching__Fuzzy__Threshold", "1,5", "Matching:Fuzzy:Threshold is '1,5' (from environment CRM_Matching__Fuzzy__Threshold): give a number, with a dot before any decimals (0.5), e.g. 13")]
    [InlineData("CRM_Matching__Fuzzy__NameTokenSimilarity", "1.5", "Matching:Fuzzy:NameTokenSimilarity is 1.5 (from environment CRM_Matching__Fuzzy__NameTokenSimilarity): it must be from 0 to 1")]
    [InlineData("CRM_Matching__Rules__Calls__0__Fields", "email", "Matching:Rules:Calls (from environment CRM_Matching__Rules__Calls__0__Fields) names module 'Calls', in which duplicates are not matched: use Leads, Contacts, Prospects, Accounts")]
    [InlineData("CRM_Matching__Rules__Leads__0__Fields", "email+shoe", "Matching:Rules:Leads:0:Fields (from environment CRM_Matching__Rules__Leads__0__Fields) is 'email+shoe': Unknown match field 'shoe': use email, phone, name or company. Or use fuzzy.")]
    [InlineData("CRM_Matching__Rules__Leads__first__Fields", "email", "Matching:Rules:Leads:first (from environment CRM_Matching__Rules__Leads__first__Fields) is not a list position: the entries of Matching:Rules:Leads are numbered 0, 1, 2, …")]
    [InlineData("CRM_Intake__DuplicateAction", "Reject", "Intake:DuplicateAction is 'Reject' (from environment CRM_Intake__DuplicateAction): give one of Allow, Warn, Block")]
    [InlineData("CRM_Intake__Assignment__DefaultTeam", "south", "Intake:Assignment:DefaultTeam (from environment CRM_Intake__Assignment__DefaultTeam) names team 'south', which has no members (none are defined under Intake:Assignment:Teams)")]
    [InlineData("CRM_Storage__Provider", "Postgres", "Storage:Provider (from environment CRM_Storage__Provider) is 'Postgres', which is not a storage provider: use LiteDb or PostgreSql")]
    [InlineData("CRM_Storage__Provider", "PostgreSql", "Storage:ConnectionString is empty, and Storage:Provider PostgreSql needs it: give the database, e.g. postgres://crm:PASSWORD@db.example.com:5432/crm")]
    [InlineData("CRM_Storage__ReadCacheRecords", "-1", "Storage:ReadCacheRecords is -1 (from environment CRM_Storage__ReadCacheRecords): it must be at least 0")]
    [InlineData("CRM_Server__Urls", "localhost:5080", "Server:Urls (from environment CRM_Server__Urls) holds 'localhost:5080', which is not a listen URL: give http:// or https://, a host and a port (0 to 65535), e.g. http://127.0.0.1:5080")]
    [InlineData("CRM_Server__MaxRequestBodyBytes", "10MB", "Server:MaxRequestBodyBytes is '10MB' (from environment CRM_Server__MaxRequestBodyBytes): give a whole number, e.g. 10485760")]
    [InlineData("CRM_Server__AdminPassword", "short", "Server:AdminPassword (from environment CRM_Server__AdminPassword) has 5 characters: passwords need at least 8 (leave it unset to have one generated)")]
    [InlineData("CRM_Security__MaxFailedLogins__Extra", "1", "Security:MaxFailedLogins (from environment CRM_Security__MaxFailedLogins__Extra) is a single value, not a section: set Security:MaxFailedLogins itself")]
    public void A_bad_value_is_refused_in_one_line_naming_the_key_its_source_and_what_is_right(string variable, string value, string expected)
    {
        var error = CrmAssert.Fails(CrmErrorCode.BadConfiguration, () => _world.Load(SettingsWorld.Variables((variable, value))));

        Assert.Equal("configuration: " + expected, error.Message);
    }

    [Fact]
    public void A_value_from_a_file_names_the_file()
    {
        var file = _world.WriteFile("crm.json", """{ "Intake": { "Assignment": { "Rules": [ { "Partner": "acme" } ] } } }""");

        var error = CrmAssert.Fails(CrmErrorCode.BadConfiguration, () => _world.Load(configFile: file));

        Assert.Equal($"configuration: Intake:Assignment:Rules:0 (from {file}) must name exactly one of User or Team (whom the lead goes to)", error.Message);
    }

    [Fact]
    public void A_team_naming_a_user_who_does_not_exist_is_refused_once_the_database_is_open()
    {
        var file = _world.WriteFile("crm.json", """{ "Intake": { "Assignment": { "Teams": { "south": [ "alice", "bob" ] }, "DefaultTeam": "south" } } }""");
        using var test = new TestCore();
        test.Core.UserAdmin.EnsureFirstAdmin("Admin-Pass-1", out _);
        test.Core.UserAdmin.Add("alice", "Alice-Pass-1", UserRole.User);
        test.Core.UserAdmin.Add("carol", "Carol-Pass-1", UserRole.Manager);
        test.Core.UserAdmin.Add("acme", "Acme-Pass-12", UserRole.Partner);
        var settings = _world.Load(configFile: file);

        var error = CrmAssert.Fails(CrmErrorCode.BadConfiguration, () => settings.CheckAgainst(test.Core));

        Assert.Equal($"configuration: Intake:Assignment:Teams:south:1 (from {file}) names user 'bob' who does not exist (users: admin, alice, carol); "
            + "add the user with 'crm users add bob' or correct the name", error.Message);
        test.Core.UserAdmin.Add("bob", "Bob-Pass-123", UserRole.User);
        settings.CheckAgainst(test.Core);
    }

    [Theory]
    [InlineData("""{ "Teams": { "south": [ "acme" ] } }""", "Intake:Assignment:Teams:south:0", "names user 'acme', who is a partner; leads are assigned to internal users only")]
    [InlineData("""{ "Rules": [ { "Partner": "acme", "User": "zoe" } ] }""", "Intake:Assignment:Rules:0:User", "names user 'zoe' who does not exist (users: admin, alice); add the user with 'crm users add zoe' or correct the name")]
    [InlineData("""{ "Rules": [ { "Partner": "globex", "User": "alice" } ] }""", "Intake:Assignment:Rules:0:Partner", "names partner 'globex' who does not exist; add the partner with 'crm users add globex --role partner' or correct the name")]
    [InlineData("""{ "Rules": [ { "Partner": "alice", "User": "alice" } ] }""", "Intake:Assignment:Rules:0:Partner", "names 'alice', who is not a partner, so the rule could never apply; name a user whose role is partner")]
    public void Assignment_rules_must_name_users_of_the_right_kind(string assignment, string key, string problem)
    {
        var file = _world.WriteFile("crm.json", $$"""{ "Intake": { "Assignment": {{assignment}} } }""");
        using var test = new TestCore();
        test.Core.UserAdmin.EnsureFirstAdmin("Admin-Pass-1", out _);
        test.Core.UserAdmin.Add("alice", "Alice-Pass-1", UserRole.User);
        test.Core.UserAdmin.Add("acme", "Acme-Pass-12", UserRole.Partner);

        var error = CrmAssert.Fails(CrmErrorCode.BadConfiguration, () => _world.Load(configFile: file).CheckAgainst(test.Core));

        Assert.Equal($"configuration: {key} (from {file}) {problem}", error.Message);
    }

    [Fact]
    public void Options_made_in_code_are_checked_by_the_same_rules_without_a_source()
    {
        var error = CrmAssert.Fails(CrmErrorCode.BadConfiguration, () => new Core.Mail.MailOptions { From = "nobody" }.Validate());

        Assert.Equal("configuration: Mail:From is 'nobody', which is not an email address: give one such as CRM <crm@example.com>", error.Message);
    }
}
