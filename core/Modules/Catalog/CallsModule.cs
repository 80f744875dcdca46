namespace CrmIntegration.Core.Modules.Catalog;

internal static class CallsModule
{
    public static ModuleDefinition Build() => new ModuleBuilder("Calls", "calls", "Calls", "Cuộc gọi")
        .Basic()
        .Assignable()
        .Typed("date_start", FieldType.DateTime, "Start Date", "Thời gian bắt đầu", required: true, indexed: true)
        .Typed("date_end", FieldType.DateTime, "End Date", "Thời gian kết thúc")
        .Typed("duration_hours", FieldType.Int, "Duration Hours", "Số giờ", defaultValue: "0")
        .Typed("duration_minutes", FieldType.Int, "Duration Minutes", "Số phút", defaultValue: "15")
        .Enum("direction", "Direction", "Chiều cuộc gọi", ActivityOptions.CallDirection, defaultValue: "Outbound")
        .Enum("status", "Status", "Trạng thái", ActivityOptions.CallStatus, defaultValue: "Planned", indexed: true)
        .Typed("reminder_time", FieldType.Int, "Reminder (seconds before)", "Nhắc trước (giây)", defaultValue: "-1")
        .Activity()
        .Build();
}
