using CrmIntegration.Core.Intake;
using CrmIntegration.Server.Soap.Intake.Contracts;
using CrmIntegration.Server.Tests.Infrastructure;
using LeadOutcome = CrmIntegration.Server.Soap.Intake.Contracts.LeadOutcome;

namespace CrmIntegration.Server.Tests.Intake;

/// <summary><c>SubmitLead</c> and <c>SubmitLeads</c> through a WCF client of <c>/LeadIntake.svc</c>.</summary>
[Collection(IntakeCollection.Name)]
public sealed class LeadIntakeSubmitTests(IntakeWorld world)
{
    [Fact]
    public async Task NewLead_IsCreatedAssignedToARepAndMarkedAssigned()
    {
        var partner = await world.PartnerAsync();

        var receipt = await partner.Client.SubmitLeadAsync(partner.Session, new LeadSubmission
        {
            LastName = "Nguyễn", FirstName = "Thị Hồng Nhung", Email = IntakeWorld.UniqueEmail("nhung"), AccountName = "Công ty TNHH Sao Mai",
            PrimaryAddressCity = "Hà Nội", PartnerRef = "SM-1", ExtraFields = [new ExtraField("department", "Mua hàng")],
        });

        Assert.Equal(LeadOutcome.Created, receipt.Outcome);
        Assert.Contains(receipt.AssignedUserName, IntakeWorld.Reps);
        Assert.Equal(world.Server.Core.Users.FindByUserName(receipt.AssignedUserName!)!.Id, receipt.AssignedUserId);
        Assert.Equal(("SM-1", null), (receipt.PartnerRef, receipt.Error));
        var stored = world.Server.Core.Store.Get("Leads", receipt.Id!)!;
        Assert.Equal(("Assigned", "Công ty TNHH Sao Mai", "Hà Nội", "Mua hàng"),
            (stored["status"], stored["account_name"], stored["primary_address_city"], stored["department"]));
    }

    [Fact]
    public async Task SameEmail_UnderTheBlockRule_IsDuplicateNamingTheExistingLead()
    {
        var partner = await world.PartnerAsync();
        var email = IntakeWorld.UniqueEmail("pham");
        var first = await partner.Client.SubmitLeadAsync(partner.Session, IntakeWorld.Lead("Phạm", email));
        var leads = world.Server.Core.Store.Count("Leads");

        var second = await partner.Client.SubmitLeadAsync(partner.Session, IntakeWorld.Lead("Pham", email.ToUpperInvariant(), partnerRef: "P-2"));

        Assert.Equal((LeadOutcome.Duplicate, null), (second.Outcome, second.Id));
        Assert.Equal(("Leads", first.Id, "email"), (second.DuplicateOf!.Module, second.DuplicateOf.Id, second.DuplicateOf.Rule));
        Assert.Contains(second.Duplicates, d => d.Id == first.Id);
        Assert.Equal((50, "Duplicate Records"), (second.Error!.Number, second.Error.Name));
        Assert.Contains(first.Id!, second.Error.Description);
        Assert.Equal("P-2", second.PartnerRef);
        Assert.Equal(leads, world.Server.Core.Store.Count("Leads"));
    }

    [Fact]
    public async Task SameNameAndPhone_UnderWarn_IsCreatedWithAWarningAndTheMatch()
    {
        var partner = await world.PartnerAsync();
        var phone = "09" + Random.Shared.Next(10_000_000, 99_999_999);
        var first = await partner.Client.SubmitLeadAsync(partner.Session, IntakeWorld.Lead("Vũ", firstName: "Thanh Tâm", phone: phone));

        var second = await partner.Client.SubmitLeadAsync(partner.Session, IntakeWorld.Lead("VU", firstName: "THANH TAM", phone: "+84" + phone[1..]));

        Assert.Equal(LeadOutcome.Created, second.Outcome);
        Assert.NotEqual(first.Id, second.Id);
        Assert.Equal(first.Id, second.DuplicateOf?.Id);
        Assert.Contains(second.Duplicates, d => d.Id == first.Id && d.Rule == "name+phone");
        Assert.Contains(second.Warnings, w => w.Contains("possible duplicate", StringComparison.Ordinal) && w.Contains(first.Id!, StringComparison.Ordinal));
        Assert.Null(second.Error);
    }

    [Fact]
    public async Task ResubmittedPartnerRef_IsExistingWithTheFirstLeadAndItsRep()
    {
        var partner = await world.PartnerAsync();
        var first = await partner.Client.SubmitLeadAsync(partner.Session, IntakeWorld.Lead("Lê", partnerRef: "ACME-7"));

        var again = await partner.Client.SubmitLeadAsync(partner.Session, IntakeWorld.Lead("Lê Văn", partnerRef: "ACME-7"));

        Assert.Equal((LeadOutcome.Existing, first.Id, "ACME-7"), (again.Outcome, again.Id, again.PartnerRef));
        Assert.Equal((first.AssignedUserId, first.AssignedUserName), (again.AssignedUserId, again.AssignedUserName));
        Assert.Equal("Lê", world.Server.Core.Store.Get("Leads", first.Id!)!["last_name"]);
    }

