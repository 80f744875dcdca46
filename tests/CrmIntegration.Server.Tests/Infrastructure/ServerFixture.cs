using System.ServiceModel;
using CrmIntegration.Core;
using CrmIntegration.Server.Hosting;
using CrmIntegration.Server.Soap;
using CrmIntegration.Server.Soap.Intake;
using CrmIntegration.Server.Soap.V41;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CrmIntegration.Server.Tests.Infrastructure;

/// <summary>
/// A real server: Kestrel on 127.0.0.1 with a free port, over a LiteDB file in its own temporary
/// data directory (or a PostgreSQL database of its own, <see cref="TestStore"/>), called through a
/// real WCF <see cref="ChannelFactory{TChannel}"/>.
/// </summary>
public sealed class ServerFixture : IAsyncLifetime
{
    public const string AdminPassword = "Admin#Pass-2026";

    private readonly Dictionary<string, string?> _overrides = new();
    private readonly List<Action<CrmCore>> _beforeStart = [];
    private readonly List<Action<IServiceCollection>> _services = [];
    private bool _running;
    private ChannelFactory<ISugarSoapService>? _factory;
    private ChannelFactory<ILeadIntakeService>? _intakeFactory;

    /// <summary>The data directory (a new temporary one unless set); the database is <c>crm.db</c> in it.</summary>
    public string DataDirectory { get; init; } = Path.Combine(Path.GetTempPath(), "crm-server-tests-" + Guid.NewGuid().ToString("N"));

    public string DatabasePath => Path.Combine(DataDirectory, "crm.db");

    /// <summary>The PostgreSQL database when the run is on PostgreSQL (<see cref="TestStore"/>); null on LiteDB.</summary>
    public string? ConnectionString { get; init; } = TestStore.NewDatabase();

    public WebApplication App { get; private set; } = null!;

    public Uri BaseAddress { get; private set; } = null!;

    public Uri SugarAddress => new(BaseAddress, SoapServiceExtensions.SugarV41Path);

    public Uri IntakeAddress => new(BaseAddress, SoapServiceExtensions.LeadIntakePath.TrimStart('/'));

    public CrmCore Core => App.Services.GetRequiredService<CrmCore>();

    /// <summary>Extra configuration for the next start (e.g. Security:MaxFailedLogins).</summary>
    public void Configure(string key, string? value) => _overrides[key] = value;

    /// <summary>
    /// Writes to the database before the next start, as an administrator does with <c>crm</c> while
    /// the server is stopped: e.g. the reps an assignment team names, which must exist when it starts.
    /// </summary>
    public void BeforeStart(Action<CrmCore> write) => _beforeStart.Add(write);

    /// <summary>Services for every start from now on (a test clock, a test job), registered before the server's own.</summary>
    public void ConfigureServices(Action<IServiceCollection> configure) => _services.Add(configure);

    /// <summary>The server's command line for the next start (e.g. <c>--config FILE</c>).</summary>
    public string[] Arguments { get; set; } = [];

    public async Task InitializeAsync() => await StartAsync();

    public async Task StartAsync()
    {
        if (_beforeStart.Count > 0)
        {
            using var core = CrmCore.Open(TestStore.CoreOptions(DataDirectory, ConnectionString));
            core.UserAdmin.EnsureFirstAdmin(AdminPassword, out _);
            _beforeStart.ForEach(write => write(core));
            _beforeStart.Clear();
        }

        // No environment variables: tests run in parallel and must not depend on the process environment.
        App = CrmServer.Build(Arguments, new Dictionary<string, string?>(), builder =>
        {
            builder.Configuration.AddInMemoryCollection(TestStore.Settings(DataDirectory, ConnectionString));
            builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>(_overrides)
            {
                ["Server:Urls"] = "http://127.0.0.1:0",
                ["Server:AdminPassword"] = AdminPassword,

                // Quartz names schedulers per process, and tests run several servers in one.
                ["Scheduling:SchedulerName"] = _overrides.GetValueOrDefault("Scheduling:SchedulerName") ?? "crm-test-" + Path.GetFileName(DataDirectory),
            });
            foreach (var configure in _services)
            {
                configure(builder.Services);
            }
        });
        await App.StartAsync();
        _running = true;
        BaseAddress = new Uri(App.Urls.First() + "/");
        _factory = new ChannelFactory<ISugarSoapService>(
            new BasicHttpBinding { MaxReceivedMessageSize = 64 * 1024 * 1024 },
            new EndpointAddress(SugarAddress));
        _intakeFactory = new ChannelFactory<ILeadIntakeService>(
            new BasicHttpBinding { MaxReceivedMessageSize = 64 * 1024 * 1024 },
            new EndpointAddress(IntakeAddress));
    }

    /// <summary>Stops the server and starts a new one on the same data directory.</summary>
    public async Task RestartAsync()
    {
        await StopAsync();
        await StartAsync();
    }

    public ISugarSoapService Client() => _factory!.CreateChannel();

    /// <summary>A WCF client of the typed lead intake service (<c>/LeadIntake.svc</c>).</summary>
    public ILeadIntakeService IntakeClient() => _intakeFactory!.CreateChannel();

    public async Task DisposeAsync()
    {
        await StopAsync();

        // A test that failed before the server started has made nothing to remove; that failure is the one to see.
        if (Directory.Exists(DataDirectory))
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
    }

    /// <summary>Stops the server (a later <see cref="StartAsync"/> starts a new one on the same data directory).</summary>
    public async Task StopAsync()
    {
        if (!_running)
        {
            return;
        }

        _running = false;
        _factory?.Abort();
        _intakeFactory?.Abort();
        await App.StopAsync();
        await App.DisposeAsync();
    }
}
