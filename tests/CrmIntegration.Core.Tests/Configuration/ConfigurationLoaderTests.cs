using CrmIntegration.Core.Configuration;
using CrmIntegration.Core.Errors;
using CrmIntegration.Core.Tests.Infrastructure;

namespace CrmIntegration.Core.Tests.Configuration;

/// <summary>The one loader: its sources, their order, where relative paths start, what it leaves alone.</summary>
public sealed class ConfigurationLoaderTests : IDisposable
{
    private readonly SettingsWorld _world = new();

    public void Dispose() => _world.Dispose();

    [Fact]
    public void Each_source_overrides_the_ones_before_it_and_is_named_as_the_source()
    {
        var file = _world.WriteFile("crm.json", """{ "Security": { "MaxFailedLogins": 4 } }""");
        var variables = SettingsWorld.Variables(("CRM_Security__MaxFailedLogins", "6"));
        string[] commandLine = ["--Security:MaxFailedLogins=7"];
        SettingOverride[] overrides = [new("Security:MaxFailedLogins", "8", "--test")];

        Assert.Equal((5, "default"), Read(_world.Load()));
        _world.WriteBuiltIn("""{ "Security": { "MaxFailedLogins": 3 } }""");
        Assert.Equal((3, "appsettings.json"), Read(_world.Load()));
        Assert.Equal((4, file), Read(_world.Load(configFile: file)));
        Assert.Equal((6, "environment CRM_Security__MaxFailedLogins"), Read(_world.Load(variables, file)));
        Assert.Equal((7, "command line --Security:MaxFailedLogins"), Read(_world.Load(variables, file, commandLine)));
        Assert.Equal((8, "--test"), Read(_world.Load(variables, file, commandLine, overrides)));

        static (int, string) Read(CrmSettings settings) =>
            (settings.Security.MaxFailedLogins, settings.SourceOf("Security:MaxFailedLogins"));
    }

    [Fact]
    public void Without_a_built_in_file_the_options_classes_defaults_apply()
    {
        File.Delete(Path.Combine(_world.BuiltIn, CrmConfiguration.BuiltInFileName));

        var settings = _world.Load();

        Assert.Equal(5, settings.Security.MaxFailedLogins);
        Assert.Equal(StorageOptions.LiteDb, settings.Storage.Provider);
        Assert.Equal("default", settings.SourceOf("Security:MaxFailedLogins"));
    }

    [Fact]
    public void The_shipped_appsettings_json_loads_checks_and_keeps_the_documented_defaults()
    {
        var settings = CrmConfiguration.Load(new ConfigurationRequest());

        Assert.Equal("appsettings.json", settings.SourceOf("Server:Urls"));
        Assert.Equal(ServerOptions.DefaultUrls, settings.Server.Urls);
        Assert.Equal(ServerOptions.DefaultMaxRequestBodyBytes, settings.Server.MaxRequestBodyBytes);
        Assert.Equal(TimeSpan.FromHours(1), settings.Security.SessionIdleTimeout);
        Assert.Equal(Path.GetFullPath(StorageOptions.DefaultPath), settings.Storage.Path);
        Assert.Equal("default", settings.SourceOf("Storage:Path"));
    }

    [Fact]
    public void CRM_CONFIG_names_the_installation_file_unless_config_is_given()
    {
        var fromVariable = _world.WriteFile("variable.json", """{ "Mail": { "From": "Variable <v@example.vn>" } }""");
        var fromOption = _world.WriteFile("option.json", """{ "Mail": { "From": "Option <o@example.vn>" } }""");
        var variables = SettingsWorld.Variables(("CRM_CONFIG", fromVariable));

        Assert.Equal("Variable <v@example.vn>", _world.Load(variables).Mail.From);
        Assert.Equal("Option <o@example.vn>", _world.Load(variables, fromOption).Mail.From);
        Assert.Equal(fromOption, _world.Load(variables, fromOption).SourceOf("Mail:From"));
    }

