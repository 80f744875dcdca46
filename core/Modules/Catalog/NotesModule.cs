namespace CrmIntegration.Core.Modules.Catalog;

internal static class NotesModule
{
    public static ModuleDefinition Build() => new ModuleBuilder("Notes", "notes", "Notes", "Ghi chú")
        .Basic()
        .Assignable()
        .Varchar("filename", "Attachment", "Tệp đính kèm", 255)
        .Varchar("file_mime_type", "Mime Type", "Kiểu tệp", 100)
        .Typed("portal_flag", FieldType.Bool, "Display in Portal?", "Hiển thị trên cổng", defaultValue: "0")
        .Typed("embed_flag", FieldType.Bool, "Embed in Email?", "Nhúng vào email", defaultValue: "0")
        .Activity()
        .Build();
}
