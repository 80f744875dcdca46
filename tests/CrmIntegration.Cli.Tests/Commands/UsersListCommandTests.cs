using System.Text.Json;
using CrmIntegration.Cli.Tests.Infrastructure;

namespace CrmIntegration.Cli.Tests.Commands;

public sealed class UsersListCommandTests
{
    private static async Task<TempDatabase> TwoUsersAsync()
    {
        var db = await TempDatabase.WithAdminAsync();
        await Crm.OkAsync("users", "add", "binh", "--role", "user", "--first-name", "Binh", "--last-name", "Tran, Jr.",
            "--email", "binh@example.com", "--reports-to", "admin", "--password", "binh-pass-1", "--db", db.Path);
        return db;
    }

    [Fact]
    public async Task Table_is_plain_aligned_columns_when_piped()
    {
        using var db = await TwoUsersAsync();

        var run = await Crm.OkAsync("users", "list", "--db", db.Path);

        Assert.Equal(3, run.OutputLines.Length);
        Assert.Matches(@"^user_name\s+name\s+email\s+role\s+status\s+reports_to\s+locked_until$", run.OutputLines[0]);
        Assert.Matches(@"^admin\s+admin\s+admin\s+Active$", run.OutputLines[1]);
        Assert.Matches(@"^binh\s+Binh Tran, Jr\.\s+binh@example\.com\s+user\s+Active\s+admin$", run.OutputLines[2]);
        var column = run.OutputLines[0].IndexOf("role", StringComparison.Ordinal);
        Assert.Equal("user", run.OutputLines[2].Substring(column, 4));
    }

    [Fact]
    public async Task Csv_quotes_fields_and_has_a_header()
    {
        using var db = await TwoUsersAsync();

        var run = await Crm.OkAsync("users", "list", "--format", "csv", "--db", db.Path);

        Assert.Equal("id,user_name,name,email,role,status,reports_to,locked_until", run.OutputLines[0]);
        Assert.EndsWith(",binh,\"Binh Tran, Jr.\",binh@example.com,user,Active,admin,", run.OutputLines[2]);
    }

    [Fact]
    public async Task Json_is_an_array_of_users_with_snake_case_fields()
    {
        using var db = await TwoUsersAsync();

        var run = await Crm.OkAsync("users", "list", "--format", "json", "--db", db.Path);

        using var json = JsonDocument.Parse(run.Output);
        var users = json.RootElement.EnumerateArray().ToList();
        Assert.Equal(["admin", "binh"], users.Select(u => u.GetProperty("user_name").GetString()));
        var binh = users[1];
        Assert.Equal("Binh Tran, Jr.", binh.GetProperty("name").GetString());
        Assert.Equal("user", binh.GetProperty("role").GetString());
        Assert.Equal("Active", binh.GetProperty("status").GetString());
        Assert.Equal("admin", binh.GetProperty("reports_to").GetString());
        Assert.False(binh.GetProperty("locked").GetBoolean());
        Assert.Equal(JsonValueKind.Null, users[0].GetProperty("reports_to").ValueKind);
        Assert.DoesNotContain("user_hash", run.Output);
    }
}
