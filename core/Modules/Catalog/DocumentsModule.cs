namespace CrmIntegration.Core.Modules.Catalog;

internal static class DocumentsModule
{
    public static ModuleDefinition Build() => new ModuleBuilder("Documents", "documents", "Documents", "Tài liệu")
        .Basic(withName: false)
        .Assignable()
        .Varchar("document_name", "Document Name", "Tên tài liệu", 255, required: true, indexed: true)
        .Typed("active_date", FieldType.Date, "Publish Date", "Ngày phát hành")
        .Typed("exp_date", FieldType.Date, "Expiration Date", "Ngày hết hạn")
        .Enum("category_id", "Category", "Danh mục", ActivityOptions.DocumentCategory)
        .Varchar("subcategory_id", "Sub Category", "Danh mục con", 100)
        .Enum("status_id", "Status", "Trạng thái", ActivityOptions.DocumentStatus, defaultValue: "Active")
        .Varchar("revision", "Revision", "Phiên bản", 100)
        .Varchar("filename", "File Name", "Tên tệp", 255)
        .Varchar("file_mime_type", "Mime Type", "Kiểu tệp", 100)
        .Varchar("template_type", "Document Type", "Loại tài liệu", 100)
        .Display("document_name")
        .Link("contracts", "contracts_documents", "Contracts", "Contracts", "Hợp đồng")
        .Build();
}
