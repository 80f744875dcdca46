using CrmIntegration.Core.Conversion;
using CrmIntegration.Core.Errors;
using CrmIntegration.Core.Modules;
using CrmIntegration.Core.Records;
using CrmIntegration.Core.Security;
using CrmIntegration.Core.Tests.Infrastructure;

namespace CrmIntegration.Core.Tests.Conversion;

public sealed class LeadConversionTests : IDisposable
{
    private static readonly string[] ContactFields =
    [
        "salutation", "first_name", "last_name", "title", "department", "phone_work", "phone_mobile", "email1", "lead_source",
        "description", "primary_address_street", "primary_address_city", "primary_address_state", "primary_address_postalcode",
        "primary_address_country", "alt_address_street", "alt_address_city",
    ];

    private readonly TestCore _test = new();
    private readonly CrmUser _owner;

    public LeadConversionTests()
    {
        _owner = Core.AddUser("sales", UserRole.User);
    }

    private CrmCore Core => _test.Core;

    [Fact]
    public void Convert_NewCustomer_CreatesLinkedContactAccountOpportunityWithCopiedFields()
    {
        var lead = Core.AddRichLead(_owner);

        var result = Core.Conversions.Convert(_owner, new LeadConversionRequest(lead.Id)
        {
            CreateOpportunity = true, SalesStage = "Negotiation/Review", DateClosed = "2026-06-30",
        });

        var contact = Core.Store.Get("Contacts", result.ContactId)!;
        var account = Core.Store.Get("Accounts", result.AccountId)!;
        var opportunity = Core.Store.Get("Opportunities", result.OpportunityId!)!;
        Assert.True(result.ContactCreated && result.AccountCreated);
        Assert.All(ContactFields, f => Assert.Equal(lead[f], contact[f]));
        Assert.Equal("Thị Hồng Nhung", contact["first_name"]);
        Assert.Equal(account.Id, contact["account_id"]);
        Assert.Equal(_owner.Id, contact[CommonFields.AssignedUserId]);
        Assert.Equal(
            ["Công ty TNHH Hoa Sen", "Phân phối thiết bị điện lạnh", "https://hoasen.vn", lead["phone_work"], "12 Lê Lợi, Phường Bến Nghé", "Hồ Chí Minh", "Việt Nam"],
            new[] { "name", "description", "website", "phone_office", "billing_address_street", "billing_address_city", "billing_address_country" }
                .Select(f => account[f]));
        Assert.Equal(
            ["Bảo trì 2026", "150000000", "Negotiation/Review", "80", "2026-06-30", account.Id, "Partner"],
            new[] { "name", "amount", "sales_stage", "probability", "date_closed", "account_id", "lead_source" }
                .Select(f => opportunity[f]));
        var opportunityContacts = Core.Relationships.GetRelated(_owner, "Opportunities", opportunity.Id, "contacts", new ListRequest(null, null, 0, 0, false));
        Assert.Equal(contact.Id, Assert.Single(opportunityContacts.Records).Id);
    }

    [Fact]
    public void Convert_MarksTheLeadConvertedWithTheThreeIds()
    {
        var lead = Core.AddRichLead(_owner);

        var result = Core.Conversions.Convert(_owner, new LeadConversionRequest(lead.Id) { CreateOpportunity = true, DateClosed = "2026-06-30" });

        var stored = Core.Store.Get("Leads", lead.Id)!;
        Assert.Equal(
            ["Converted", "1", result.ContactId, result.AccountId, result.OpportunityId],
            new[] { "status", "converted", "contact_id", "account_id", "opportunity_id" }.Select(f => stored[f]));
        Assert.Contains(Core.Store.GetAudit("Leads", lead.Id), e => e.Field == "status" && e.After == "Converted");
    }

