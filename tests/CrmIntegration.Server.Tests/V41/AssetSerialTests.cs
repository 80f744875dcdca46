using CrmIntegration.Server.Tests.Infrastructure;

namespace CrmIntegration.Server.Tests.V41;

/// <summary>
/// An asset's serial number is unique per product model, compared without regard to case, spaces
/// and dashes; over set_entry a second one is fault 50 naming the first. Each test uses serials of
/// its own, since the server is shared.
/// </summary>
[Collection(ServerCollection.Name)]
public sealed class AssetSerialTests(ServerFixture server)
{
    [Fact]
    public async Task SameSerialOfTheSameModel_WrittenDifferently_IsFault50NamingTheFirstAsset()
    {
        var client = server.Client();
        var session = await client.LoginAsync("admin", ServerFixture.AdminPassword);
        var serial = Unique();
        var first = await client.SetAsync(session, "Assets", ("name", "Máy chủ tủ A"), ("product_model", "PowerEdge R760"), ("serial_number", $"sn-{serial} 01"));

        var fault = await SugarClientExtensions.FaultOf(() => client.SetAsync(session, "Assets",
            ("name", "Máy chủ tủ B"), ("product_model", " poweredge r760"), ("serial_number", $"SN{serial.ToUpperInvariant()}01")));

        Assert.Equal("50", fault.Number);
        Assert.Contains(first, fault.Description, StringComparison.Ordinal);
        Assert.Contains($"sn-{serial} 01", fault.Description, StringComparison.Ordinal);
        Assert.Single(server.Core.Store.FindByKey("Assets", "serial_key", $"SN{serial.ToUpperInvariant()}01"));
    }

    [Fact]
    public async Task SameSerialOfAnotherModel_AndResavingTheAsset_AreAccepted()
    {
        var client = server.Client();
        var session = await client.LoginAsync("admin", ServerFixture.AdminPassword);
        var serial = Unique();
        var first = await client.SetAsync(session, "Assets", ("name", "UPS"), ("product_model", "Smart-UPS 3000"), ("serial_number", serial));

        var other = await client.SetAsync(session, "Assets", ("name", "Switch"), ("product_model", "Catalyst 9300"), ("serial_number", serial));
        var resaved = await client.SetAsync(session, "Assets", ("id", first), ("serial_number", serial.ToUpperInvariant()), ("location", "Tầng 3"));

        Assert.NotEqual(first, other);
        Assert.Equal(first, resaved);
        Assert.Equal(2, server.Core.Store.FindByKey("Assets", "serial_key", serial.ToUpperInvariant()).Count());
    }

    private static string Unique() => "ab" + Guid.NewGuid().ToString("N")[..10];
}
