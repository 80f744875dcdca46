using System.Text.Json;
using CrmIntegration.Cli.Tests.Infrastructure;

namespace CrmIntegration.Cli.Tests.Commands;

public sealed class DedupeListCommandTests
{
    [Fact]
    public async Task Lists_merges_newest_first_with_master_merged_ids_user_and_undo()
    {
        using var world = await DuplicateWorld.CreateAsync();
        await Crm.OkAsync("dedupe", "merge", "Leads", "--ids", $"{world.AnOld},{world.AnNew}", "--master", world.AnOld, "--db", world.Path);
        await Crm.OkAsync("dedupe", "merge", "Leads", "--ids", $"{world.BinhA},{world.BinhB}", "--master", world.BinhB, "--db", world.Path);
        await Crm.OkAsync("dedupe", "undo", "M-000001", "--db", world.Path);

        var table = await Crm.OkAsync("dedupe", "list", "--db", world.Path);
        var json = await Crm.OkAsync("dedupe", "list", "Leads", "--format", "json", "--db", world.Path);
        var contacts = await Crm.OkAsync("dedupe", "list", "Contacts", "--format", "csv", "--db", world.Path);

        Assert.Matches(@"^merge_id\s+date_utc\s+module\s+master_id\s+merged_ids\s+user\s+undone_utc$", table.OutputLines[0]);
        Assert.Matches($@"^M-000002\s+\S+ \S+\s+Leads\s+{world.BinhB}\s+{world.BinhA}\s+system$", table.OutputLines[1]);
        Assert.Matches($@"^M-000001\s+\S+ \S+\s+Leads\s+{world.AnOld}\s+{world.AnNew}\s+system\s+\d{{4}}-\d\d-\d\d \S+$", table.OutputLines[2]);
        using var doc = JsonDocument.Parse(json.Output);
        var merges = doc.RootElement.EnumerateArray().ToList();
        Assert.Equal(["M-000002", "M-000001"], merges.Select(m => m.GetProperty("merge_id").GetString()));
        Assert.Equal([world.AnNew], merges[1].GetProperty("merged_ids").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal("chosen by the caller", merges[1].GetProperty("master_rule").GetString());
        Assert.Equal(JsonValueKind.Null, merges[0].GetProperty("undone_utc").ValueKind);
        Assert.Equal(["merge_id,date_utc,module,master_id,merged_ids,user,undone_utc"], contacts.OutputLines);
    }

    [Fact]
    public async Task An_unknown_module_is_not_found()
    {
        using var world = await DuplicateWorld.CreateAsync();

        var run = await Crm.RunAsync("dedupe", "list", "Widgets", "--db", world.Path);

        Assert.Equal(ExitCode.NotFound, run.ExitCode);
        Assert.Contains("Module 'Widgets' is not available", Assert.Single(run.ErrorLines));
    }
}
