using CrmIntegration.Server.Soap.Intake.Contracts;
using CrmIntegration.Server.Soap.V41.Contracts;
using CrmIntegration.Server.Tests.Infrastructure;

namespace CrmIntegration.Server.Tests.Intake;

/// <summary><c>GetLeadStatus</c> and <c>ListMySubmissions</c>, and what one partner can learn of another's leads.</summary>
[Collection(IntakeCollection.Name)]
public sealed class LeadIntakeStatusTests(IntakeWorld world)
{
    [Fact]
    public async Task Status_ByIdAndByPartnerRef_IsTheSameLead()
    {
        var partner = await world.PartnerAsync();
        var receipt = await partner.Client.SubmitLeadAsync(partner.Session, IntakeWorld.Lead("Bùi", firstName: "Thu Hà", partnerRef: "ST-1"));

        var byId = await partner.Client.GetLeadStatusAsync(partner.Session, receipt.Id!, "");
        var byRef = await partner.Client.GetLeadStatusAsync(partner.Session, "", "ST-1");

        Assert.Equal((receipt.Id, "ST-1", "Assigned", receipt.AssignedUserName), (byId.Id, byId.PartnerRef, byId.Status, byId.AssignedUserName));
        Assert.Equal(("Bùi", "Thu Hà", false, null), (byId.LastName, byId.FirstName, byId.Converted, byId.ContactId));
        Assert.Equal((byId.Id, byId.DateModified), (byRef.Id, byRef.DateModified));
        Assert.InRange(byId.DateEntered, DateTime.UtcNow.AddMinutes(-5), DateTime.UtcNow.AddMinutes(1));
    }

    [Fact]
    public async Task Status_AfterConversion_CarriesTheConvertedIds()
    {
        var partner = await world.PartnerAsync();
        var receipt = await partner.Client.SubmitLeadAsync(partner.Session, IntakeWorld.Lead("Cao", email: IntakeWorld.UniqueEmail("cao")));
        var admin = world.Server.Client();
        var session = await admin.LoginAsync("admin", ServerFixture.AdminPassword);
        var converted = await admin.ConvertLeadAsync(session, receipt.Id!, [new NameValue("account_name", "Cao " + Guid.NewGuid().ToString("N")[..6])]);

        var status = await partner.Client.GetLeadStatusAsync(partner.Session, receipt.Id!, "");

        Assert.Equal(("Converted", true), (status.Status, status.Converted));
        Assert.Equal((converted.ContactId, converted.AccountId), (status.ContactId, status.AccountId));
        Assert.True(status.DateModified >= status.DateEntered);
    }

    [Fact]
    public async Task Status_OfAnUnknownLead_Faults1001()
    {
        var partner = await world.PartnerAsync();

        var byId = await SugarClientExtensions.FaultOf(() => partner.Client.GetLeadStatusAsync(partner.Session, "00000000-0000-4000-8000-000000000000", ""));
        var byRef = await SugarClientExtensions.FaultOf(() => partner.Client.GetLeadStatusAsync(partner.Session, "", "NEVER-SENT"));
        var neither = await SugarClientExtensions.FaultOf(() => partner.Client.GetLeadStatusAsync(partner.Session, "", ""));

        Assert.Equal(("1001", "1001", "1001"), (byId.Number, byRef.Number, neither.Number));
        Assert.Contains("NEVER-SENT", byRef.Description);
        Assert.Contains("id or its partner_ref", neither.Description);
    }

