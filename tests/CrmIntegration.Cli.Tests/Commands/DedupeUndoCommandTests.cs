using CrmIntegration.Cli.Tests.Infrastructure;

namespace CrmIntegration.Cli.Tests.Commands;

public sealed class DedupeUndoCommandTests
{
    [Fact]
    public async Task Undo_restores_the_records_and_related_records_exactly()
    {
        using var world = await DuplicateWorld.CreateAsync();
        var before = world.Snapshot();
        // The call belongs to AnNew, so merging into AnOld moves it and undo must move it back.
        await Crm.OkAsync("dedupe", "merge", "Leads", "--ids", $"{world.AnOld},{world.AnNew}", "--master", world.AnOld, "--db", world.Path);
        Assert.NotEqual(before, world.Snapshot());

        var run = await Crm.OkAsync("dedupe", "undo", "M-000001", "--db", world.Path);

        Assert.Equal($"Undid M-000001: Leads {world.AnNew} restored beside {world.AnOld}; 1 related records and 0 links put back.", Assert.Single(run.OutputLines));
        Assert.Equal(before, world.Snapshot());
    }

    [Fact]
    public async Task Undo_is_refused_after_a_later_change_and_force_overrides()
    {
        using var world = await DuplicateWorld.CreateAsync();
        await Crm.OkAsync("dedupe", "merge", "Leads", "--ids", $"{world.AnOld},{world.AnNew}", "--master", world.AnOld, "--db", world.Path);
        world.Edit("Leads", world.AnOld, "title", "Giám đốc");
        var merged = world.Snapshot();

        var refused = await Crm.RunAsync("dedupe", "undo", "M-000001", "--db", world.Path);

        Assert.Equal(ExitCode.UndoRefused, refused.ExitCode);
        Assert.Equal(10, (int)refused.ExitCode);
        var line = Assert.Single(refused.ErrorLines);
        Assert.StartsWith("crm: Invalid data: merge M-000001 cannot be undone: ", line);
        Assert.Contains($"Leads {world.AnOld}.title changed after the merge (was empty, now 'Giám đốc')", line);
        Assert.EndsWith("use --force to overwrite", line);
        Assert.Equal(merged, world.Snapshot());

        var forced = await Crm.OkAsync("dedupe", "undo", "M-000001", "--force", "--db", world.Path);

        Assert.Contains(forced.OutputLines, l => l.StartsWith($"  overwritten: Leads {world.AnOld}.title changed after the merge", StringComparison.Ordinal));
        Assert.False(world.Get("Leads", world.AnNew).IsDeleted);
        Assert.Null(world.Get("Leads", world.AnOld)["title"]);
    }

    [Fact]
    public async Task An_unknown_merge_id_is_not_found()
    {
        using var world = await DuplicateWorld.CreateAsync();

        var run = await Crm.RunAsync("dedupe", "undo", "M-999999", "--db", world.Path);

        Assert.Equal(ExitCode.NotFound, run.ExitCode);
        Assert.Equal("crm: there is no merge 'M-999999' (see 'crm dedupe list')", Assert.Single(run.ErrorLines));
    }

    [Fact]
    public async Task Undoing_twice_is_refused_as_invalid_data()
    {
        using var world = await DuplicateWorld.CreateAsync();
        await Crm.OkAsync("dedupe", "merge", "Leads", "--ids", $"{world.AnOld},{world.AnNew}", "--db", world.Path);
        await Crm.OkAsync("dedupe", "undo", "M-000001", "--db", world.Path);

        var run = await Crm.RunAsync("dedupe", "undo", "M-000001", "--db", world.Path);

        Assert.Equal(ExitCode.InvalidData, run.ExitCode);
        Assert.Matches(@"^crm: Invalid data: merge M-000001 was already undone on .* UTC by system$", Assert.Single(run.ErrorLines));
    }
}