    [Fact]
    public void A_relative_path_in_a_file_is_taken_from_the_files_directory_and_elsewhere_from_the_current_one()
    {
        var file = _world.WriteFile("crm.json", """{ "Storage": { "Path": "db/crm.db" }, "Mail": { "OutboxDirectory": "../mail" } }""");

        var fromFile = _world.Load(configFile: file);
        var fromVariable = _world.Load(SettingsWorld.Variables(("CRM_Storage__Path", "db/crm.db")), file);
        var fromDefault = _world.Load();

        Assert.Equal(Path.Combine(_world.Installation, "db", "crm.db"), fromFile.Storage.Path);
        Assert.Equal(Path.Combine(_world.Root, "mail"), fromFile.Mail.OutboxDirectory);
        Assert.Equal(Path.Combine(Directory.GetCurrentDirectory(), "db", "crm.db"), fromVariable.Storage.Path);
        Assert.Equal(Path.Combine(Directory.GetCurrentDirectory(), "data", "crm.db"), fromDefault.Storage.Path);
        Assert.Null(fromDefault.Mail.OutboxDirectory);
    }

    [Fact]
    public void Sections_no_host_binds_are_kept_and_are_no_error()
    {
        var file = _world.WriteFile("crm.json", """{ "Scheduling": { "Jobs": { "mail-delivery": { "Cron": "0 * * * * ?" } } }, "Logging": { "LogLevel": { "Default": "Warning" } } }""");

        var settings = _world.Load(SettingsWorld.Variables(("CRM_Reports__Port", "5090")), file);

        Assert.Equal("0 * * * * ?", settings.Configuration["Scheduling:Jobs:mail-delivery:Cron"]);
        Assert.Equal("5090", settings.Configuration["Reports:Port"]);
        Assert.Equal("Warning", settings.Configuration["Logging:LogLevel:Default"]);
    }

    [Fact]
    public void A_section_plugs_in_with_its_options_and_checks_without_changing_the_loader()
    {
        var file = _world.WriteFile("crm.json", """{ "Reminders": { "TimeZone": "Asia/Ho_Chi_Minh", "Jobs": [ { "Name": "mail-delivery", "Cron": "0/5 * * * * ?" } ] } }""");
        var reminders = new SettingsSection<SchedulingExample>("Reminders", (options, check) =>
            check.NotEmpty("Reminders:TimeZone", options.TimeZone, "Asia/Ho_Chi_Minh"));
        SettingsSection[] sections = [.. SettingsSections.All, reminders];

        var settings = CrmSettings.Bind(CrmConfiguration.Build(_world.Request(configFile: file)), sections);
        var refused = Assert.Throws<CrmException>(() => CrmSettings.Bind(
            CrmConfiguration.Build(_world.Request(SettingsWorld.Variables(("CRM_Reminders__TimeZone", " ")), file)), sections));
        var misspelt = Assert.Throws<CrmException>(() => CrmSettings.Bind(
            CrmConfiguration.Build(_world.Request(SettingsWorld.Variables(("CRM_Reminders__Jobs__0__Corn", "x")), file)), sections));

        Assert.Equal("0/5 * * * * ?", settings.Get<SchedulingExample>().Jobs.Single().Cron);
        Assert.Contains(SettingsListing.Of(settings), s => s is { Key: "Reminders:Jobs:0:Cron", Value: "0/5 * * * * ?" } && s.Source == file);
        Assert.Equal("configuration: Reminders:TimeZone (from environment CRM_Reminders__TimeZone) is empty: give a value, e.g. Asia/Ho_Chi_Minh", refused.Message);
        Assert.Equal("configuration: Reminders:Jobs:0:Corn (from environment CRM_Reminders__Jobs__0__Corn) is not a setting; "
            + "Reminders:Jobs:0 has Name, Cron", misspelt.Message);
    }

