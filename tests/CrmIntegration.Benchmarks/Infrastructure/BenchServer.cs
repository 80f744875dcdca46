using System.ServiceModel;
using System.ServiceModel.Channels;
using System.ServiceModel.Description;
using System.ServiceModel.Dispatcher;
using CrmIntegration.Benchmarks.Echo;
using CrmIntegration.Benchmarks.Floor;
using CrmIntegration.Server.Hosting;
using CrmIntegration.Server.Soap;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CrmIntegration.Benchmarks.Infrastructure;

/// <summary>
/// The real server (<see cref="CrmServer.Build"/>) on 127.0.0.1 with a free port, plus the echo
/// baseline on <see cref="EchoService.Path"/> and the store floor on <see cref="StoreFloorService.Path"/> in the
/// same application and pipeline.
/// </summary>
public sealed class BenchServer : IAsyncDisposable
{
    public const string AdminPassword = "Bench#Admin-2026";

    private readonly List<ICommunicationObject> _factories = [];

    private BenchServer(WebApplication app)
    {
        App = app;
        BaseAddress = new Uri(app.Urls.First() + "/");
    }

    public WebApplication App { get; }

    /// <summary>The database file the server opens in <paramref name="dataDirectory"/>.</summary>
    public static string DatabasePath(string dataDirectory) => Path.Combine(dataDirectory, "crm.db");

    public Uri BaseAddress { get; }

    /// <summary>Starts the server over <paramref name="dataDirectory"/>; <paramref name="settings"/> adds or overrides configuration keys.</summary>
    public static async Task<BenchServer> StartAsync(string dataDirectory, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var app = CrmServer.Build([], new Dictionary<string, string?>(), builder =>
        {
            builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Storage:Path"] = DatabasePath(dataDirectory),
                ["Server:Urls"] = "http://127.0.0.1:0",
                ["Server:AdminPassword"] = AdminPassword,

                // Keeps start/stop banners out of the figures; request logging is already off.
                ["Logging:LogLevel:Microsoft.Hosting.Lifetime"] = "Warning",

                // Quartz names schedulers per process, and intake --instances runs several servers in one.
                ["Scheduling:SchedulerName"] = "crm-bench-" + Guid.NewGuid().ToString("N"),
            });
            if (settings is not null)
            {
                builder.Configuration.AddInMemoryCollection(settings);
            }
            builder.Services.AddSingleton<IEchoService, EchoService>();
            builder.Services.AddSingleton(_ => new JournalFloor(Path.Combine(dataDirectory, "floor.journal")));
            builder.Services.AddSingleton<IStoreFloorService, StoreFloorService>();
        });

        // Mapped after Build (the configure callback only sees the builder); endpoints still run
        // behind the same middleware as the Sugar endpoint.
        app.MapCrmSoapEndpoint<IEchoService>(EchoService.Path);
        app.MapCrmSoapEndpoint<IStoreFloorService>(StoreFloorService.Path);
        await app.StartAsync();
        return new BenchServer(app);
    }

    /// <summary>
    /// A factory whose channels share one HttpClient with room for a connection per client.
    /// <see cref="HttpClientHandler.MaxConnectionsPerServer"/> is already unlimited on .NET; it is
    /// set explicitly so that a change of default cannot silently queue the load clients.
    /// </summary>
    public ChannelFactory<TContract> CreateFactory<TContract>(string path, int clients)
    {
        var binding = new BasicHttpBinding { MaxReceivedMessageSize = 64 * 1024 * 1024, UseDefaultWebProxy = false };
        var factory = new ChannelFactory<TContract>(binding, new EndpointAddress(new Uri(BaseAddress, path.TrimStart('/'))));
        factory.Endpoint.EndpointBehaviors.Add(new ConnectionLimitBehavior(clients));
        _factories.Add(factory);
        return factory;
    }

    /// <summary>A new, opened channel of the factory.</summary>
    public static TContract OpenChannel<TContract>(ChannelFactory<TContract> factory)
    {
        var channel = factory.CreateChannel();
        ((IClientChannel)channel!).Open();
        return channel;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var factory in _factories)
        {
            factory.Abort();
        }

        await App.StopAsync();
        await App.DisposeAsync();
    }

    private sealed class ConnectionLimitBehavior(int connections) : IEndpointBehavior
    {
        public void AddBindingParameters(ServiceEndpoint endpoint, BindingParameterCollection bindingParameters) =>
            bindingParameters.Add(new Func<HttpClientHandler, HttpMessageHandler>(handler =>
            {
                handler.MaxConnectionsPerServer = Math.Max(connections, handler.MaxConnectionsPerServer);
                return handler;
            }));

        public void ApplyClientBehavior(ServiceEndpoint endpoint, ClientRuntime clientRuntime)
        {
        }

        public void ApplyDispatchBehavior(ServiceEndpoint endpoint, EndpointDispatcher endpointDispatcher)
        {
        }

        public void Validate(ServiceEndpoint endpoint)
        {
        }
    }
}
