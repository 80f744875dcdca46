namespace CrmIntegration.Core.Modules.Catalog;

internal static class TasksModule
{
    public static ModuleDefinition Build() => new ModuleBuilder("Tasks", "tasks", "Tasks", "Công việc")
        .Basic()
        .Assignable()
        .Enum("status", "Status", "Trạng thái", ActivityOptions.TaskStatus, defaultValue: "Not Started", indexed: true)
        .Typed("date_due", FieldType.DateTime, "Due Date", "Hạn chót", indexed: true)
        .Typed("date_start", FieldType.DateTime, "Start Date", "Ngày bắt đầu")
        .Enum("priority", "Priority", "Mức ưu tiên", ActivityOptions.TaskPriority, defaultValue: "Medium")
        .Activity()
        .Build();
}
