using System.Text.Json;
using CrmIntegration.Server.Tests.Infrastructure;

namespace CrmIntegration.Server.Tests.Interop;

/// <summary>
/// Every operation with an array parameter, as a client that builds requests from the served WSDL
/// sends it: the client's own checks of each answer (fields selected, links followed, records found)
/// must all pass, and the records it wrote are read back here through a WCF client.
/// </summary>
public abstract class ArrayInteropTests(ArrayInteropFixture client)
{
    private static readonly string[] ArrayOperations =
    [
        "login", "get_module_fields", "set_entries", "set_relationship", "set_relationships", "get_relationships",
        "get_relationships_links", "get_entry", "get_entry_links", "get_entries", "get_entry_list", "get_entry_list_links",
        "search_by_module", "find_duplicates", "convert_lead", "convert_prospect", "submit_leads",
    ];

    [Fact]
    public void EveryArrayOperation_DidWhatTheClientAsked()
    {
        var checkedSteps = client.Get("checked").EnumerateArray().Select(s => s.GetString()).ToList();
        var errors = client.Get("errors").EnumerateArray().Select(e => $"{e.GetProperty("step")}: {e.GetProperty("message")}").ToList();

        client.Require(errors.Count == 0, "The client reported:\n" + string.Join("\n", errors));
        client.Require(ArrayOperations.All(checkedSteps.Contains), $"Steps not reached: {string.Join(", ", ArrayOperations.Except(checkedSteps!))}");
        client.Require(client.Run.ExitCode == 0, "The script exited non-zero.");
    }

    [Fact]
    public async Task SetEntries_StoresEveryItemWithItsFields()
    {
        var ids = client.Get("set_entries").GetProperty("ids").EnumerateArray().Select(i => i.GetString()!).ToArray();
        var sent = client.Get("leads").EnumerateArray().ToArray();
        client.Require(ids.Length == 2 && sent.Length == 2, "set_entries did not report two ids.");
        var (wcf, session) = await LoginAsync();

        var stored = (await wcf.GetEntriesAsync(session, "Leads", ids, [], [], false)).EntryList;

        for (var i = 0; i < 2; i++)
        {
            foreach (var field in new[] { "first_name", "last_name", "lead_source", "department" })
            {
                Assert.Equal(client.Text(sent[i], field), stored[i].Value(field));
            }
        }
    }

    [Fact]
    public async Task SetRelationships_LinksAndUnlinksAsAsked()
    {
        var leads = client.Get("set_entries").GetProperty("ids").EnumerateArray().Select(i => i.GetString()!).ToArray();
        var accounts = client.Get("account_ids").EnumerateArray().Select(i => i.GetString()!).ToArray();
        var (wcf, session) = await LoginAsync();

        var leadsOfB = await wcf.GetRelationshipsAsync(session, "Accounts", accounts[1], "leads", "", ["id"], [], 0, "", 0, 10);
        var membersOfA = await wcf.GetRelationshipsAsync(session, "Accounts", accounts[0], "members", "", ["id"], [], 0, "", 0, 10);

        Assert.Equal([leads[1]], leadsOfB.EntryList.Select(e => e.Id));
        Assert.Empty(membersOfA.EntryList);
    }

    [Fact]
    public async Task ConvertLeadAndProspect_UseTheirOptions()
    {
        var leadId = client.Get("set_entries").GetProperty("ids")[0].GetString()!;
        var converted = client.Get("convert_lead");
        var prospect = client.Get("convert_prospect");
        var (wcf, session) = await LoginAsync();

        var lead = Assert.Single((await wcf.GetEntryAsync(session, "Leads", leadId, [], [], false)).EntryList);
        var opportunity = Assert.Single((await wcf.GetEntryAsync(session, "Opportunities", client.Text(converted, "opportunity_id"), [], [], false)).EntryList);
        var fromProspect = Assert.Single((await wcf.GetEntryAsync(session, "Leads", client.Text(prospect, "lead_id"), [], [], false)).EntryList);

        Assert.Equal("Converted", lead.Value("status"));
        Assert.Equal("1000000", opportunity.Value("amount")?.Split('.')[0]);
        Assert.Equal("2027-06-30", opportunity.Value("date_closed"));
        Assert.Equal("Conference", fromProspect.Value("lead_source"));
    }

    [Fact]
    public async Task SubmitLeads_StoresEachLeadWithItsExtraFields()
    {
        var receipts = client.Get("submit_leads").EnumerateArray().ToArray();
        var sent = client.Get("submitted").EnumerateArray().ToArray();
        client.Require(receipts.Length == 2, "SubmitLeads did not answer two receipts.");
        var (wcf, session) = await LoginAsync();

        for (var i = 0; i < 2; i++)
        {
            var stored = Assert.Single((await wcf.GetEntryAsync(session, "Leads", client.Text(receipts[i], "id"), [], [], false)).EntryList);
            Assert.Equal(client.Text(sent[i], "last_name"), stored.Value("last_name"));
            foreach (var field in sent[i].GetProperty("extra_fields").GetProperty("field").EnumerateArray())
            {
                Assert.Equal(client.Text(field, "value"), stored.Value(client.Text(field, "name")));
            }
        }
    }

    private async Task<(Soap.V41.ISugarSoapService Client, string Session)> LoginAsync()
    {
        var wcf = client.Server.Client();
        return (wcf, await wcf.LoginAsync("admin", ServerFixture.AdminPassword));
    }
}
