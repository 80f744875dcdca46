using CrmIntegration.Cli.Tests.Infrastructure;

namespace CrmIntegration.Cli.Tests.Commands;

public sealed class DedupeMergeCommandTests
{
    [Fact]
    public async Task Ids_with_a_master_merge_reparent_and_print_the_merge_id()
    {
        using var world = await DuplicateWorld.CreateAsync();

        var run = await Crm.OkAsync("dedupe", "merge", "Leads", "--ids", $"{world.AnNew}, {world.AnOld}", "--master", world.AnOld, "--db", world.Path);

        Assert.Equal($"M-000001: merged Leads {world.AnNew} into {world.AnOld}", Assert.Single(run.OutputLines));
        var loser = world.Get("Leads", world.AnNew);
        Assert.True(loser.IsDeleted);
        Assert.Equal(world.AnOld, loser["merged_into"]);
        var master = world.Get("Leads", world.AnOld);
        Assert.Equal("Công ty Sao Mai", master["account_name"]);
        Assert.Equal("0903 111 222", master["phone_mobile"]);
        Assert.Equal(world.AnOld, world.Get("Calls", world.AnCall)["parent_id"]);
    }

    [Fact]
    public async Task Dry_run_prints_the_plan_and_changes_nothing()
    {
        using var world = await DuplicateWorld.CreateAsync();
        var before = world.Snapshot();

        var run = await Crm.OkAsync("dedupe", "merge", "Leads", "--ids", $"{world.AnOld},{world.AnNew}", "--master", world.AnOld, "--dry-run", "--db", world.Path);

        Assert.Equal($"Merge 2 Leads records into {world.AnOld} (chosen by the caller)", run.OutputLines[0]);
        Assert.Contains($"  set phone_mobile: (empty) -> '0903 111 222' from {world.AnNew}", run.Output);
        Assert.Contains($"  move Calls {world.AnCall}.parent_id: {world.AnNew} -> {world.AnOld}", run.OutputLines);
        Assert.Contains($"  delete Leads {world.AnNew} (soft, merged_into {world.AnOld})", run.OutputLines);
        Assert.Equal("Dry run: nothing was changed.", Assert.Single(run.ErrorLines));
        Assert.Equal(before, world.Snapshot());
        Assert.Single((await Crm.OkAsync("dedupe", "list", "--format", "csv", "--db", world.Path)).OutputLines);
    }

    [Fact]
    public async Task Group_numbers_of_the_latest_find_stay_valid_after_other_groups_are_merged()
    {
        using var world = await DuplicateWorld.CreateAsync();
        var found = await FoundGroups.FindAsync(world.Path);
        var an = found.Of(world.AnOld).Number;
        var binh = found.Of(world.BinhA).Number;

        var first = await Crm.OkAsync("dedupe", "merge", "Leads", "--group", $"{binh}", "--db", world.Path);
        var second = await Crm.OkAsync("dedupe", "merge", "Leads", "--group", $"{an}", "--master", world.AnNew, "--db", world.Path);

        Assert.StartsWith($"M-000001 (group {binh}): merged Leads ", Assert.Single(first.OutputLines));
        Assert.Equal($"M-000002 (group {an}): merged Leads {world.AnOld} into {world.AnNew}", Assert.Single(second.OutputLines));
        Assert.True(world.Get("Leads", world.AnOld).IsDeleted);
        Assert.True(world.Get("Leads", world.BinhA).IsDeleted ^ world.Get("Leads", world.BinhB).IsDeleted);
        Assert.False(world.Get("Leads", world.Cuong).IsDeleted);
    }

    [Fact]
    public async Task Group_is_refused_when_a_member_changed_since_the_find()
    {
        using var world = await DuplicateWorld.CreateAsync();
        var group = (await FoundGroups.FindAsync(world.Path)).Of(world.AnOld).Number;
        await Task.Delay(TimeSpan.FromSeconds(1.1)); // date_modified has whole seconds
        world.Edit("Leads", world.AnNew, "title", "Giám đốc");

        var run = await Crm.RunAsync("dedupe", "merge", "Leads", "--group", $"{group}", "--db", world.Path);

        Assert.Equal(ExitCode.InvalidData, run.ExitCode);
        Assert.Matches($"^crm: Leads {world.AnNew} changed since the find of .* UTC: run 'crm dedupe find Leads' again and check group {group} before merging it$", Assert.Single(run.ErrorLines));
        Assert.False(world.Get("Leads", world.AnNew).IsDeleted);
    }

    [Fact]
    public async Task A_group_of_one_lead_and_an_existing_contact_cannot_be_merged()
    {
        using var world = await DuplicateWorld.CreateAsync();
        var group = (await FoundGroups.FindAsync(world.Path)).Of(world.Cuong).Number;

        var run = await Crm.RunAsync("dedupe", "merge", "Leads", "--group", $"{group}", "--db", world.Path);

        Assert.Equal(ExitCode.InvalidData, run.ExitCode);
        Assert.Equal($"crm: group {group} holds one Leads record ({world.Cuong}), which duplicates Contacts {world.CuongContact}; "
            + "a merge joins records of one module: convert or delete the Leads record instead", Assert.Single(run.ErrorLines));
    }

