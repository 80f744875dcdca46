namespace CrmIntegration.Core.Modules.Catalog;

/// <summary>A supported piece of equipment; ERP systems usually find it by serial number.</summary>
internal static class AssetsModule
{
    public static ModuleDefinition Build() => new ModuleBuilder("Assets", "assets", "Assets", "Thiết bị")
        .Basic()
        .Assignable()
        .Varchar("product_model", "Product Model", "Mẫu sản phẩm", 255, required: true, indexed: true)
        .Varchar("serial_number", "Serial Number", "Số sê-ri", 255, required: true, indexed: true)

        // The serial number as compared (case, spaces and dashes ignored), kept by AssetsRules: unique
        // per product model, and how an incident logged by serial number finds its asset.
        .Add(new FieldDefinition("serial_key", FieldType.Varchar, "Serial Match Key", "Khoá so khớp số sê-ri") { System = true, Indexed = true, Audited = false, MaxLength = 255 })
        .Varchar("manufacturer", "Manufacturer", "Nhà sản xuất", 255)
        .Varchar("tag_number", "Tag Number", "Mã tài sản", 100)
        .RelateId("subcontract_id", "SubContracts", "Sub-contract ID", "Mã hợp đồng phụ")
        .RelateId("account_id", "Accounts", "Account ID", "Mã khách hàng")
        .Typed("install_date", FieldType.Date, "Installed On", "Ngày lắp đặt")
        .Typed("warranty_end_date", FieldType.Date, "Warranty Ends", "Hết hạn bảo hành", indexed: true)
        .Enum("status", "Status", "Trạng thái", ServiceOptions.AssetStatus, defaultValue: "In Service", indexed: true)
        .Varchar("location", "Location", "Vị trí lắp đặt", 255)
        .Display("name", "name", "serial_number", "product_model")
        .Link("subcontracts", "subcontracts_assets", "SubContracts", "Sub-contract", "Hợp đồng phụ")
        .Link("accounts", "account_assets", "Accounts", "Account", "Khách hàng")
        .Link("cases", "asset_cases", "Cases", "Service Incidents", "Sự cố dịch vụ")
        .ActivityLinks()
        .Build();
}
