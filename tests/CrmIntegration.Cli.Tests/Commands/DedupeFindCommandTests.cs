using System.Text.Json;
using System.Text.RegularExpressions;
using CrmIntegration.Cli.Tests.Infrastructure;
using CrmIntegration.Core;
using CrmIntegration.Core.Security;

namespace CrmIntegration.Cli.Tests.Commands;

public sealed class DedupeFindCommandTests
{
    private const string LeadsHeader = "group,id,score,first_name,last_name,email1,phone_mobile,phone_work,account_name,module";

    [Fact]
    public async Task Csv_has_the_documented_header_and_one_row_per_member()
    {
        using var world = await DuplicateWorld.CreateAsync();

        var run = await Crm.OkAsync("dedupe", "find", "Leads", "--format", "csv", "--db", world.Path);

        Assert.Equal(LeadsHeader, run.OutputLines[0]);
        var rows = run.OutputLines.Skip(1).Select(l => l.Split(',')).ToList();
        Assert.Equal(7 - 1, rows.Count);
        var an = rows.Single(r => r[1] == world.AnOld);
        Assert.Equal(["An", "Nguyễn Văn", "an.nguyen@example.com", "", "", "Công ty Sao Mai", "Leads"], an[3..]);
        Assert.Equal(an[0], rows.Single(r => r[1] == world.AnNew)[0]);
        Assert.True(double.Parse(an[2], System.Globalization.CultureInfo.InvariantCulture) > 0);
        var contact = rows.Single(r => r[1] == world.CuongContact);
        Assert.Equal("Contacts", contact[^1]);
        Assert.Equal(contact[0], rows.Single(r => r[1] == world.Cuong)[0]);
        Assert.DoesNotContain(rows, r => r[1] == world.Dung);
    }

    [Fact]
    public async Task A_converted_lead_is_not_reported_as_a_duplicate_of_the_contact_and_account_it_became()
    {
        // Regression (issue 11): every converted lead came out grouped with its own contact and account.
        using var db = await TempDatabase.WithAdminAsync();
        string leadId;
        using (var core = CrmCore.Open(new CrmCoreOptions { DatabasePath = db.Path }))
        {
            leadId = core.Records.Save(UserAdministration.SystemActor, "Leads",
                [new("first_name", "Thị Hồng Nhung"), new("last_name", "Nguyễn"), new("account_name", "Công ty TNHH Hoa Sen"),
                 new("email1", "nhung@hoasen.vn")]).Id;
        }

        await Crm.OkAsync("leads", "convert", leadId, "--db", db.Path);
        var run = await Crm.OkAsync("dedupe", "find", "Leads", "--format", "csv", "--db", db.Path);

        Assert.Equal([LeadsHeader], run.OutputLines);
        Assert.DoesNotContain(leadId, run.Output + string.Join("\n", run.ErrorLines));
    }

    [Fact]
    public async Task Json_is_an_array_of_groups_with_members_scores_rules_and_fields()
    {
        using var world = await DuplicateWorld.CreateAsync();

        var run = await Crm.OkAsync("dedupe", "find", "Leads", "--format", "json", "--db", world.Path);

        using var json = JsonDocument.Parse(run.Output);
        var groups = json.RootElement.EnumerateArray().ToList();
        Assert.Equal([1, 2, 3], groups.Select(g => g.GetProperty("group").GetInt32()));
        Assert.All(groups, g => Assert.Equal("Leads", g.GetProperty("module").GetString()));
        var members = groups.SelectMany(g => g.GetProperty("members").EnumerateArray()).ToList();
        Assert.All(members, m => Assert.True(m.GetProperty("score").GetDouble() > 0));
        var bình = members.Single(m => m.GetProperty("id").GetString() == world.BinhB);
        Assert.Equal("name+phone", bình.GetProperty("rule").GetString());
        Assert.Equal("+84 912 345 678", bình.GetProperty("fields").GetProperty("phone_mobile").GetString());
        var contact = members.Single(m => m.GetProperty("id").GetString() == world.CuongContact);
        Assert.Equal("Contacts", contact.GetProperty("module").GetString());
        Assert.Equal("email", contact.GetProperty("rule").GetString());
    }

    [Fact]
    public async Task Table_lists_every_member_id_under_a_header_and_a_summary_goes_to_stderr()
    {
        using var world = await DuplicateWorld.CreateAsync();

        var run = await Crm.OkAsync("dedupe", "find", "leads", "--db", world.Path);

        Assert.Matches(@"^group\s+module\s+id\s+score\s+rule\s+first_name\s+last_name\s+email1\s+phone_mobile\s+phone_work\s+account_name$", run.OutputLines[0]);
        foreach (var id in new[] { world.AnOld, world.AnNew, world.BinhA, world.BinhB, world.Cuong, world.CuongContact })
        {
            Assert.Contains(run.OutputLines, l => l.Contains(id, StringComparison.Ordinal));
        }

        Assert.DoesNotContain(world.Dung, run.Output);
        var summary = Assert.Single(run.ErrorLines);
        Assert.Matches(@"^Scanned 6 Leads in \d+\.\d s: 3 groups, 1 of them with existing Contacts/Accounts records, 5 Leads records in groups\.$", summary);
    }

    [Fact]
    public async Task Rule_and_fields_choose_what_counts_as_a_duplicate()
    {
        using var world = await DuplicateWorld.CreateAsync();

        var byEmail = await FoundGroups.FindAsync(world.Path, "--rule", "email", "--against", "none");
        var byNamePhone = await FoundGroups.FindAsync(world.Path, "--fields", "phone+name", "--against", "none");

        Assert.Equal([Sorted(world.AnNew, world.AnOld)], byEmail.Groups.Select(g => g.Ids.Order().ToArray()));
        Assert.Equal([Sorted(world.BinhA, world.BinhB)], byNamePhone.Groups.Select(g => g.Ids.Order().ToArray()));
    }

