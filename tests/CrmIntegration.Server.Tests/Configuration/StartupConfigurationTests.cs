using System.Diagnostics;
using CrmIntegration.Core;
using CrmIntegration.Core.Errors;
using CrmIntegration.Core.Security;
using CrmIntegration.Server.Hosting;
using CrmIntegration.Server.Tests.Infrastructure;

namespace CrmIntegration.Server.Tests.Configuration;

/// <summary>
/// A bad setting stops the server at start with one line naming the key, never a stack trace
/// (it used to end in an unhandled exception, exit 134). Each test has its own data directory.
/// </summary>
public sealed class StartupConfigurationTests : IDisposable
{
    private readonly string _data = Path.Combine(Path.GetTempPath(), "crm-startup-tests-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_data))
        {
            Directory.Delete(_data, recursive: true);
        }
    }

    private string Database => Path.Combine(_data, "crm.db");

    [Theory]
    [InlineData("CRM_Security__MaxFailedLogins", "lots",
        "crm-server: configuration: Security:MaxFailedLogins is 'lots' (from environment CRM_Security__MaxFailedLogins): give a whole number, e.g. 5")]
    [InlineData("CRM_Mail__From", "nobody",
        "crm-server: configuration: Mail:From (from environment CRM_Mail__From) is 'nobody', which is not an email address: give one such as CRM <crm@example.com>")]
    [InlineData("CRM_DB", "/srv/crm/crm.db",
        "crm-server: configuration: CRM_DB is no longer read; set CRM_Storage__Path to the database file instead")]
    [InlineData("CRM_DATA_DIR", "/srv/crm",
        "crm-server: configuration: CRM_DATA_DIR is no longer read; set CRM_Storage__Path to the database file (the directory's crm.db) instead")]
    public async Task A_bad_setting_stops_the_start_with_one_line_and_exit_code_11(string variable, string value, string expected)
    {
        using var error = new StringWriter();

        var code = await CrmServer.RunAsync([], Variables((variable, value)), error);

        Assert.Equal(CrmServer.BadConfigurationExitCode, code);
        Assert.Equal(11, code);
        Assert.Equal(expected, error.ToString().TrimEnd());
        Assert.False(File.Exists(Database));
    }

    [Fact]
    public async Task A_bad_command_line_setting_is_named_as_such()
    {
        using var error = new StringWriter();

        var code = await CrmServer.RunAsync(["--Server:MaxRequestBodyBytes=12", "--Storage:Path=" + Database], Variables(), error);

        Assert.Equal(11, code);
        Assert.Equal("crm-server: configuration: Server:MaxRequestBodyBytes is 12 (from command line --Server:MaxRequestBodyBytes): it must be at least 1024",
            error.ToString().TrimEnd());
    }

    /// <summary>Today's code started without a word and left partner leads unassigned.</summary>
    [Fact]
    public async Task A_team_naming_a_user_who_does_not_exist_is_refused_at_start()
    {
        using (var core = CrmCore.Open(new CrmCoreOptions { DatabasePath = Database }))
        {
            core.UserAdmin.EnsureFirstAdmin("Admin-Pass-1", out _);
            core.UserAdmin.Add("alice", "Alice-Pass-1", UserRole.User);
            core.UserAdmin.Add("carol", "Carol-Pass-1", UserRole.User);
        }

        var variables = Variables(
            ("CRM_Storage__Path", Database),
            ("CRM_Server__Urls", "http://127.0.0.1:0"),
            ("CRM_Intake__Assignment__Teams__south__0", "alice"),
            ("CRM_Intake__Assignment__Teams__south__1", "bob"),
            ("CRM_Intake__Assignment__DefaultTeam", "south"));
        using var error = new StringWriter();

        var code = await CrmServer.RunAsync([], variables, error);

        Assert.Equal(11, code);
        Assert.Equal("crm-server: configuration: Intake:Assignment:Teams:south:1 (from environment CRM_Intake__Assignment__Teams__south__1) "
            + "names user 'bob' who does not exist (users: admin, alice, carol); add the user with 'crm users add bob' or correct the name",
            error.ToString().TrimEnd());

        // The refused start let go of the database: once bob exists, the same settings start.
        using (var core = CrmCore.Open(new CrmCoreOptions { DatabasePath = Database }))
        {
            core.UserAdmin.Add("bob", "Bob-Pass-123", UserRole.User);
        }

        await using var app = CrmServer.Build([], variables);
        await app.StartAsync();
        await app.StopAsync();
    }

