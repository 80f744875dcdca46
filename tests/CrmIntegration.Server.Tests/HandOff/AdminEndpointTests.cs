using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using CrmIntegration.Cli;
using CrmIntegration.Cli.CommandLine.HandOff;
using CrmIntegration.Cli.Tests.Infrastructure;
using CrmIntegration.Core.Configuration;
using CrmIntegration.Server.Admin;
using CrmIntegration.Server.Tests.Infrastructure;
using Microsoft.AspNetCore.Http;

namespace CrmIntegration.Server.Tests.HandOff;

/// <summary>The admin endpoint runs commands only for the holder of the token or an administrator's credentials.</summary>
public sealed class AdminEndpointTests
{
    private static readonly HandOffRequest UsersList = new(["users", "list"], Path.GetTempPath(), null, false, false);

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public async Task AdminFile_WhileRunning_OwnerOnlyAndNamingThisServer_GoneAfterStop()
    {
        await using var world = await HandOffWorld.CreateAsync(duplicatePairs: 0);
        await world.StartServerAsync();

        var file = AdminEndpointFile.Read(world.DatabasePath)!;
        Assert.Equal(world.Server.BaseAddress.ToString().TrimEnd('/'), file.Url);
        Assert.Equal(Environment.ProcessId, file.ProcessId);
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(AdminEndpointFile.PathFor(world.DatabasePath)));

