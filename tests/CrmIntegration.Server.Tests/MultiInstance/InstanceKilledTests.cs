using System.Collections.Concurrent;
using System.ServiceModel;
using CrmIntegration.Core.Security;
using CrmIntegration.Core.Storage;
using CrmIntegration.Server.Soap.V41;
using CrmIntegration.Server.Soap.V41.Contracts;
using CrmIntegration.Server.Tests.Infrastructure;

namespace CrmIntegration.Server.Tests.MultiInstance;

/// <summary>
/// Two instances on one PostgreSQL database under intake from 16 clients, one of them a process of
/// its own that is killed with SIGKILL halfway: every lead either instance acknowledged is stored,
/// once, and the surviving instance goes on taking leads.
/// </summary>
public sealed class InstanceKilledTests : IAsyncLifetime
{
    private const string PartnerPassword = "Partner-Pass-2026";

    private readonly string _database = TestStore.NewPostgreSqlDatabase();
    private ServerFixture _survivor = null!;
    private ServerProcess _victim = null!;

    public async Task InitializeAsync()
    {
        _survivor = new ServerFixture { ConnectionString = _database };
        _survivor.BeforeStart(core => core.UserAdmin.Add("acme", PartnerPassword, UserRole.Partner));
        await _survivor.InitializeAsync();
        _victim = await ServerProcess.StartAsync(new Dictionary<string, string>
        {
            ["CRM_Storage__Provider"] = StoreFactory.PostgreSql,
            ["CRM_Storage__ConnectionString"] = _database,
        });
    }

    public async Task DisposeAsync()
    {
        await _victim.DisposeAsync();
        await _survivor.DisposeAsync();
    }

    [Fact]
    public async Task SigkillOfOneInstanceUnderLoad_LosesNoAcknowledgedLead()
    {
        var acknowledged = new ConcurrentDictionary<string, string>(StringComparer.Ordinal);
        using var victimFactory = new ChannelFactory<ISugarSoapService>(new BasicHttpBinding(), new EndpointAddress(_victim.SugarAddress));
        var clients = Enumerable.Range(0, 16).Select(c => Task.Run(async () =>
        {
            var client = c % 2 == 0 ? _survivor.Client() : victimFactory.CreateChannel();
            var session = await client.LoginAsync("acme", PartnerPassword);
            for (var n = 0; n < 60; n++)
            {
                var reference = $"KILL-{c}-{n}";
                try
                {
                    var answer = await client.SetEntryAsync(session, "Leads",
                        [new NameValue("last_name", $"Khánh {c}-{n}"), new NameValue("email1", $"kill.{c}.{n}@example.vn"), new NameValue("partner_ref", reference)]);
                    acknowledged[reference] = answer.Id!;
                }
                catch (CommunicationException) when (c % 2 == 1)
                {
                    // The killed instance: this lead was never acknowledged; its client stops.
                    return;
                }
            }
        })).ToList();

        // Killed once it has acknowledged leads (a loaded machine may take a while to get there), while its clients still send.
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        while (acknowledged.Keys.Count(IsVictims) < 40 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(20);
        }

        _victim.Kill();
        await Task.WhenAll(clients);

        var byReference = StoredLeads.ByReference(_survivor.Core, "KILL-");
        Assert.All(acknowledged, pair => Assert.Equal([pair.Value], byReference.GetValueOrDefault(pair.Key) ?? []));
        Assert.All(byReference, pair => Assert.Single(pair.Value));

        // Both instances took leads before the kill, and the survivor took all of its clients' leads.
        Assert.InRange(acknowledged.Keys.Count(IsVictims), 40, 8 * 60 - 1);
        Assert.Equal(8 * 60, acknowledged.Keys.Count(k => !IsVictims(k)));
    }

    /// <summary>References sent by the clients of the instance that is killed (odd client numbers).</summary>
    private static bool IsVictims(string reference) =>
        int.Parse(reference.Split('-')[1], System.Globalization.CultureInfo.InvariantCulture) % 2 == 1;
}
