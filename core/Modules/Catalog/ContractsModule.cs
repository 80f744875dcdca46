namespace CrmIntegration.Core.Modules.Catalog;

/// <summary>The master service contract of an account; its sub-contracts carry the coverage.</summary>
internal static class ContractsModule
{
    public static ModuleDefinition Build() => new ModuleBuilder("Contracts", "contracts", "Contracts", "Hợp đồng")
        .Basic()
        .Assignable()
        .Audited()
        .Varchar("reference_code", "Reference Code", "Số hợp đồng", 255, indexed: true)
        .RelateId("account_id", "Accounts", "Account ID", "Mã khách hàng", required: true)
        .Enum("status", "Status", "Trạng thái", ServiceOptions.ContractStatus, required: true, defaultValue: "Not Started", indexed: true)
        .Enum("contract_type", "Contract Type", "Loại hợp đồng", ServiceOptions.ContractType)
        .Typed("start_date", FieldType.Date, "Start Date", "Ngày bắt đầu")
        .Typed("end_date", FieldType.Date, "End Date", "Ngày kết thúc", indexed: true)
        .Typed("renewal_date", FieldType.Date, "Renewal Date", "Ngày gia hạn", indexed: true)
        .Typed("renewal_reminder_days", FieldType.Int, "Remind Days Before Renewal", "Nhắc trước ngày gia hạn (ngày)", defaultValue: "30")
        .Money("total_contract_value", "Contract Value", "Giá trị hợp đồng")
        .Typed("customer_signed_date", FieldType.Date, "Customer Signed Date", "Ngày khách hàng ký")
        .Typed("company_signed_date", FieldType.Date, "Company Signed Date", "Ngày công ty ký")
        .Display("name", "name", "reference_code")
        .Link("accounts", "account_contracts", "Accounts", "Account", "Khách hàng")
        .Link("subcontracts", "contracts_subcontracts", "SubContracts", "Sub-contracts", "Hợp đồng phụ")
        .Link("documents", "contracts_documents", "Documents", "Documents", "Tài liệu")
        .ActivityLinks()
        .Build();
}
