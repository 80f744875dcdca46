using CrmIntegration.Cli.Tests.Infrastructure;

namespace CrmIntegration.Cli.Tests;

/// <summary>What crm writes beside the database (the database itself, the saved finds) is owner-only.</summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class DataPermissionsTests
{
    private const UnixFileMode OwnerReadWrite = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    [Fact]
    public async Task The_database_its_companions_and_the_saved_find_are_0600_in_a_0700_directory()
    {
        using var world = await DuplicateWorld.CreateAsync();

        await Crm.OkAsync("dedupe", "find", "Leads", "--db", world.Path);

        var data = Path.GetDirectoryName(world.Path)!;
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(data));
        var files = Directory.GetFiles(data);
        Assert.Contains(world.Path + ".dedupe-Leads.json", files);
        Assert.All(files, f => Assert.True(File.GetUnixFileMode(f) == OwnerReadWrite, $"{f}: {File.GetUnixFileMode(f)}"));
    }

    [Fact]
    public async Task A_database_left_readable_by_others_is_tightened_with_a_warning()
    {
        using var db = await TempDatabase.WithAdminAsync();
        File.SetUnixFileMode(db.Path, OwnerReadWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead);

        var run = await Crm.OkAsync("users", "list", "--db", db.Path);

        Assert.Equal(OwnerReadWrite, File.GetUnixFileMode(db.Path));
        Assert.Equal($"crm: warning: {db.Path} was open to others (0644); it is now owner-only (0600)", Assert.Single(run.ErrorLines));
    }
}