    [Fact]
    public async Task AnotherPartnersLead_IsAnsweredLikeAnUnknownOne()
    {
        var a = await world.PartnerAsync();
        var b = await world.PartnerAsync();
        var lead = await a.Client.SubmitLeadAsync(a.Session, IntakeWorld.Lead("Lương", partnerRef: "SHARED-REF"));
        const string Unknown = "00000000-0000-4000-8000-0000000000ff";

        var theirs = await SugarClientExtensions.FaultOf(() => b.Client.GetLeadStatusAsync(b.Session, lead.Id!, ""));
        var nobodys = await SugarClientExtensions.FaultOf(() => b.Client.GetLeadStatusAsync(b.Session, Unknown, ""));
        var theirRef = await SugarClientExtensions.FaultOf(() => b.Client.GetLeadStatusAsync(b.Session, "", "SHARED-REF"));
        var listed = await b.Client.ListMySubmissionsAsync(b.Session, DateTime.UtcNow.AddHours(-1), 1);

        Assert.Equal((nobodys.Number, nobodys.Name), (theirs.Number, theirs.Name));
        Assert.Equal(nobodys.Description!.Replace(Unknown, "ID"), theirs.Description!.Replace(lead.Id!, "ID"));
        Assert.Equal("1001", theirRef.Number);
        Assert.Equal(0, listed.TotalCount);
    }

    [Fact]
    public async Task AnotherPartnersLead_IsRefusedThroughV41()
    {
        var a = await world.PartnerAsync();
        var b = await world.PartnerAsync();
        var lead = await a.Client.SubmitLeadAsync(a.Session, IntakeWorld.Lead("Lương", email: IntakeWorld.UniqueEmail("luong")));
        var v41 = world.Server.Client();
        var session = await v41.LoginAsync(b.UserName, IntakeWorld.PartnerPassword);

        var read = await SugarClientExtensions.FaultOf(() => v41.GetEntryAsync(session, "Leads", lead.Id!, [], [], false));
        var listed = await v41.GetEntryListAsync(session, "Leads", "", "", 0, ["id"], [], 100, 0, false);
        var update = await SugarClientExtensions.FaultOf(() => v41.SetEntryAsync(session, "Leads", [new NameValue("id", lead.Id), new NameValue("last_name", "Hijacked")]));
        var convert = await SugarClientExtensions.FaultOf(() => v41.ConvertLeadAsync(session, lead.Id!, []));

        Assert.Equal(("40", "40", "40"), (read.Number, update.Number, convert.Number));
        Assert.DoesNotContain(listed.EntryList, e => e.Id == lead.Id);
        Assert.Equal(0, listed.TotalCount);
        Assert.Equal("Lương", world.Server.Core.Store.Get("Leads", lead.Id!)!["last_name"]);
    }

    [Fact]
    public async Task ListMySubmissions_PagesTheCallersLeadsSinceATime()
    {
        var partner = await world.PartnerAsync();
        var other = await world.PartnerAsync();
        await other.Client.SubmitLeadAsync(other.Session, IntakeWorld.Lead("Not mine"));
        var since = DateTime.UtcNow.AddSeconds(-2);
        var receipts = await partner.Client.SubmitLeadsAsync(partner.Session,
            Enumerable.Range(0, 101).Select(i => IntakeWorld.Lead($"Lead {i:000}", partnerRef: $"L-{i:000}")).ToArray());

        var first = await partner.Client.ListMySubmissionsAsync(partner.Session, since, 1);
        var second = await partner.Client.ListMySubmissionsAsync(partner.Session, since, first.NextPage);
        var later = await partner.Client.ListMySubmissionsAsync(partner.Session, DateTime.UtcNow.AddMinutes(1), 1);

        Assert.Equal((1, 100, 101, 2, 100), (first.Page, first.PageSize, first.TotalCount, first.NextPage, first.Leads.Length));
        Assert.Equal((2, 101, 0, 1), (second.Page, second.TotalCount, second.NextPage, second.Leads.Length));
        Assert.Equal(receipts.Select(r => r.Id).Order(), first.Leads.Concat(second.Leads).Select(l => l.Id).Order());
        Assert.All(first.Leads.Concat(second.Leads), l => Assert.StartsWith("L-", l.PartnerRef));
        Assert.Equal((0, 0), (later.TotalCount, later.Leads.Length));
    }

    [Fact]
    public async Task ListMySubmissions_PageBelowOne_Faults1001()
    {
        var partner = await world.PartnerAsync();

        var fault = await SugarClientExtensions.FaultOf(() => partner.Client.ListMySubmissionsAsync(partner.Session, DateTime.UtcNow, 0));

        Assert.Equal("1001", fault.Number);
    }
}