    [Fact]
    public async Task ConcurrentRetriesOfOnePartnerRef_MakeExactlyOneLead()
    {
        var partner = await world.PartnerAsync();
        var before = world.Server.Core.Store.Count("Leads");

        var receipts = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ =>
            partner.Client.SubmitLeadAsync(partner.Session, IntakeWorld.Lead("Hoàng", partnerRef: "ACME-2026-0001"))));

        Assert.Single(receipts.Select(r => r.Id).Distinct());
        Assert.Equal(1, receipts.Count(r => r.Outcome == LeadOutcome.Created));
        Assert.Equal(19, receipts.Count(r => r.Outcome == LeadOutcome.Existing));
        Assert.Equal(before + 1, world.Server.Core.Store.Count("Leads"));
    }

    [Fact]
    public async Task Batch_OfMixedItems_AnswersEachInOrderAndRejectsOnlyTheBadOnes()
    {
        var partner = await world.PartnerAsync();
        var email = IntakeWorld.UniqueEmail("dinh");
        var existing = await partner.Client.SubmitLeadAsync(partner.Session, IntakeWorld.Lead("Đinh", email));

        var receipts = await partner.Client.SubmitLeadsAsync(partner.Session,
        [
            IntakeWorld.Lead("Tô", partnerRef: "B-1"),
            IntakeWorld.Lead("Dinh", email.ToUpperInvariant(), partnerRef: "B-2"),
            new LeadSubmission { FirstName = "no last name", PartnerRef = "B-3" },
            new LeadSubmission { LastName = "Mai", PartnerRef = "B-4", ExtraFields = [new ExtraField("favourite_colour", "blue")] },
            IntakeWorld.Lead("Tô", partnerRef: "B-1"),
        ]);

        Assert.Equal(
            [LeadOutcome.Created, LeadOutcome.Duplicate, LeadOutcome.Rejected, LeadOutcome.Rejected, LeadOutcome.Existing],
            receipts.Select(r => r.Outcome));
        Assert.Equal(["B-1", "B-2", "B-3", "B-4", "B-1"], receipts.Select(r => r.PartnerRef));
        Assert.Equal(existing.Id, receipts[1].DuplicateOf!.Id);
        Assert.Equal((1001, true), (receipts[2].Error!.Number, receipts[2].Error!.Description!.Contains("Leads.last_name", StringComparison.Ordinal)));
        Assert.Equal((1001, true), (receipts[3].Error!.Number, receipts[3].Error!.Description!.Contains("favourite_colour", StringComparison.Ordinal)));
        Assert.Equal(receipts[0].Id, receipts[4].Id);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(LeadIntake.MaxBatch + 1)]
    public async Task Batch_OutsideTheLimit_FaultsNamingIt(int count)
    {
        var partner = await world.PartnerAsync();
        var before = world.Server.Core.Store.Count("Leads");

        var fault = await SugarClientExtensions.FaultOf(() => partner.Client.SubmitLeadsAsync(partner.Session,
            Enumerable.Range(0, count).Select(i => IntakeWorld.Lead($"Batch {i}")).ToArray()));

        Assert.Equal("1001", fault.Number);
        Assert.Contains($"1 to {LeadIntake.MaxBatch} leads, not {count}", fault.Description);
        Assert.Equal(before, world.Server.Core.Store.Count("Leads"));
    }

    [Theory]
    [InlineData("id")]
    [InlineData("date_entered")]
    [InlineData("email_key")]
    public async Task ExtraField_ThatASubmissionCannotSet_RejectsTheLead(string field)
    {
        var partner = await world.PartnerAsync();

        var receipt = await partner.Client.SubmitLeadAsync(partner.Session,
            new LeadSubmission { LastName = "Trịnh", ExtraFields = [new ExtraField(field, "x")] });

        Assert.Equal((LeadOutcome.Rejected, 1001), (receipt.Outcome, receipt.Error!.Number));
        Assert.Contains($"'{field}'", receipt.Error.Description);
    }

    [Fact]
    public async Task ExtraField_RepeatingATypedElement_RejectsTheLead()
    {
        var partner = await world.PartnerAsync();

        var receipt = await partner.Client.SubmitLeadAsync(partner.Session,
            new LeadSubmission { LastName = "Trịnh", Email = "a@b.example.vn", ExtraFields = [new ExtraField("email1", "c@d.example.vn")] });

        Assert.Equal((LeadOutcome.Rejected, 1001), (receipt.Outcome, receipt.Error!.Number));
        Assert.Contains("element email", receipt.Error.Description);
    }

    [Fact]
    public async Task SubmitLead_WithAV41Session_Works()
    {
        var partner = await world.PartnerAsync();
        var v41 = await world.Server.Client().LoginAsync(partner.UserName, IntakeWorld.PartnerPassword);

        var receipt = await partner.Client.SubmitLeadAsync(v41, IntakeWorld.Lead("Đặng"));

        Assert.Equal(LeadOutcome.Created, receipt.Outcome);
        Assert.Equal(world.Server.Core.Users.FindByUserName(partner.UserName)!.Id, world.Server.Core.Store.Get("Leads", receipt.Id!)!["created_by"]);
    }

    [Fact]
    public async Task SubmitLead_WithAnUnknownSession_Faults11()
    {
        var partner = await world.PartnerAsync();

        var fault = await SugarClientExtensions.FaultOf(() => partner.Client.SubmitLeadAsync("no-such-session", IntakeWorld.Lead("Đặng")));

        Assert.Equal(("11", "Invalid Session ID"), (fault.Number, fault.Name));
    }
}
