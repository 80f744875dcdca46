using CrmIntegration.Cli.Tests.Infrastructure;
using CrmIntegration.Core;
using CrmIntegration.Core.Security;

namespace CrmIntegration.Cli.Tests.Commands;

public sealed class LeadsConvertCommandTests
{
    [Fact]
    public async Task Convert_with_opportunity_prints_the_ids_and_the_core_sees_the_conversion()
    {
        using var db = await TempDatabase.WithAdminAsync();
        var leadId = AddLead(db);

        var run = await Crm.OkAsync("leads", "convert", leadId, "--opportunity", "Bảo trì 2026", "--amount", "150000000",
            "--sales-stage", "Qualification", "--close-date", "2026-06-30", "--db", db.Path);

        using var core = Open(db);
        var lead = core.Store.Get("Leads", leadId)!;
        Assert.Equal(("Converted", "1"), (lead["status"], lead["converted"]));
        Assert.Equal(
        [
            $"Converted lead {leadId}.",
            $"contact      {lead["contact_id"]}  created",
            $"account      {lead["account_id"]}  created",
            $"opportunity  {lead["opportunity_id"]}  created",
            "activities   1 moved to the contact",
        ], run.OutputLines);
        var opportunity = core.Store.Get("Opportunities", lead["opportunity_id"]!)!;
        Assert.Equal(("Bảo trì 2026", "20", lead["account_id"]), (opportunity["name"], opportunity["probability"], opportunity["account_id"]));
        Assert.Equal("Công ty TNHH Hoa Sen", core.Store.Get("Accounts", lead["account_id"]!)!["name"]);
    }

    [Fact]
    public async Task Convert_with_account_id_links_that_account()
    {
        using var db = await TempDatabase.WithAdminAsync();
        var leadId = AddLead(db);
        string accountId;
        using (var core = Open(db))
        {
            accountId = core.Records.Save(UserAdministration.SystemActor, "Accounts", [new("name", "Tập đoàn Sen Vàng")]).Id;
        }

        var run = await Crm.OkAsync("leads", "convert", leadId, "--account-id", accountId, "--db", db.Path);

        Assert.Contains($"account      {accountId}  linked", run.OutputLines);
    }

    [Fact]
    public async Task Dry_run_prints_what_would_happen_and_writes_nothing()
    {
        using var db = await TempDatabase.WithAdminAsync();
        var leadId = AddLead(db);

        var run = await Crm.OkAsync("leads", "convert", leadId, "--dry-run", "--db", db.Path);

        Assert.Equal($"Dry run: lead {leadId} would be converted; nothing was written.", run.OutputLines[0]);
        Assert.Contains("contact      (new)  would be created", run.OutputLines);
        using var core = Open(db);
        Assert.Equal("New", core.Store.Get("Leads", leadId)!["status"]);
        Assert.Empty(core.Store.Scan("Contacts"));
        Assert.Empty(core.Store.Scan("Accounts"));
    }

    [Fact]
    public async Task Unknown_lead_exits_with_not_found()
    {
        using var db = await TempDatabase.WithAdminAsync();

        var run = await Crm.RunAsync("leads", "convert", "no-such-lead", "--db", db.Path);

        Assert.Equal(ExitCode.NotFound, run.ExitCode);
        Assert.Equal("crm: there is no lead 'no-such-lead'", Assert.Single(run.ErrorLines));
    }

    [Fact]
    public async Task Converting_twice_exits_with_invalid_data_naming_the_lead()
    {
        using var db = await TempDatabase.WithAdminAsync();
        var leadId = AddLead(db);
        await Crm.OkAsync("leads", "convert", leadId, "--db", db.Path);

        var run = await Crm.RunAsync("leads", "convert", leadId, "--db", db.Path);

        Assert.Equal(ExitCode.InvalidData, run.ExitCode);
        Assert.Contains(leadId, Assert.Single(run.ErrorLines));
    }

    [Fact]
    public async Task Opportunity_details_without_a_name_are_a_usage_error()
    {
        using var db = await TempDatabase.WithAdminAsync();
        var leadId = AddLead(db);

        var run = await Crm.RunAsync("leads", "convert", leadId, "--amount", "100", "--db", db.Path);

        Assert.Equal(ExitCode.Usage, run.ExitCode);
        Assert.Contains("--opportunity", run.Error);
    }

    [Fact]
    public async Task A_partner_named_with_as_is_refused()
    {
        using var db = await TempDatabase.WithAdminAsync();
        await Crm.OkAsync("users", "add", "partner1", "--role", "partner", "--password", "partner-pass-1", "--db", db.Path);
        var leadId = AddLead(db);

        var run = await Crm.RunAsync("leads", "convert", leadId, "--as", "partner1", "--db", db.Path);

        Assert.Equal(ExitCode.AccessDenied, run.ExitCode);
    }

    /// <summary>A lead with a note, written through the core as the CLI's administrator.</summary>
    private static string AddLead(TempDatabase db)
    {
        using var core = Open(db);
        var admin = UserAdministration.SystemActor;
        var lead = core.Records.Save(admin, "Leads",
            [new("first_name", "Thị Hồng Nhung"), new("last_name", "Nguyễn"), new("account_name", "Công ty TNHH Hoa Sen"),
             new("email1", "nhung@hoasen.vn")]);
        core.Records.Save(admin, "Notes", [new("name", "Gọi lại tuần sau"), new("parent_type", "Leads"), new("parent_id", lead.Id)]);
        return lead.Id;
    }

    private static CrmCore Open(TempDatabase db) => CrmCore.Open(new CrmCoreOptions { DatabasePath = db.Path });
}