    [Fact]
    public async Task A_port_out_of_range_is_a_bad_setting()
    {
        using var error = new StringWriter();

        var code = await CrmServer.RunAsync([], Variables(("CRM_Storage__Path", Database), ("CRM_Server__Urls", "http://127.0.0.1:99999")), error);

        Assert.Equal(11, code);
        var line = Assert.Single(error.ToString().TrimEnd().Split('\n'));
        Assert.Contains("Server:Urls", line);
        Assert.Contains("0 to 65535", line);
    }

    [Fact]
    public async Task A_port_in_use_is_one_line_naming_the_address_and_the_database_is_let_go()
    {
        using var taken = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        taken.Start();
        var url = $"http://127.0.0.1:{((System.Net.IPEndPoint)taken.LocalEndpoint).Port}";
        using var error = new StringWriter();

        var code = await CrmServer.RunAsync([], Variables(("CRM_Storage__Path", Database), ("CRM_Server__Urls", url)), error);

        Assert.Equal(CrmServer.StartRefusedExitCode, code);
        var line = Assert.Single(error.ToString().TrimEnd().Split('\n'));
        Assert.StartsWith($"crm-server: cannot listen on {url} (Server:Urls): ", line);
        using var core = CrmCore.Open(new CrmCoreOptions { DatabasePath = Database });
        Assert.NotNull(core.Users.FindByUserName("admin"));
    }

    [Fact]
    public async Task A_database_path_naming_a_directory_is_one_line_naming_it()
    {
        Directory.CreateDirectory(_data);
        using var error = new StringWriter();

        var code = await CrmServer.RunAsync([], Variables(("CRM_Storage__Path", _data), ("CRM_Server__Urls", "http://127.0.0.1:0")), error);

        Assert.Equal(CrmServer.StartRefusedExitCode, code);
        var line = Assert.Single(error.ToString().TrimEnd().Split('\n'));
        Assert.StartsWith($"crm-server: the database {_data} (Storage:Path) cannot be opened: ", line);
    }

    [Fact]
    public async Task The_server_process_refuses_a_bad_setting_in_one_line_without_a_stack_trace()
    {
        var server = typeof(CrmServer).Assembly.Location;
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = Path.GetTempPath() };
        start.ArgumentList.Add(server);
        start.ArgumentList.Add("--Storage:Path=" + Database);
        foreach (var name in start.Environment.Keys.Where(k => k.StartsWith("CRM_", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            start.Environment.Remove(name);
        }

        start.Environment["CRM_Mail__Smtp__Port"] = "smtp";

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        finally
        {
            // A server that did not refuse would otherwise keep running after the test.
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        }

        Assert.True(process.ExitCode == 11, $"exit {process.ExitCode}\nstdout:\n{await output}\nstderr:\n{await stderr}");
        Assert.Equal("crm-server: configuration: Mail:Smtp:Port is 'smtp' (from environment CRM_Mail__Smtp__Port): give a whole number, e.g. 0",
            (await stderr).TrimEnd());
        Assert.False(File.Exists(Database));
    }

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public async Task The_servers_data_directory_and_files_are_owner_only()
    {
        var fixture = new ServerFixture();
        await fixture.InitializeAsync();
        try
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(fixture.DataDirectory));
            var files = Directory.GetFiles(fixture.DataDirectory, "*", SearchOption.AllDirectories);
            Assert.Contains(fixture.DatabasePath, files);
            Assert.All(files, f => Assert.True(File.GetUnixFileMode(f) == (UnixFileMode.UserRead | UnixFileMode.UserWrite), $"{f}: {File.GetUnixFileMode(f)}"));
        }
        finally
        {
            await fixture.DisposeAsync();
        }
    }

    private static Dictionary<string, string?> Variables(params (string Name, string Value)[] variables) =>
        variables.ToDictionary(v => v.Name, v => (string?)v.Value);
}
