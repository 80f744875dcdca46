using System.Collections.Concurrent;
using CrmIntegration.Core.Jobs;
using CrmIntegration.Core.Modules;
using CrmIntegration.Core.Security;
using CrmIntegration.Core.Storage;
using CrmIntegration.Core.Tests.Jobs;
using CrmIntegration.Server.Soap.V41;
using CrmIntegration.Server.Soap.V41.Contracts;
using CrmIntegration.Server.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace CrmIntegration.Server.Tests.MultiInstance;

/// <summary>
/// Two server instances on one PostgreSQL database, as behind a load balancer: a session opened on
/// one is good on the other (and ended on both by a logout), the same <c>partner_ref</c> sent to
/// both at the same moment makes one lead, a <c>block</c>-rule duplicate sent to both at once makes
/// one lead and one fault 50, and intake from 16 clients spread over both stores every acknowledged
/// lead exactly once; a job both schedulers fire every second runs once per firing. The database
/// decides, not timing luck: each race runs many times.
/// </summary>
public sealed class TwoInstancesTests : IAsyncLifetime
{
    private const string PartnerPassword = "Partner-Pass-2026";

    private readonly ServerFixture _first;
    private readonly ServerFixture _second;
    private readonly string _database;

    /// <summary>One job object in both instances' catalogues, so it counts the runs of both.</summary>
    private readonly CountingJob _tick = new("tick", "* * * * * ?");

    public TwoInstancesTests()
    {
        _database = TestStore.NewPostgreSqlDatabase();
        _first = new ServerFixture { ConnectionString = _database };
        _second = new ServerFixture { ConnectionString = _database };
        foreach (var server in new[] { _first, _second })
        {
            server.ConfigureServices(services => services.AddSingleton<ICrmJob>(_tick));
            server.Configure("Intake:DuplicateActions:email", "block");

            // Mail and session jobs stay out of the way: these tests are about intake and sessions.
            server.Configure("Scheduling:Jobs:mail-delivery:Enabled", "false");
        }
    }

    public async Task InitializeAsync()
    {
        _first.BeforeStart(core => core.UserAdmin.Add("acme", PartnerPassword, UserRole.Partner));
        await _first.InitializeAsync();
        await _second.InitializeAsync();
    }

    public async Task DisposeAsync()
    {
        await _second.DisposeAsync();
        await _first.DisposeAsync();
    }

    [Fact]
    public async Task SessionOpenedOnOneInstance_IsGoodOnTheOther_AndALogoutEndsItOnBoth()
    {
        var session = await _first.Client().LoginAsync("acme", PartnerPassword);
        var id = await _first.Client().SetAsync(session, "Leads", ("last_name", "Hồ"), ("email1", "ho@example.vn"));

        var read = await _second.Client().GetEntryAsync(session, "Leads", id, ["last_name"], [], false);
        await _second.Client().LogoutAsync(session);
        await Task.Delay(Core.Security.AuthService.SessionRecheck + TimeSpan.FromMilliseconds(200));
        var fault = await SugarClientExtensions.FaultOf(() => _first.Client().GetEntryAsync(session, "Leads", id, ["last_name"], [], false));

        Assert.Equal("Hồ", read.EntryList.Single().Value("last_name"));
        Assert.Equal("11", fault.Number);
    }

    [Fact]
    public async Task SamePartnerRef_SentToBothAtOnce_MakesOneLead_Every_Time()
    {
        var (one, two) = (await PartnerAsync(_first), await PartnerAsync(_second));

        for (var i = 0; i < 25; i++)
        {
            var reference = $"REF-{i}-{Guid.NewGuid():N}";
            var fields = Fields(("last_name", $"Lý {i}"), ("partner_ref", reference));
            var answers = await Task.WhenAll(
                one.Client.SetEntryAsync(one.Session, "Leads", fields),
                two.Client.SetEntryAsync(two.Session, "Leads", fields));

            Assert.Equal(answers[0].Id, answers[1].Id);
            var stored = _first.Core.Store.Query(new Core.Storage.RecordQuery("Leads")
            {
                Filter = Core.Query.QueryParser.ParseWhere($"partner_ref = '{reference}'", _first.Core.Registry.Get("Leads"), _first.Core.Registry),
                CountTotal = true,
            });
            Assert.Equal(1, stored.Total);
        }
    }

