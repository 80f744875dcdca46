using System.Collections.Concurrent;
using System.Net;
using System.ServiceModel;
using System.Text.Json;
using CrmIntegration.Core.Errors;
using CrmIntegration.Core.Security;
using CrmIntegration.PostgreSql.Tests.Infrastructure;
using CrmIntegration.Server.Soap.V41.Contracts;
using CrmIntegration.Server.Tests.Infrastructure;

namespace CrmIntegration.Server.Tests.MultiInstance;

/// <summary>
/// A server on PostgreSQL whose database stops while partners are sending leads, and comes back:
/// during the outage <c>/health</c> answers 503 and every call gets fault 9002 (naming no host),
/// every lead acknowledged before or after is stored once and none that faulted is, and the server
/// serves again by itself, sessions included, once the database is back. The database is a cluster
/// of this test's own, since it is stopped.
/// </summary>
public sealed class DatabaseOutageTests : IAsyncLifetime
{
    private const string PartnerPassword = "Partner-Pass-2026";

    private PostgresCluster _cluster = null!;
    private ServerFixture _server = null!;

    public async Task InitializeAsync()
    {
        _cluster = await PostgresCluster.StartAsync();
        _server = new ServerFixture { ConnectionString = await _cluster.CreateDatabaseAsync() };
        _server.BeforeStart(core => core.UserAdmin.Add("acme", PartnerPassword, UserRole.Partner));
        await _server.InitializeAsync();
    }

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        await _cluster.DisposeAsync();
    }

    [Fact]
    public async Task DatabaseStoppedUnderIntake_FaultsAndAnswers503_LosesNoAcknowledgedLead_AndRecovers()
    {
        using var http = new HttpClient { BaseAddress = _server.BaseAddress };
        var acknowledged = new ConcurrentDictionary<string, string>(StringComparer.Ordinal);
        var refused = new ConcurrentBag<(string Reference, ErrorValue Fault)>();
        using var stop = new CancellationTokenSource();
        var clients = Enumerable.Range(0, 8).Select(c => Task.Run(async () =>
        {
            var client = _server.Client();
            var session = await client.LoginAsync("acme", PartnerPassword);
            for (var n = 0; !stop.IsCancellationRequested; n++)
            {
                var reference = $"OUT-{c}-{n}";
                try
                {
                    acknowledged[reference] = (await client.SetEntryAsync(session, "Leads", Lead(reference))).Id!;
                }
                catch (FaultException<ErrorValue> fault)
                {
                    refused.Add((reference, fault.Detail));
                    await Task.Delay(50);
                }
            }
        })).ToList();

        await WaitUntilAsync(() => acknowledged.Count >= 50, "50 leads acknowledged before the outage");
        await _cluster.StopAsync();
        await WaitUntilAsync(() => refused.Count >= 8, "a fault for each client during the outage");

        var health = await http.GetAsync("/health");
        using var failing = JsonDocument.Parse(await health.Content.ReadAsStringAsync());
        var loginFault = await SugarClientExtensions.FaultOf(() => _server.Client().LoginAsync("acme", PartnerPassword));
        var duringOutage = acknowledged.Count;

        await _cluster.ResumeAsync();
        await WaitUntilAsync(() => acknowledged.Count >= duringOutage + 50, "50 more leads acknowledged after the database is back");
        await stop.CancelAsync();
        await Task.WhenAll(clients);
        var healthAfter = await http.GetAsync("/health");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, health.StatusCode);
        Assert.Equal("failing", failing.RootElement.GetProperty("status").GetString());
        Assert.Equal("unreachable", failing.RootElement.GetProperty("database").GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.OK, healthAfter.StatusCode);
        Assert.All(refused.Select(r => r.Fault).Append(loginFault), fault =>
        {
            Assert.Equal(((int)CrmErrorCode.DatabaseUnreachable).ToString(System.Globalization.CultureInfo.InvariantCulture), fault.Number);
            Assert.Equal("Database Unreachable", fault.Name);
            Assert.Contains("send it again later", fault.Description, StringComparison.Ordinal);
            Assert.DoesNotContain(_cluster.Port.ToString(System.Globalization.CultureInfo.InvariantCulture), fault.Description, StringComparison.Ordinal);
        });

        // A faulted lead is sent again with its partner_ref, as the fault says: stored once, whether or
        // not its first try reached the database before it stopped.
        var retry = _server.Client();
        var retrySession = await retry.LoginAsync("acme", PartnerPassword);
        var resent = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (reference, _) in refused)
        {
            resent[reference] = (await retry.SetEntryAsync(retrySession, "Leads", Lead(reference))).Id!;
        }

        var stored = StoredLeads.ByReference(_server.Core, "OUT-");
        Assert.All(acknowledged.Concat(resent), pair => Assert.Equal([pair.Value], stored.GetValueOrDefault(pair.Key) ?? []));
        Assert.Equal(acknowledged.Count + resent.Count, stored.Count);
    }

    /// <summary>The lead a reference <c>OUT-client-n</c> stands for, the same on every try.</summary>
    private static NameValue[] Lead(string reference) =>
        [new("last_name", "Thủy " + reference[4..]), new("email1", $"{reference.ToLowerInvariant()}@example.vn"), new("partner_ref", reference)];

    private static async Task WaitUntilAsync(Func<bool> condition, string what)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, $"timed out waiting for {what}");
            await Task.Delay(20);
        }
    }
}
