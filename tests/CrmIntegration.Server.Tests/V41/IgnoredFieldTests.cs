using CrmIntegration.Server.Soap.V41.Contracts;
using CrmIntegration.Server.Tests.Infrastructure;

namespace CrmIntegration.Server.Tests.V41;

/// <summary>
/// A field name the module does not have is ignored, as SugarCRM does, but no longer silently:
/// <c>warnings</c> names each one (a partner's misspelt <c>phone_mobil</c> would otherwise be lost).
/// </summary>
[Collection(ServerCollection.Name)]
public sealed class IgnoredFieldTests(ServerFixture server)
{
    [Fact]
    public async Task SetEntry_NewLeadWithMisspeltField_IsStoredAndWarnsNamingIt()
    {
        var client = server.Client();
        var session = await client.LoginAsync("admin", ServerFixture.AdminPassword);

        var result = await client.SetEntryAsync(session, "Leads",
            [new("last_name", "Phạm"), new("phone_mobil", "0912 345 678"), new("phone_work", "024 3825 1234"), new("new_with_id", "0")]);
        var stored = Assert.Single((await client.GetEntryAsync(session, "Leads", result.Id!, [], [], false)).EntryList);

        Assert.Equal("Phạm", stored.Value("last_name"));
        var warning = Assert.Single(result.Warnings ?? [], w => w.Contains("phone_mobil", StringComparison.Ordinal));
        Assert.Contains("not a Leads field and was ignored", warning);
        Assert.DoesNotContain(result.Warnings!, w => w.Contains("phone_work", StringComparison.Ordinal) || w.Contains("new_with_id", StringComparison.Ordinal));
    }

    [Fact]
    public async Task SetEntry_UpdateWithUnknownFields_WarnsForEach_KnownFieldsWritten()
    {
        var client = server.Client();
        var session = await client.LoginAsync("admin", ServerFixture.AdminPassword);
        var id = await client.SetAsync(session, "Accounts", ("name", "Công ty Lá Xanh"));

        var result = await client.SetEntryAsync(session, "Accounts",
            [new("id", id), new("industy", "Retail"), new("website", "https://laxanh.example.vn"), new("Phone_Ofice", "1")]);
        var stored = Assert.Single((await client.GetEntryAsync(session, "Accounts", id, ["website"], [], false)).EntryList);

        Assert.Equal("https://laxanh.example.vn", stored.Value("website"));
        Assert.Equal(2, result.Warnings?.Length);
        Assert.Contains(result.Warnings!, w => w.StartsWith("'industy' is not a Accounts field", StringComparison.Ordinal));
        Assert.Contains(result.Warnings!, w => w.StartsWith("'Phone_Ofice' is not a Accounts field", StringComparison.Ordinal));
    }

    [Fact]
    public async Task SetEntry_OnlyKnownFields_HasNoWarnings()
    {
        var client = server.Client();
        var session = await client.LoginAsync("admin", ServerFixture.AdminPassword);

        var result = await client.SetEntryAsync(session, "Accounts", [new("name", "Công ty Sông Hồng"), new("website", "https://songhong.example.vn")]);

        Assert.Null(result.Warnings);
    }

    [Fact]
    public async Task SetEntries_WarnsPerItemByIndex()
    {
        var client = server.Client();
        var session = await client.LoginAsync("admin", ServerFixture.AdminPassword);
        NameValueListItem Item(params NameValue[] values) => new() { Items = values };

        var result = await client.SetEntriesAsync(session, "Accounts",
        [
            Item(new NameValue("name", "Công ty Một")),
            Item(new NameValue("name", "Công ty Hai"), new NameValue("emial1", "hai@example.vn")),
        ]);

        Assert.Equal(2, result.Ids.Length);
        Assert.All(result.Ids, id => Assert.False(string.IsNullOrEmpty(id)));
        var warning = Assert.Single(result.Warnings ?? []);
        Assert.Equal(1, warning.Index);
        Assert.Contains("'emial1' is not a Accounts field", warning.Description);
    }
}