    [Fact]
    public async Task BlockRuleDuplicate_SentToBothAtOnce_MakesOneLeadAndOneFault50_Every_Time()
    {
        var (one, two) = (await PartnerAsync(_first), await PartnerAsync(_second));

        for (var i = 0; i < 25; i++)
        {
            var fields = Fields(("last_name", $"Mai {i}"), ("email1", $"mai.{i}.{Guid.NewGuid():N}@example.vn"));
            var outcomes = await Task.WhenAll(
                OutcomeAsync(() => one.Client.SetEntryAsync(one.Session, "Leads", fields)),
                OutcomeAsync(() => two.Client.SetEntryAsync(two.Session, "Leads", fields)));

            Assert.Equal(["created", "fault 50"], outcomes.Order(StringComparer.Ordinal));
        }
    }

    [Fact]
    public async Task IntakeFrom16ClientsOverBoth_StoresEveryAcknowledgedLeadOnce()
    {
        var clients = await Task.WhenAll(Enumerable.Range(0, 16).Select(i => PartnerAsync(i % 2 == 0 ? _first : _second)));
        var acknowledged = new ConcurrentBag<string>();

        await Task.WhenAll(clients.Select((client, c) => Task.Run(async () =>
        {
            for (var n = 0; n < 25; n++)
            {
                var answer = await client.Client.SetEntryAsync(client.Session, "Leads",
                    Fields(("last_name", $"Tải {c}-{n}"), ("email1", $"load.{c}.{n}@example.vn"), ("partner_ref", $"LOAD-{c}-{n}")));
                acknowledged.Add(answer.Id!);
            }
        })));

        var ids = acknowledged.ToList();
        Assert.Equal(16 * 25, ids.Distinct(StringComparer.Ordinal).Count());
        var stored = StoredLeads.ByReference(_second.Core, "LOAD-").Values.SelectMany(sameReference => sameReference).Order(StringComparer.Ordinal);
        Assert.Equal(ids.Order(StringComparer.Ordinal), stored);
    }

    [Fact]
    public async Task AJobBothSchedulersFireEverySecond_RunsOncePerFiring()
    {
        await Task.Delay(TimeSpan.FromSeconds(5));
        await _first.StopAsync();
        await _second.StopAsync();

        using var store = StoreFactory.Open(StoreFactory.PostgreSql, "unused", ModuleRegistry.Default, connectionString: _database);
        var runs = store.ListJobRuns("tick", 1_000);
        Assert.InRange(_tick.Runs, 3, 7);
        Assert.Equal(_tick.Runs, runs.Count);
        Assert.Equal(runs.Count, runs.Select(r => r.ScheduledUtc).Distinct().Count());
        Assert.All(runs, r => Assert.Equal(JobRunOutcome.Succeeded, r.Outcome));
    }

    private static async Task<string> OutcomeAsync(Func<Task<NewSetEntryResult>> call)
    {
        try
        {
            await call();
            return "created";
        }
        catch (System.ServiceModel.FaultException<ErrorValue> fault)
        {
            return $"fault {fault.Detail.Number}";
        }
    }

    private static async Task<(ISugarSoapService Client, string Session)> PartnerAsync(ServerFixture server)
    {
        var client = server.Client();
        return (client, await client.LoginAsync("acme", PartnerPassword));
    }

    private static NameValue[] Fields(params (string Name, string Value)[] values) =>
        values.Select(v => new NameValue(v.Name, v.Value)).ToArray();
}
