using CrmIntegration.Cli.Tests.Infrastructure;
using CrmIntegration.Core;

namespace CrmIntegration.Cli.Tests;

public sealed class DatabaseAccessTests
{
    public static TheoryData<string[]> ReadOnlyCommands => new()
    {
        new[] { "db", "info" },
        new[] { "users", "list" },
        new[] { "users", "disable", "admin" },
        new[] { "users", "set-password", "admin", "--password", "long-enough-1" },
        new[] { "dedupe", "find", "Leads" },
        new[] { "dedupe", "merge", "Leads", "--ids", "a,b" },
        new[] { "dedupe", "list" },
        new[] { "dedupe", "undo", "M-000001" },
        new[] { "jobs", "list" },
        new[] { "jobs", "run", "mail-delivery" },
    };

    public static TheoryData<string[]> AllCommands => new()
    {
        new[] { "db", "info" },
        new[] { "users", "list", "--format", "json" },
        new[] { "users", "add", "zoe", "--role", "user", "--password", "zoe-pass-12" },
        new[] { "users", "set-password", "admin", "--password", "long-enough-1" },
        new[] { "users", "disable", "admin" },
        new[] { "dedupe", "find", "Leads", "--format", "csv" },
        new[] { "dedupe", "merge", "Leads", "--auto" },
        new[] { "dedupe", "undo", "M-000001" },
        new[] { "jobs", "list", "--format", "json" },
        new[] { "jobs", "run", "session-cleanup" },
    };

    [Theory]
    [MemberData(nameof(ReadOnlyCommands))]
    public async Task Missing_database_is_reported_in_one_line_and_no_file_is_created(string[] args)
    {
        using var db = new TempDatabase();

        var run = await Crm.RunAsync([.. args, "--db", db.Path]);

        Assert.Equal(ExitCode.DatabaseMissing, run.ExitCode);
        Assert.Equal(6, (int)run.ExitCode);
        var line = Assert.Single(run.ErrorLines);
        Assert.Equal($"crm: there is no database at {Path.GetFullPath(db.Path)} (Storage:Path, from --db); pass --db PATH or set Storage:Path "
            + "(--config FILE, CRM_Storage__Path), or create it with 'crm users add'", line);
        Assert.False(File.Exists(db.Path));
        Assert.False(Directory.Exists(Path.GetDirectoryName(db.Path)));
    }

    [Theory]
    [MemberData(nameof(AllCommands))]
    public async Task Database_held_by_a_running_server_is_refused_and_left_unchanged(string[] args)
    {
        using var db = await TempDatabase.WithAdminAsync();
        var hashBefore = db.Hash();

        // Holding the core open is what the running server does.
        using (CrmCore.Open(new CrmCoreOptions { DatabasePath = db.Path }))
        {
            var heldHash = db.Hash();

            var run = await Crm.RunAsync([.. args, "--db", db.Path]);

            Assert.Equal(ExitCode.DatabaseInUse, run.ExitCode);
            var line = Assert.Single(run.ErrorLines);
            Assert.StartsWith($"crm: Database {Path.GetFullPath(db.Path)} is in use by another process (pid {Environment.ProcessId}", line);
            Assert.Equal("", run.Output);
            Assert.Equal(heldHash, db.Hash());
        }

        Assert.Equal(hashBefore, db.Hash());
        var after = await Crm.OkAsync("users", "list", "--format", "csv", "--db", db.Path);
        Assert.Equal(2, after.OutputLines.Length);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(15)]
    [InlineData(8192)]
    public async Task A_file_that_is_not_a_database_is_refused_and_left_untouched(int length)
    {
        using var db = new TempDatabase();
        Directory.CreateDirectory(Path.GetDirectoryName(db.Path)!);
        var content = new byte[length];
        new Random(length).NextBytes(content);
        File.WriteAllBytes(db.Path, content);

        foreach (var args in new[] { new[] { "db", "info" }, ["users", "add", "admin", "--role", "admin", "--password", "admin-pass-1"] })
        {
            var run = await Crm.RunAsync([.. args, "--db", db.Path]);

            Assert.Equal(ExitCode.NotADatabase, run.ExitCode);
            Assert.Contains("is not a CrmIntegration (LiteDB 5) database", Assert.Single(run.ErrorLines));
            Assert.Equal(content, File.ReadAllBytes(db.Path));
        }
    }

    [Fact]
    public async Task A_directory_given_as_database_is_reported()
    {
        using var db = new TempDatabase();

        var run = await Crm.RunAsync("db", "info", "--db", db.Directory);

        Assert.Equal(ExitCode.DatabaseMissing, run.ExitCode);
        Assert.Contains("is a directory", Assert.Single(run.ErrorLines));
    }
}
