namespace CrmIntegration.Core.Modules.Catalog;

/// <summary>Support cases, and the service incidents logged against a sub-contract or an asset.</summary>
internal static class CasesModule
{
    public static ModuleDefinition Build() => new ModuleBuilder("Cases", "cases", "Cases", "Yêu cầu hỗ trợ")
        .Basic()
        .Assignable()
        .Audited()
        .AutoNumber("case_number", "Number", "Số")
        .Enum("type", "Type", "Loại", ServiceOptions.CaseType)
        .Enum("status", "Status", "Trạng thái", ServiceOptions.CaseStatus, defaultValue: "Open_New", indexed: true)
        .Enum("state", "State", "Tình trạng", ServiceOptions.CaseState, defaultValue: "Open")
        .Enum("priority", "Priority", "Mức ưu tiên", ServiceOptions.CasePriority, defaultValue: "P2")
        .Text("resolution", "Resolution", "Cách giải quyết")
        .Text("work_log", "Work Log", "Nhật ký công việc")
        .RelateId("account_id", "Accounts", "Account ID", "Mã khách hàng")
        .RelateId("subcontract_id", "SubContracts", "Sub-contract ID", "Mã hợp đồng phụ")
        .RelateId("asset_id", "Assets", "Asset ID", "Mã thiết bị")
        .Display("name", "name", "case_number")
        .Link("accounts", "account_cases", "Accounts", "Account", "Khách hàng")
        .Link("contacts", "contacts_cases", "Contacts", "Contacts", "Liên hệ")
        .Link("bugs", "cases_bugs", "Bugs", "Bugs", "Lỗi")
        .Link("subcontracts", "subcontract_cases", "SubContracts", "Sub-contract", "Hợp đồng phụ")
        .Link("assets", "asset_cases", "Assets", "Asset", "Thiết bị")
        .ActivityLinks()
        .Build();
}