        await world.StopServerAsync();
        Assert.False(File.Exists(AdminEndpointFile.PathFor(world.DatabasePath)));
    }

    public static TheoryData<string?, HttpStatusCode> Refused => new()
    {
        { null, HttpStatusCode.Unauthorized },
        { "Bearer not-the-token", HttpStatusCode.Unauthorized },
        { "Basic " + Basic("admin", "wrong-password"), HttpStatusCode.Unauthorized },
        { "Basic " + Basic("an", HandOffWorld.RepPassword), HttpStatusCode.Forbidden },
        { "Basic " + Basic("sao-mai", HandOffWorld.RepPassword), HttpStatusCode.Forbidden },
        { "Digest abc", HttpStatusCode.Unauthorized },
        { "Basic not-base64!", HttpStatusCode.Unauthorized },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public async Task Command_WithoutTheTokenOrAnAdministrator_IsRefusedAndNothingRuns(string? authorization, HttpStatusCode expected)
    {
        await using var world = await HandOffWorld.CreateAsync(duplicatePairs: 0);
        await world.StartServerAsync();
        using var http = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(world.Server.BaseAddress, "admin/commands"))
        {
            Content = JsonContent.Create(new HandOffRequest(["users", "add", "mallory", "--role", "admin"], Path.GetTempPath(), null, false, false)),
        };
        if (authorization is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
        }

        using var response = await http.SendAsync(request);

        Assert.Equal(expected, response.StatusCode);
        Assert.NotEmpty((await response.Content.ReadAsStringAsync()).Trim());
        Assert.Null(world.Server.Core.Users.FindByUserName("mallory"));
    }

    [Fact]
    public async Task Command_WithTheTokenFromTheDataDirectory_Runs()
    {
        await using var world = await HandOffWorld.CreateAsync(duplicatePairs: 0);
        await world.StartServerAsync();
        using var http = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(world.Server.BaseAddress, "admin/commands"))
        {
            Content = JsonContent.Create(UsersList),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", AdminEndpointFile.Read(world.DatabasePath)!.Token);

        using var response = await http.SendAsync(request);
        var frames = (await response.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("{\"job\":", frames[0], StringComparison.Ordinal);
        Assert.Contains(frames, f => f.Contains("sao-mai", StringComparison.Ordinal));
        Assert.Equal("{\"exit\":0}", frames[^1]);
    }

    [Fact]
    public async Task ServerOption_WithAnAdministratorsPassword_RunsThere()
    {
        await using var world = await HandOffWorld.CreateAsync(duplicatePairs: 0);
        await world.StartServerAsync();

        var run = await Crm.RunAsync(["--server", world.Server.BaseAddress.ToString(), "--user", "admin", "users", "list"], null,
            new Dictionary<string, string?> { ["CRM_PASSWORD"] = ServerFixture.AdminPassword });

        Assert.Equal(ExitCode.Ok, run.ExitCode);
        Assert.Contains("sao-mai", run.Output);
    }

    [Fact]
    public async Task ServerOption_WrongPassword_ExitsServerRefusedWithTheReason()
    {
        await using var world = await HandOffWorld.CreateAsync(duplicatePairs: 0);
        await world.StartServerAsync();

        var run = await Crm.RunAsync(["--server", world.Server.BaseAddress.ToString(), "users", "list"], null,
            new Dictionary<string, string?> { ["CRM_PASSWORD"] = "wrong-password" });

        Assert.Equal(ExitCode.ServerRefused, run.ExitCode);
        Assert.Single(run.ErrorLines);
        Assert.Contains("refused", run.Error);
        Assert.Empty(run.Output);
    }

    [Fact]
    public async Task ServerOption_NothingListening_ExitsServerRefused()
    {
        var run = await Crm.RunAsync(["--server", "http://127.0.0.1:1", "users", "list"], null,
            new Dictionary<string, string?> { ["CRM_PASSWORD"] = "x" });

        Assert.Equal(ExitCode.ServerRefused, run.ExitCode);
        Assert.Contains("did not answer", run.Error);
    }

    [Fact]
    public async Task ServerOption_PlainHttpToAnotherMachine_IsRefusedBeforeThePasswordIsSent()
    {
        var run = await Crm.RunAsync(["--server", "http://192.0.2.1:5080", "users", "list"], null,
            new Dictionary<string, string?> { ["CRM_PASSWORD"] = "x" });

        Assert.Equal(ExitCode.Usage, run.ExitCode);
        Assert.Single(run.ErrorLines);
        Assert.Contains("https://", run.Error);
    }

    [Fact]
    public async Task StaleAdminFile_OfAServerThatDied_IsIgnoredAndCrmOpensTheFile()
    {
        await using var world = await HandOffWorld.CreateAsync(duplicatePairs: 0);
        new AdminEndpointFile("http://127.0.0.1:1", "stale", int.MaxValue - 1, DateTimeOffset.UtcNow).Write(world.DatabasePath);

        var run = await world.CrmAsync("users", "list");

        Assert.Equal(ExitCode.Ok, run.ExitCode);
        Assert.Contains("sao-mai", run.Output);
    }

    [Fact]
    public async Task AdminFile_NamingAProcessIdReusedSince_IsIgnoredAndCrmOpensTheFile()
    {
        await using var world = await HandOffWorld.CreateAsync(duplicatePairs: 0);
        // This process is alive, but it started after the file says its server started: the id was reused.
        new AdminEndpointFile("http://127.0.0.1:1", "stale", Environment.ProcessId, DateTimeOffset.UtcNow.AddDays(-1)).Write(world.DatabasePath);

        var run = await world.CrmAsync("users", "list");

        Assert.Equal(ExitCode.Ok, run.ExitCode);
        Assert.Contains("sao-mai", run.Output);
    }

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public async Task AdminFile_OthersMayChange_IsNotTrustedWithTheCommand()
    {
        await using var world = await HandOffWorld.CreateAsync(duplicatePairs: 0);
        await world.StartServerAsync();
        var path = AdminEndpointFile.PathFor(world.DatabasePath);
        File.SetUnixFileMode(path, File.GetUnixFileMode(path) | UnixFileMode.GroupWrite | UnixFileMode.OtherWrite);

        var run = await world.CrmAsync("users", "list");

        Assert.Equal(ExitCode.DatabaseInUse, run.ExitCode);
        Assert.Single(run.ErrorLines);
        Assert.Contains("chmod 600", run.Error);
        Assert.Empty(run.Output);
    }

    [Theory]
    [InlineData(false, true)]
    [InlineData(true, false)]
    public void Caller_OnAnotherMachine_RefusedUnlessRemoteAdministrationIsOn(bool allowRemote, bool refused)
    {
        using var core = Core.CrmCore.InMemory();
        core.UserAdmin.EnsureFirstAdmin(ServerFixture.AdminPassword, out _);
        var access = new AdminAccess(new AdminToken(), core, new AdminOptions { AllowRemote = allowRemote });
        var http = new DefaultHttpContext();
        http.Connection.RemoteIpAddress = IPAddress.Parse("203.0.113.7");
        http.Connection.LocalIpAddress = IPAddress.Parse("192.0.2.1");
        http.Request.Headers.Authorization = "Basic " + Basic("admin", ServerFixture.AdminPassword);

        var (caller, refusal) = access.Check(http);

        Assert.Equal(refused, refusal is not null);
        Assert.Equal(refused ? null : "admin", caller);
    }

    [Theory]
    [InlineData("X-Forwarded-For", "203.0.113.7")]
    [InlineData("Forwarded", "for=203.0.113.7;proto=https")]
    public void Caller_ThroughALocalReverseProxy_IsRemote(string header, string value)
    {
        using var core = Core.CrmCore.InMemory();
        core.UserAdmin.EnsureFirstAdmin(ServerFixture.AdminPassword, out _);
        var token = new AdminToken();
        var access = new AdminAccess(token, core, new AdminOptions { AllowRemote = false });
        var http = new DefaultHttpContext();
        http.Connection.RemoteIpAddress = IPAddress.Loopback;
        http.Connection.LocalIpAddress = IPAddress.Loopback;
        http.Request.Headers.Authorization = "Bearer " + token.Value;
        http.Request.Headers[header] = value;

        var (caller, refusal) = access.Check(http);

        Assert.NotNull(refusal);
        Assert.Null(caller);
    }

    [Fact]
    public void CommandLine_AsLogged_HidesPasswords()
    {
        var masked = RunningCommands.Masked(["users", "add", "an", "--password", "S3cret-pass", "--role", "user", "--password=Other-pass", "--password-stdin"]);

        Assert.Equal("users add an --password *** --role user --password=*** --password-stdin", string.Join(' ', masked));
    }

    private static string Basic(string user, string password) => Convert.ToBase64String(Encoding.UTF8.GetBytes($"{user}:{password}"));
}