    [Fact]
    public void Convert_MovesTheLeadsActivitiesToTheContact()
    {
        var lead = Core.AddRichLead(_owner);
        var activities = Core.AddActivities(_owner, lead);

        var result = Core.Conversions.Convert(_owner, new LeadConversionRequest(lead.Id));

        Assert.Equal(4, result.ActivitiesMoved);
        Assert.All(activities.Select(a => Core.Store.Get(a.Module, a.Id)!), moved =>
        {
            Assert.Equal(("Contacts", result.ContactId, lead.Id), (moved["parent_type"], moved["parent_id"], moved["converted_from_id"]));
        });
        var contactNotes = Core.Relationships.GetRelated(_owner, "Contacts", result.ContactId, "notes", new ListRequest(null, null, 0, 0, false));
        Assert.Equal(activities[0].Id, Assert.Single(contactNotes.Records).Id);
    }

    [Fact]
    public void Convert_WithoutOpportunity_LeavesOpportunityIdEmpty()
    {
        var lead = Core.AddRichLead(_owner);

        var result = Core.Conversions.Convert(_owner, new LeadConversionRequest(lead.Id));

        Assert.Null(result.OpportunityId);
        Assert.True(string.IsNullOrEmpty(Core.Store.Get("Leads", lead.Id)!["opportunity_id"]));
        Assert.Empty(Core.Store.Scan("Opportunities"));
    }

    [Fact]
    public void Convert_CompanyAlreadyAnAccount_LinksTheAccountFoundByTheMatchingEngine()
    {
        var existing = Core.AddAccount(_owner, "CÔNG TY TNHH HOA SEN");
        var lead = Core.AddRichLead(_owner);

        var result = Core.Conversions.Convert(_owner, new LeadConversionRequest(lead.Id));

        Assert.False(result.AccountCreated);
        Assert.Equal(existing.Id, result.AccountId);
        Assert.Equal(existing.Id, Core.Store.Get("Contacts", result.ContactId)!["account_id"]);
        Assert.Single(Core.Store.Scan("Accounts"));
    }

    [Fact]
    public void Convert_PersonAlreadyAContactBySameEmail_LinksThatContactAndItsAccount()
    {
        var account = Core.AddAccount(_owner, "Hoa Sen Trading");
        var contact = Core.Records.Save(_owner, "Contacts", Builders.Values(
            ("last_name", "Nguyen"), ("first_name", "Nhung"), ("email1", "NHUNG.NGUYEN@HOASEN.VN"), ("account_id", account.Id)));
        var lead = Core.AddRichLead(_owner);

        var result = Core.Conversions.Convert(_owner, new LeadConversionRequest(lead.Id));

        Assert.Equal((contact.Id, false, account.Id, false), (result.ContactId, result.ContactCreated, result.AccountId, result.AccountCreated));
        Assert.Single(Core.Store.Scan("Contacts"));
    }

    [Fact]
    public void Convert_SimilarButNotExactCompany_CreatesANewAccount()
    {
        Core.AddAccount(_owner, "Công ty TNHH Hoa Sen Xanh");
        var lead = Core.AddRichLead(_owner);

        var result = Core.Conversions.Convert(_owner, new LeadConversionRequest(lead.Id));

        Assert.True(result.AccountCreated);
        Assert.Equal(2, Core.Store.Scan("Accounts").Count());
    }

    [Fact]
    public void Convert_TwoAccountsMatch_FaultsAskingForAccountId()
    {
        var first = Core.AddAccount(_owner, "Công ty TNHH Hoa Sen");
        var second = Core.AddAccount(_owner, "Hoa Sen Co., Ltd");
        var lead = Core.AddRichLead(_owner);

        var error = CrmAssert.Fails(CrmErrorCode.DuplicateRecords, () => Core.Conversions.Convert(_owner, new LeadConversionRequest(lead.Id)));

        Assert.Contains(first.Id, error.Message);
        Assert.Contains(second.Id, error.Message);
        Assert.Contains("account_id", error.Message);
    }

