using System.Text.Json;

namespace CrmIntegration.Server.Tests.Interop;

/// <summary>
/// What every third-party client must manage with partner lead intake, read from the client's own
/// report and confirmed in the server's store.
/// </summary>
public abstract class IntakeInteropTests(IntakeInteropFixture client)
{
    [Fact]
    public void V41SetEntry_ResubmittedPartnerRef_GivesTheSameIdAndOneLead()
    {
        var id = client.Text("v41_first_id");
        client.Require(client.Text("v41_resubmitted_id") == id, "set_entry with the same partner_ref gave another id.");
        var lead = client.Server.Core.Store.Get("Leads", id);
        client.Require(lead is not null, "The lead the client was given is not stored.");

        var sameRef = client.Server.Core.Store.FindByKey("Leads", "partner_ref", lead!["partner_ref"]!).Count(r => !r.IsDeleted);

        Assert.Equal(1, sameRef);
    }

    [Fact]
    public void V41SetEntry_SameEmailUnderTheBlockRule_Faults50NamingTheFirstLead()
    {
        client.Require(client.Get("v41_duplicate_fault").ValueKind == JsonValueKind.Number, "set_entry of a duplicate did not fault.");
        Assert.Equal(50, client.Get("v41_duplicate_fault").GetInt32());
        Assert.Equal(JsonValueKind.True, client.Get("v41_duplicate_names_first").ValueKind);
    }

    [Fact]
    public void SubmitLead_CreatedThenExisting_ForOnePartnerRef()
    {
        var created = client.Get("intake_created");
        var resubmitted = client.Get("intake_resubmitted");
        client.Require(created.GetProperty("outcome").GetString() == "Created", "The first SubmitLead was not Created.");
        client.Require(resubmitted.GetProperty("outcome").GetString() == "Existing", "The resubmission was not Existing.");
        var id = created.GetProperty("id").GetString();
        Assert.Equal(id, resubmitted.GetProperty("id").GetString());

        var lead = client.Server.Core.Store.Get("Leads", id!)!;

        Assert.Equal(created.GetProperty("partner_ref").GetString(), lead["partner_ref"]);
        Assert.Equal(("Lê", "Thị Mai", "Kinh doanh"), (lead["last_name"], lead["first_name"], lead["department"]));
        Assert.Equal(client.Server.Core.Users.FindByUserName(IntakeInteropFixture.Partner)!.Id, lead["created_by"]);
    }

    [Fact]
    public void GetLeadStatus_ByPartnerRef_NamesTheSubmittedLead()
    {
        var status = client.Get("intake_status");

        Assert.Equal(client.Get("intake_created").GetProperty("id").GetString(), status.GetProperty("id").GetString());
        Assert.Equal("New", status.GetProperty("status").GetString());
    }

    [Fact]
    public void Script_CompletesEveryStep_AndExitsZero()
    {
        client.Require(client.Get("errors").GetArrayLength() == 0, "The script reported errors.");
        client.Require(client.Run.ExitCode == 0, "The script exited non-zero.");
    }
}
