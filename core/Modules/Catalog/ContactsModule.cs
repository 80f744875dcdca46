namespace CrmIntegration.Core.Modules.Catalog;

internal static class ContactsModule
{
    public static ModuleDefinition Build() => new ModuleBuilder("Contacts", "contacts", "Contacts", "Liên hệ")
        .Basic(withName: false)
        .Assignable()
        .Add(Matching.Merge.MergeFields.MergedIntoField("Contacts"))
        .Audited()
        .Person()
        .RelateId("account_id", "Accounts", "Account ID", "Mã khách hàng")
        .Enum("lead_source", "Lead Source", "Nguồn", Options.LeadSource)
        .RelateId("reports_to_id", "Contacts", "Reports To ID", "Báo cáo cho")
        .RelateId("campaign_id", "Campaigns", "Campaign ID", "Mã chiến dịch")
        .Link("accounts", "accounts_contacts", "Accounts", "Account", "Khách hàng")
        .Link("opportunities", "opportunities_contacts", "Opportunities", "Opportunities", "Cơ hội")
        .Link("cases", "contacts_cases", "Cases", "Cases", "Yêu cầu hỗ trợ")
        .Link("leads", "contact_leads", "Leads", "Leads", "Khách hàng tiềm năng")
        .Link("campaigns", "campaign_contacts", "Campaigns", "Campaign", "Chiến dịch")
        .Link("direct_reports", "contact_direct_reports", "Contacts", "Direct Reports", "Cấp dưới")
        .Link("reports_to_link", "contact_direct_reports", "Contacts", "Reports To", "Báo cáo cho", onRhsSide: true)
        .ActivityLinks()
        .Build();
}
