namespace CrmIntegration.Core.Modules.Catalog;

/// <summary>A part of a master contract with its own dates, service level and renewal date, covering assets.</summary>
internal static class SubContractsModule
{
    public static ModuleDefinition Build() => new ModuleBuilder("SubContracts", "subcontracts", "Sub-contracts", "Hợp đồng phụ")
        .Basic()
        .Assignable()
        .Varchar("reference_code", "Reference Code", "Số hợp đồng phụ", 255, indexed: true)
        .RelateId("contract_id", "Contracts", "Contract ID", "Mã hợp đồng", required: true)
        .Enum("status", "Status", "Trạng thái", ServiceOptions.ContractStatus, required: true, defaultValue: "Not Started", indexed: true)
        .Enum("service_level", "Service Level", "Mức dịch vụ", ServiceOptions.ServiceLevel, defaultValue: "Standard")
        .Typed("start_date", FieldType.Date, "Start Date", "Ngày bắt đầu")
        .Typed("end_date", FieldType.Date, "End Date", "Ngày kết thúc", indexed: true)
        .Typed("renewal_date", FieldType.Date, "Renewal Date", "Ngày gia hạn", indexed: true)
        .Typed("renewal_reminder_days", FieldType.Int, "Remind Days Before Renewal", "Nhắc trước ngày gia hạn (ngày)", defaultValue: "30")
        .Money("contract_value", "Value", "Giá trị")
        .Text("coverage", "Coverage", "Phạm vi bảo hành/dịch vụ")
        .Display("name", "name", "reference_code")
        .Link("contracts", "contracts_subcontracts", "Contracts", "Contract", "Hợp đồng")
        .Link("assets", "subcontracts_assets", "Assets", "Assets", "Thiết bị")
        .Link("cases", "subcontract_cases", "Cases", "Service Incidents", "Sự cố dịch vụ")
        .ActivityLinks()
        .Build();
}
