namespace CrmIntegration.Core.Modules.Catalog;

internal static class EmailTemplatesModule
{
    public static ModuleDefinition Build() => new ModuleBuilder("EmailTemplates", "email_templates", "Email Templates", "Mẫu email")
        .Basic()
        .Assignable()
        .Varchar("subject", "Subject", "Tiêu đề", 255)
        .Text("body", "Plain Text Body", "Nội dung văn bản")
        .Text("body_html", "HTML Body", "Nội dung HTML")
        .Enum("type", "Type", "Loại", ActivityOptions.EmailTemplateType, indexed: true)
        .Typed("published", FieldType.Bool, "Published", "Đã phát hành", defaultValue: "0")
        .Typed("text_only", FieldType.Bool, "Text Only", "Chỉ văn bản", defaultValue: "0")
        .Build();
}