    [Fact]
    public async Task Auto_merges_every_group_and_leaves_existing_customers_alone()
    {
        using var world = await DuplicateWorld.CreateAsync();

        var run = await Crm.OkAsync("dedupe", "merge", "Leads", "--auto", "--db", world.Path);

        Assert.Equal(2, run.OutputLines.Length);
        Assert.All(run.OutputLines, l => Assert.Matches(@"^M-00000[12] \(group [12]\): merged Leads \S+ into \S+$", l));
        Assert.Matches(@"^Merged 2 groups \(4 Leads records\) in \d+\.\d s; 0 failed; left alone 1 group of one Leads record duplicating existing records\.$", run.ErrorLines[^1]);
        Assert.True(world.Get("Leads", world.AnOld).IsDeleted ^ world.Get("Leads", world.AnNew).IsDeleted);
        Assert.True(world.Get("Leads", world.BinhA).IsDeleted ^ world.Get("Leads", world.BinhB).IsDeleted);
        Assert.False(world.Get("Leads", world.Cuong).IsDeleted);
        Assert.Empty((await FoundGroups.FindAsync(world.Path, "--against", "none")).Groups);
    }

    [Fact]
    public async Task Auto_dry_run_prints_every_plan_and_changes_nothing()
    {
        using var world = await DuplicateWorld.CreateAsync();
        var before = world.Snapshot();

        var run = await Crm.OkAsync("dedupe", "merge", "Leads", "--auto", "--rule", "email", "--dry-run", "--db", world.Path);

        Assert.Single(run.OutputLines, l => l.StartsWith("Merge 2 Leads records into ", StringComparison.Ordinal));
        Assert.Contains("Dry run: would merge 1 group (2 Leads records)", run.ErrorLines[^1]);
        Assert.EndsWith("Nothing was changed.", run.ErrorLines[^1]);
        Assert.Equal(before, world.Snapshot());
    }

    [Theory]
    [InlineData(new[] { "Widgets", "--ids", "a,b" }, ExitCode.NotFound, "Module 'Widgets' is not available")]
    [InlineData(new[] { "Leads", "--ids", "only-one" }, ExitCode.Usage, "--ids 'only-one': give two or more record ids separated by commas")]
    [InlineData(new[] { "Leads", "--ids", "a,,b" }, ExitCode.Usage, "--ids 'a,,b': give two or more")]
    [InlineData(new[] { "Leads", "--ids", "no-such-1,no-such-2" }, ExitCode.InvalidData, "Leads records do not exist: no-such-1, no-such-2")]
    [InlineData(new[] { "Leads", "--group", "1" }, ExitCode.NotFound, "no Leads find was saved for this database: run 'crm dedupe find Leads' first")]
    [InlineData(new[] { "Leads" }, ExitCode.Usage, "give exactly one of --group N, --ids A,B,C or --auto")]
    [InlineData(new[] { "Leads", "--group", "1", "--auto" }, ExitCode.Usage, "give exactly one of")]
    [InlineData(new[] { "Leads", "--auto", "--master", "x" }, ExitCode.Usage, "--master goes with --group or --ids")]
    [InlineData(new[] { "Leads", "--ids", "a,b", "--rule", "email" }, ExitCode.Usage, "--rule, --fields, --threshold and --against go with --auto")]
    [InlineData(new[] { "Leads", "--group", "0" }, ExitCode.Usage, "--group numbers start at 1")]
    [InlineData(new[] { "Leads", "--auto", "--threshold", "-3" }, ExitCode.Usage, "--threshold must be a positive number")]
    [InlineData(new[] { "Leads", "--auto", "--threshold", "high" }, ExitCode.Usage, "high")]
    [InlineData(new[] { "Leads", "--auto", "--rule", "soundex" }, ExitCode.Usage, "unknown rule 'soundex'")]
    public async Task Bad_input_is_one_line_with_its_exit_code(string[] args, ExitCode expected, string message)
    {
        using var world = await DuplicateWorld.CreateAsync();
        var before = world.Snapshot();

        var run = await Crm.RunAsync(["dedupe", "merge", .. args, "--db", world.Path]);

        Assert.Equal(expected, run.ExitCode);
        var line = Assert.Single(run.ErrorLines);
        Assert.StartsWith("crm: ", line);
        Assert.Contains(message, line);
        Assert.Equal(before, world.Snapshot());
    }

    [Fact]
    public async Task A_master_outside_the_ids_is_refused()
    {
        using var world = await DuplicateWorld.CreateAsync();

        var run = await Crm.RunAsync("dedupe", "merge", "Leads", "--ids", $"{world.AnOld},{world.AnNew}", "--master", world.Dung, "--db", world.Path);

        Assert.Equal(ExitCode.InvalidData, run.ExitCode);
        Assert.Equal($"crm: Invalid data: the master Leads {world.Dung} is not one of the merged records ({world.AnOld}, {world.AnNew})", Assert.Single(run.ErrorLines));
    }

    [Fact]
    public async Task A_group_number_beyond_the_find_is_not_found()
    {
        using var world = await DuplicateWorld.CreateAsync();
        await FoundGroups.FindAsync(world.Path);

        var run = await Crm.RunAsync("dedupe", "merge", "Leads", "--group", "9", "--db", world.Path);

        Assert.Equal(ExitCode.NotFound, run.ExitCode);
        Assert.Matches(@"^crm: the Leads find of .* UTC has groups 1 to 3, not 9$", Assert.Single(run.ErrorLines));
    }
}
