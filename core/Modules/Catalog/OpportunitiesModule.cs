using CrmIntegration.Core.Records.Rules;

namespace CrmIntegration.Core.Modules.Catalog;

internal static class OpportunitiesModule
{
    public static ModuleDefinition Build() => new ModuleBuilder("Opportunities", "opportunities", "Opportunities", "Cơ hội")
        .Basic()
        .Assignable()
        .Add(Matching.Merge.MergeFields.MergedIntoField("Opportunities"))
        .Audited()
        .Money("amount", "Opportunity Amount", "Giá trị", required: true)
        .Typed("amount_usdollar", FieldType.Currency, "Amount (USD)", "Giá trị (USD)")
        .Typed("date_closed", FieldType.Date, "Expected Close Date", "Ngày dự kiến chốt", required: true, indexed: true)
        .Enum("sales_stage", "Sales Stage", "Giai đoạn bán hàng", SalesOptions.SalesStage, required: true, indexed: true)
        // Filled from the stage when left empty (OpportunitiesRules), as SugarCRM's edit view does.
        .Typed("probability", FieldType.Int, "Probability (%)", "Xác suất (%)")
        .Enum("opportunity_type", "Type", "Loại", SalesOptions.OpportunityType)
        .Enum("lead_source", "Lead Source", "Nguồn", Options.LeadSource)
        .Varchar("next_step", "Next Step", "Bước tiếp theo", 100)
        .RelateId("account_id", "Accounts", "Account ID", "Mã khách hàng")
        .RelateId("campaign_id", "Campaigns", "Campaign ID", "Mã chiến dịch")
        .Link("accounts", "accounts_opportunities", "Accounts", "Account", "Khách hàng")
        .Link("contacts", "opportunities_contacts", "Contacts", "Contacts", "Liên hệ")
        .Link("leads", "opportunity_leads", "Leads", "Leads", "Khách hàng tiềm năng")
        .Link("campaigns", "campaign_opportunities", "Campaigns", "Campaign", "Chiến dịch")
        .ActivityLinks()
        .Build();
}