    [Fact]
    public void A_missing_or_broken_installation_file_is_one_line_naming_it()
    {
        var broken = _world.WriteFile("broken.json", "{ \"Mail\": { \"From\": }");
        var missing = Path.Combine(_world.Installation, "missing.json");

        var fromOption = CrmAssert.Fails(CrmErrorCode.BadConfiguration, () => _world.Load(configFile: missing));
        var fromVariable = CrmAssert.Fails(CrmErrorCode.BadConfiguration, () => _world.Load(SettingsWorld.Variables(("CRM_CONFIG", missing))));
        var unreadable = CrmAssert.Fails(CrmErrorCode.BadConfiguration, () => _world.Load(configFile: broken));

        Assert.Equal($"configuration: --config names {missing}, which does not exist (or is not a file)", fromOption.Message);
        Assert.Equal($"configuration: CRM_CONFIG names {missing}, which does not exist (or is not a file)", fromVariable.Message);
        Assert.StartsWith($"configuration: {broken} cannot be read as JSON settings: ", unreadable.Message);
        Assert.DoesNotContain('\n', unreadable.Message);
    }

    [Theory]
    [InlineData("CRM_DB", "/srv/crm/crm.db", "configuration: CRM_DB is no longer read; set CRM_Storage__Path to the database file instead")]
    [InlineData("CRM_DATA_DIR", "/srv/crm", "configuration: CRM_DATA_DIR is no longer read; set CRM_Storage__Path to the database file (the directory's crm.db) instead")]
    [InlineData("CRM_URLS", "http://0.0.0.0:5080", "configuration: CRM_URLS is no longer read; set CRM_Server__Urls to the listen URLs instead")]
    [InlineData("CRM_ADMIN_PASSWORD", "secret-123", "configuration: CRM_ADMIN_PASSWORD is no longer read; set CRM_Server__AdminPassword to the first admin's password instead")]
    [InlineData("CRM_MAX_REQUEST_BODY_BYTES", "4096", "configuration: CRM_MAX_REQUEST_BODY_BYTES is no longer read; set CRM_Server__MaxRequestBodyBytes to the request size limit instead")]
    [InlineData("CRM_Mail__DeliveryInterval", "00:00:05", "configuration: CRM_Mail__DeliveryInterval is no longer read; set CRM_Scheduling__Jobs__mail-delivery__Cron to a Quartz cron expression such as '*/5 * * * * ?' (every 5 seconds) instead")]
    public void Retired_variables_are_refused_naming_their_replacement(string variable, string value, string expected)
    {
        var error = CrmAssert.Fails(CrmErrorCode.BadConfiguration, () => _world.Load(SettingsWorld.Variables((variable, value))));

        Assert.Equal(expected, error.Message);
    }

    [Fact]
    public void A_retired_key_in_a_file_is_refused_naming_the_file_and_the_key_to_use()
    {
        var file = _world.WriteFile("old.json", """{ "DATA_DIR": "data" }""");

        var error = CrmAssert.Fails(CrmErrorCode.BadConfiguration, () => _world.Load(configFile: file));

        Assert.Equal($"configuration: DATA_DIR (from {file}) is no longer read; set Storage:Path to the database file (the directory's crm.db) instead", error.Message);
    }

    [Fact]
    public void The_server_command_line_gives_up_config_and_keeps_settings()
    {
        var (file, settings) = CrmConfiguration.TakeConfigOption(["--Server:Urls=http://127.0.0.1:0", "--config", "/etc/crm.json", "--Mail:From", "x@y.vn"]);
        var (equalsForm, _) = CrmConfiguration.TakeConfigOption(["--config=/etc/other.json"]);

        Assert.Equal("/etc/crm.json", file);
        Assert.Equal(["--Server:Urls=http://127.0.0.1:0", "--Mail:From", "x@y.vn"], settings);
        Assert.Equal("/etc/other.json", equalsForm);
        Assert.Equal("configuration: --config needs the settings file, e.g. --config /etc/crm/crm.json",
            CrmAssert.Fails(CrmErrorCode.BadConfiguration, () => CrmConfiguration.TakeConfigOption(["--config"])).Message);
    }

    /// <summary>The shape of a section another engineer might add.</summary>
    public sealed class SchedulingExample
    {
        public string TimeZone { get; set; } = "Asia/Ho_Chi_Minh";

        public List<JobExample> Jobs { get; set; } = [];
    }

    public sealed class JobExample
    {
        public string Name { get; set; } = "";

        public string Cron { get; set; } = "";
    }
}
