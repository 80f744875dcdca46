using CrmIntegration.Cli.Tests.Infrastructure;
using CrmIntegration.Core;
using CrmIntegration.Core.Errors;

namespace CrmIntegration.Cli.Tests.Commands;

public sealed class UsersCommandTests
{
    [Fact]
    public async Task Add_set_password_disable_enable_round_trip_is_seen_by_the_core()
    {
        using var db = await TempDatabase.WithAdminAsync();
        var add = await Crm.OkAsync("users", "add", "alice", "--role", "manager", "--first-name", "Alice", "--last-name", "Nguyen",
            "--email", "alice@example.com", "--reports-to", "admin", "--password", "first-pass-1", "--db", db.Path);
        Assert.Contains("Added user 'alice' (manager)", add.Output);
        Assert.DoesNotContain("first-pass-1", add.Output + add.Error);

        await Crm.OkAsync("users", "set-password", "alice", "--password", "second-pass-2", "--db", db.Path);
        using (var core = Open(db))
        {
            Assert.Equal(CrmErrorCode.InvalidLogin, Assert.Throws<CrmException>(() => core.Auth.Login("alice", "first-pass-1", plain: true)).Code);
            var session = core.Auth.Login("alice", "second-pass-2", plain: true);
            Assert.Equal("alice", session.User.UserName);
            Assert.Equal(Core.Security.UserRole.Manager, session.User.Role);
        }

        await Crm.OkAsync("users", "disable", "alice", "--db", db.Path);
        var list = await Crm.OkAsync("users", "list", "--format", "csv", "--db", db.Path);
        Assert.Contains(list.OutputLines, l => l.EndsWith(",alice,Alice Nguyen,alice@example.com,manager,Inactive,admin,", StringComparison.Ordinal));
        using (var core = Open(db))
        {
            Assert.Throws<CrmException>(() => core.Auth.Login("alice", "second-pass-2", plain: true));
        }

        await Crm.OkAsync("users", "enable", "alice", "--db", db.Path);
        using (var core = Open(db))
        {
            Assert.Equal("alice", core.Auth.Login("alice", "second-pass-2", plain: true).User.UserName);
        }
    }

    [Fact]
    public async Task Disable_ends_the_users_existing_sessions()
    {
        using var db = await TempDatabase.WithAdminAsync();
        await Crm.OkAsync("users", "add", "bob", "--role", "user", "--password", "bob-pass-12", "--db", db.Path);
        string sessionId;
        using (var core = Open(db))
        {
            sessionId = core.Auth.Login("bob", "bob-pass-12", plain: true).Id;
            Assert.Equal("bob", core.Auth.Validate(sessionId).UserName);
        }

        await Crm.OkAsync("users", "disable", "bob", "--db", db.Path);

        using (var core = Open(db))
        {
            Assert.Equal(CrmErrorCode.InvalidSessionId, Assert.Throws<CrmException>(() => core.Auth.Validate(sessionId)).Code);
        }
    }

    [Fact]
    public async Task Without_a_password_one_is_generated_printed_once_and_works()
    {
        using var db = await TempDatabase.WithAdminAsync();
        var run = await Crm.OkAsync("users", "add", "carol", "--role", "user", "--db", db.Path);

        var password = run.OutputLines.Last().Trim();
        Assert.True(password.Length >= 16, run.ToString());
        Assert.Single(run.OutputLines, l => l.Contains(password, StringComparison.Ordinal));
        using var core = Open(db);
        Assert.Equal("carol", core.Auth.Login("carol", password, plain: true).User.UserName);
    }

    [Fact]
    public async Task Password_stdin_reads_the_first_line_and_never_echoes_it()
    {
        using var db = await TempDatabase.WithAdminAsync();
        var run = await Crm.RunAsync(["users", "add", "dave", "--role", "partner", "--password-stdin", "--db", db.Path], "from-stdin-99\nignored\n");

        Assert.Equal(ExitCode.Ok, run.ExitCode);
        Assert.DoesNotContain("from-stdin-99", run.Output + run.Error);
        using var core = Open(db);
        Assert.Equal(Core.Security.UserRole.Partner, core.Auth.Login("dave", "from-stdin-99", plain: true).User.Role);
    }

    [Fact]
    public async Task Set_password_clears_a_lockout()
    {
        using var db = await TempDatabase.WithAdminAsync();
        await Crm.OkAsync("users", "add", "erin", "--role", "user", "--password", "erin-pass-1", "--db", db.Path);
        using (var core = Open(db))
        {
            for (var i = 0; i < 5; i++)
            {
                Assert.Throws<CrmException>(() => core.Auth.Login("erin", "wrong-password", plain: true));
            }

            Assert.Equal(CrmErrorCode.AccountLocked, Assert.Throws<CrmException>(() => core.Auth.Login("erin", "erin-pass-1", plain: true)).Code);
        }

        var locked = await Crm.OkAsync("users", "list", "--format", "json", "--db", db.Path);
        Assert.Contains("\"locked\": true", locked.Output);

        await Crm.OkAsync("users", "set-password", "erin", "--password", "erin-pass-2", "--db", db.Path);

        var unlocked = await Crm.OkAsync("users", "list", "--format", "json", "--db", db.Path);
        Assert.DoesNotContain("\"locked\": true", unlocked.Output);
        using (var core = Open(db))
        {
            Assert.Equal("erin", core.Auth.Login("erin", "erin-pass-2", plain: true).User.UserName);
        }
    }

