namespace CrmIntegration.Core.Modules.Catalog;

internal static class LeadsModule
{
    public static ModuleDefinition Build() => new ModuleBuilder("Leads", "leads", "Leads", "Khách hàng tiềm năng")
        .Basic(withName: false)
        .Assignable()
        .Audited()
        .Person()
        .Varchar("account_name", "Account Name", "Tên công ty", 255, indexed: true)
        .Enum("lead_source", "Lead Source", "Nguồn", Options.LeadSource)
        .Enum("status", "Status", "Trạng thái", Options.LeadStatus, defaultValue: "New")
        .RelateId("account_id", "Accounts", "Account Id", "Mã khách hàng")
        .Link("accounts", "account_leads", "Accounts", "Account", "Khách hàng")
        .Build();
}