    [Fact]
    public void Convert_ExplicitAccountId_LinksItEvenWhenAnotherMatches()
    {
        Core.AddAccount(_owner, "Công ty TNHH Hoa Sen");
        var chosen = Core.AddAccount(_owner, "Tập đoàn Hoa Sen");
        var lead = Core.AddRichLead(_owner);

        var result = Core.Conversions.Convert(_owner, new LeadConversionRequest(lead.Id) { AccountId = chosen.Id });

        Assert.Equal((chosen.Id, false), (result.AccountId, result.AccountCreated));
    }

    [Fact]
    public void Convert_UnknownAccountId_FaultsNamingTheOption()
    {
        var lead = Core.AddRichLead(_owner);

        var error = CrmAssert.Fails(CrmErrorCode.InvalidData,
            () => Core.Conversions.Convert(_owner, new LeadConversionRequest(lead.Id) { AccountId = "no-such-account" }));

        Assert.Contains("account_id", error.Message);
        Assert.Contains("no-such-account", error.Message);
    }

    [Fact]
    public void Convert_Twice_FaultsNamingTheLead()
    {
        var lead = Core.AddRichLead(_owner);
        var first = Core.Conversions.Convert(_owner, new LeadConversionRequest(lead.Id));

        var error = CrmAssert.Fails(CrmErrorCode.InvalidData, () => Core.Conversions.Convert(_owner, new LeadConversionRequest(lead.Id)));

        Assert.Contains(lead.Id, error.Message);
        Assert.Contains("Thị Hồng Nhung Nguyễn", error.Message);
        Assert.Contains(first.ContactId, error.Message);
        Assert.Single(Core.Store.Scan("Contacts"));
    }

    [Fact]
    public void Convert_UnknownLead_FaultsNamingTheId()
    {
        var error = CrmAssert.Fails(CrmErrorCode.InvalidData, () => Core.Conversions.Convert(_owner, new LeadConversionRequest("no-such-lead")));

        Assert.Contains("no-such-lead", error.Message);
    }

    [Fact]
    public void Convert_OpportunityWithoutCloseDate_FaultsNamingTheFieldAndWritesNothing()
    {
        var lead = Core.AddRichLead(_owner);

        var error = CrmAssert.Fails(CrmErrorCode.InvalidData,
            () => Core.Conversions.Convert(_owner, new LeadConversionRequest(lead.Id) { CreateOpportunity = true }));

        Assert.Contains("Opportunities.date_closed", error.Message);
        Assert.Empty(Core.Store.Scan("Contacts"));
        Assert.Empty(Core.Store.Scan("Accounts"));
        Assert.Equal("New", Core.Store.Get("Leads", lead.Id)!["status"]);
    }

    [Fact]
    public void Convert_LeadWithoutCompanyAndNoAccountOption_FaultsNamingAccountName()
    {
        var lead = Core.AddLead(_owner, "Trần");

        var error = CrmAssert.Fails(CrmErrorCode.InvalidData, () => Core.Conversions.Convert(_owner, new LeadConversionRequest(lead.Id)));

        Assert.StartsWith("Invalid data: account_name", error.Message);
    }

    [Fact]
    public void Convert_AccountNameOverride_NamesTheNewAccount()
    {
        var lead = Core.AddLead(_owner, "Trần");

        var result = Core.Conversions.Convert(_owner, new LeadConversionRequest(lead.Id) { AccountName = "Hộ kinh doanh Trần Gia" });

        Assert.Equal("Hộ kinh doanh Trần Gia", Core.Store.Get("Accounts", result.AccountId)!["name"]);
    }

    [Fact]
    public void Preview_ReportsWhatWouldHappenAndWritesNothing()
    {
        var lead = Core.AddRichLead(_owner);
        Core.AddActivities(_owner, lead);

        var preview = Core.Conversions.Preview(_owner, new LeadConversionRequest(lead.Id));

        Assert.Equal((true, true, 4), (preview.ContactCreated, preview.AccountCreated, preview.ActivitiesMoved));
        Assert.Empty(Core.Store.Scan("Contacts"));
        Assert.Equal("New", Core.Store.Get("Leads", lead.Id)!["status"]);
    }

    public void Dispose() => _test.Dispose();
}