    [Fact]
    public async Task Threshold_sets_the_fuzzy_rules_bar()
    {
        using var world = await DuplicateWorld.CreateAsync();

        var strict = await FoundGroups.FindAsync(world.Path, "--rule", "fuzzy", "--threshold", "100", "--against", "none");
        var lenient = await FoundGroups.FindAsync(world.Path, "--rule", "fuzzy", "--threshold", "5", "--against", "none");

        Assert.Empty(strict.Groups);
        Assert.Equal(lenient.Of(world.AnOld), lenient.Of(world.AnNew));
        Assert.Equal(lenient.Of(world.BinhA), lenient.Of(world.BinhB));
    }

    [Fact]
    public async Task Against_none_leaves_existing_customers_out()
    {
        using var world = await DuplicateWorld.CreateAsync();

        var found = await FoundGroups.FindAsync(world.Path, "--against", "none");

        Assert.Equal(2, found.Groups.Count);
        Assert.DoesNotContain(found.Groups, g => g.Ids.Contains(world.Cuong));
    }

    [Fact]
    public async Task Out_writes_the_report_to_the_file_and_nothing_to_stdout()
    {
        using var world = await DuplicateWorld.CreateAsync();
        var file = Path.Combine(world.Db.Directory, "dupes.csv");

        var run = await Crm.OkAsync("dedupe", "find", "Leads", "--format", "csv", "--out", file, "--db", world.Path);

        Assert.Equal("", run.Output);
        var lines = File.ReadAllLines(file);
        Assert.Equal(LeadsHeader, lines[0]);
        Assert.Equal(7, lines.Length);
        Assert.EndsWith($"Written to {file}.", Assert.Single(run.ErrorLines));
    }

    [Fact]
    public async Task Find_changes_no_record()
    {
        using var world = await DuplicateWorld.CreateAsync();
        var before = world.Snapshot();

        await Crm.OkAsync("dedupe", "find", "Leads", "--db", world.Path);

        Assert.Equal(before, world.Snapshot());
    }

    [Fact]
    public async Task Matching_rules_come_from_environment_variables_over_the_config_file()
    {
        using var world = await DuplicateWorld.CreateAsync();
        var settings = Path.Combine(world.Db.Directory, "crm.json");
        File.WriteAllText(settings, """{ "Matching": { "Rules": { "Leads": [ { "Fields": "name+phone" } ] } } }""");
        string[] args = ["dedupe", "find", "Leads", "--format", "csv", "--against", "none", "--config", settings, "--db", world.Path];

        var fromFile = await Crm.RunAsync(args);
        var fromVariable = await Crm.RunAsync(args, variables: new Dictionary<string, string?> { ["CRM_Matching__Rules__Leads__0__Fields"] = "email" });

        Assert.Equal(Sorted(world.BinhA, world.BinhB), Ids(fromFile));
        Assert.Equal(Sorted(world.AnNew, world.AnOld), Ids(fromVariable));

        static string[] Ids(CliRun run) => [.. run.OutputLines.Skip(1).Select(l => l.Split(',')[1]).Order()];
    }

    private static string[] Sorted(params string[] ids) => [.. ids.Order()];

    [Theory]
    [InlineData(new[] { "Widgets" }, ExitCode.NotFound, "Module 'Widgets' is not available")]
    [InlineData(new[] { "Calls" }, ExitCode.InvalidData, "duplicates are searched in Leads, Contacts, Prospects, Accounts, not in Calls")]
    [InlineData(new[] { "Leads", "--rule", "soundex" }, ExitCode.Usage, "unknown rule 'soundex': use fuzzy, email, phone")]
    [InlineData(new[] { "Leads", "--fields", "name+shoe" }, ExitCode.Usage, "--fields 'name+shoe': Unknown match field 'shoe'")]
    [InlineData(new[] { "Leads", "--rule", "email", "--threshold", "10" }, ExitCode.Usage, "--threshold sets the fuzzy rule's threshold")]
    [InlineData(new[] { "Leads", "--against", "Calls" }, ExitCode.InvalidData, "not in Calls")]
    [InlineData(new[] { "Leads", "--settings", "crm.json" }, ExitCode.Usage, "--settings was replaced by the global --config FILE")]
    [InlineData(new[] { "Leads", "--config", "no-such-settings.json" }, ExitCode.BadConfiguration, "configuration: --config names ")]
    public async Task Bad_input_is_one_line_with_its_exit_code(string[] args, ExitCode expected, string message)
    {
        using var world = await DuplicateWorld.CreateAsync();

        var run = await Crm.RunAsync(["dedupe", "find", .. args, "--db", world.Path]);

        Assert.Equal(expected, run.ExitCode);
        var line = Assert.Single(run.ErrorLines);
        Assert.StartsWith("crm: ", line);
        Assert.Contains(message, line);
        Assert.Equal("", run.Output);
    }

    [Fact]
    public async Task A_bad_setting_is_refused_naming_the_key_and_its_source()
    {
        using var world = await DuplicateWorld.CreateAsync();

        var run = await Crm.RunAsync(["dedupe", "find", "Leads", "--db", world.Path],
            variables: new Dictionary<string, string?> { ["CRM_Matching__MaxBlockSize"] = "lots" });

        Assert.Equal(ExitCode.BadConfiguration, run.ExitCode);
        Assert.Equal("crm: configuration: Matching:MaxBlockSize is 'lots' (from environment CRM_Matching__MaxBlockSize): give a whole number, e.g. 64",
            Assert.Single(run.ErrorLines));
        Assert.Equal("", run.Output);
    }
}
