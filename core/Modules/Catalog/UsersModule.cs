namespace CrmIntegration.Core.Modules.Catalog;

internal static class UsersModule
{
    public static ModuleDefinition Build() => new ModuleBuilder("Users", "users", "Users", "Người dùng")
        .Basic(withName: false)
        .Varchar("user_name", "User Name", "Tên đăng nhập", 60, required: true, indexed: true)
        .Varchar("first_name", "First Name", "Tên", 30)
        .Varchar("last_name", "Last Name", "Họ", 30, required: true)
        .Add(new FieldDefinition("email1", FieldType.Email, "Email Address", "Địa chỉ email") { MaxLength = 100 })
        .Enum("status", "Status", "Trạng thái", Options.UserStatus, defaultValue: "Active")
        .Enum("role", "Role", "Vai trò", Options.UserRole, required: true, defaultValue: "user")
        .RelateId("reports_to_id", "Users", "Reports To", "Báo cáo cho")
        // SugarCRM's name for the switch; assignment notification mail is sent only when it is not 0.
        .Typed("receive_notifications", FieldType.Bool, "Notify on Assignment", "Nhận thông báo khi được giao việc", defaultValue: "1")
        .Typed("is_admin", FieldType.Bool, "Is Administrator", "Là quản trị viên", defaultValue: "0")
        .Add(new FieldDefinition("user_hash", FieldType.Password, "Password", "Mật khẩu") { Sensitive = true, System = true })
        .Add(new FieldDefinition("failed_logins", FieldType.Int, "Failed Logins", "Số lần đăng nhập sai") { Sensitive = true, System = true })
        .Add(new FieldDefinition("locked_until", FieldType.DateTime, "Locked Until", "Khoá đến") { Sensitive = true, System = true })
        .Display("user_name", "user_name", "first_name", "last_name", "email1")
        .Link("reportees", "user_direct_reports", "Users", "Direct Reports", "Cấp dưới")
        .Link("reports_to_link", "user_direct_reports", "Users", "Reports To", "Báo cáo cho", onRhsSide: true)
        .Build();
}
