namespace CrmIntegration.Core.Modules.Catalog;

internal static class BugsModule
{
    public static ModuleDefinition Build() => new ModuleBuilder("Bugs", "bugs", "Bugs", "Lỗi")
        .Basic()
        .Assignable()
        .AutoNumber("bug_number", "Number", "Số")
        .Enum("status", "Status", "Trạng thái", ServiceOptions.BugStatus, defaultValue: "New", indexed: true)
        .Enum("priority", "Priority", "Mức ưu tiên", ServiceOptions.BugPriority, defaultValue: "Medium")
        .Enum("type", "Type", "Loại", ServiceOptions.BugType, defaultValue: "Defect")
        .Enum("resolution", "Resolution", "Cách giải quyết", ServiceOptions.BugResolution)
        .Enum("source", "Source", "Nguồn", ServiceOptions.BugSource)
        .Varchar("found_in_release", "Found in Release", "Phát hiện ở phiên bản", 255)
        .Varchar("fixed_in_release", "Fixed in Release", "Sửa ở phiên bản", 255)
        .Varchar("product_category", "Category", "Danh mục sản phẩm", 255)
        .Text("work_log", "Work Log", "Nhật ký công việc")
        .Display("name", "name", "bug_number")
        .Link("cases", "cases_bugs", "Cases", "Cases", "Yêu cầu hỗ trợ")
        .ActivityLinks()
        .Build();
}