    [Fact]
    public async Task Set_role_and_set_reports_to_change_the_user()
    {
        using var db = await TempDatabase.WithAdminAsync();
        await Crm.OkAsync("users", "add", "frank", "--role", "user", "--password", "frank-pass-1", "--db", db.Path);
        await Crm.OkAsync("users", "add", "gina", "--role", "manager", "--password", "gina-pass-1", "--db", db.Path);

        await Crm.OkAsync("users", "set-role", "frank", "manager", "--db", db.Path);
        await Crm.OkAsync("users", "set-reports-to", "frank", "gina", "--db", db.Path);
        var list = await Crm.OkAsync("users", "list", "--format", "csv", "--db", db.Path);
        Assert.Contains(list.OutputLines, l => l.Contains(",frank,frank,,manager,Active,gina,", StringComparison.Ordinal));

        await Crm.OkAsync("users", "set-reports-to", "frank", "--none", "--db", db.Path);
        list = await Crm.OkAsync("users", "list", "--format", "csv", "--db", db.Path);
        Assert.Contains(list.OutputLines, l => l.Contains(",frank,frank,,manager,Active,,", StringComparison.Ordinal));

        var cycle = await Crm.RunAsync("users", "set-reports-to", "gina", "gina", "--db", db.Path);
        Assert.Equal(ExitCode.InvalidData, cycle.ExitCode);
    }

    [Theory]
    [InlineData(new[] { "users", "add", "henry", "--role", "user", "--password", "short" }, ExitCode.InvalidData, "at least 8 characters")]
    [InlineData(new[] { "users", "add", "henry", "--role", "boss", "--password", "long-enough-1" }, ExitCode.InvalidData, "unknown role 'boss'")]
    [InlineData(new[] { "users", "add", "ADMIN", "--role", "user", "--password", "long-enough-1" }, ExitCode.InvalidData, "already taken")]
    [InlineData(new[] { "users", "add", "henry", "--role", "user", "--reports-to", "nobody", "--password", "long-enough-1" }, ExitCode.NotFound, "'nobody'")]
    [InlineData(new[] { "users", "set-password", "nobody", "--password", "long-enough-1" }, ExitCode.NotFound, "'nobody'")]
    [InlineData(new[] { "users", "disable", "nobody" }, ExitCode.NotFound, "'nobody'")]
    [InlineData(new[] { "users", "disable", "admin" }, ExitCode.InvalidData, "last active administrator")]
    [InlineData(new[] { "users", "set-role", "admin", "partner" }, ExitCode.InvalidData, "last active administrator")]
    public async Task Refusals_exit_with_their_code_and_one_line(string[] args, ExitCode expected, string messagePart)
    {
        using var db = await TempDatabase.WithAdminAsync();

        var run = await Crm.RunAsync([.. args, "--db", db.Path]);

        Assert.Equal(expected, run.ExitCode);
        var line = Assert.Single(run.ErrorLines);
        Assert.StartsWith("crm: ", line);
        Assert.Contains(messagePart, line);
        Assert.Equal("", run.Output);
        var users = await Crm.OkAsync("users", "list", "--format", "csv", "--db", db.Path);
        Assert.Equal(2, users.OutputLines.Length); // header + admin: nothing was added
    }

    [Fact]
    public async Task The_first_user_of_a_new_database_must_be_an_admin_and_no_file_is_made_otherwise()
    {
        using var db = new TempDatabase();

        var run = await Crm.RunAsync("users", "add", "ivan", "--role", "user", "--password", "ivan-pass-1", "--db", db.Path);

        Assert.Equal(ExitCode.InvalidData, run.ExitCode);
        Assert.Contains("add an administrator first", Assert.Single(run.ErrorLines));
        Assert.False(File.Exists(db.Path));
    }

    [Fact]
    public async Task Add_creates_the_database_and_its_directory()
    {
        using var db = new TempDatabase();
        Assert.False(Directory.Exists(Path.GetDirectoryName(db.Path)));

        await Crm.OkAsync("users", "add", "admin", "--role", "admin", "--password", "admin-pass-1", "--db", db.Path);

        Assert.True(File.Exists(db.Path));
        var list = await Crm.OkAsync("users", "list", "--db", db.Path);
        Assert.Contains(list.OutputLines, l => l.StartsWith("admin ", StringComparison.Ordinal));
    }

    private static CrmCore Open(TempDatabase db) => CrmCore.Open(new CrmCoreOptions { DatabasePath = db.Path });
}
