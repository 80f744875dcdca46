namespace CrmIntegration.Core.Modules.Catalog;

/// <summary>Dropdown lists, with SugarCRM's list names and keys so integrations send the same values.</summary>
internal static class Options
{
    public static readonly OptionList Salutation = OptionList.Of("salutation_dom",
        ("", "", ""), ("Mr.", "Mr.", "Ông"), ("Ms.", "Ms.", "Bà"), ("Mrs.", "Mrs.", "Bà"),
        ("Miss", "Miss", "Cô"), ("Dr.", "Dr.", "Tiến sĩ"), ("Prof.", "Prof.", "Giáo sư"));

    public static readonly OptionList LeadSource = OptionList.Of("lead_source_dom",
        ("", "", ""), ("Cold Call", "Cold Call", "Gọi điện chủ động"), ("Existing Customer", "Existing Customer", "Khách hàng hiện có"),
        ("Self Generated", "Self Generated", "Tự tìm"), ("Employee", "Employee", "Nhân viên"), ("Partner", "Partner", "Đối tác"),
        ("Public Relations", "Public Relations", "Quan hệ công chúng"), ("Direct Mail", "Direct Mail", "Thư trực tiếp"),
        ("Conference", "Conference", "Hội nghị"), ("Trade Show", "Trade Show", "Hội chợ"), ("Web Site", "Web Site", "Trang web"),
        ("Word of mouth", "Word of mouth", "Truyền miệng"), ("Email", "Email", "Email"), ("Campaign", "Campaign", "Chiến dịch"),
        ("Other", "Other", "Khác"));

    public static readonly OptionList LeadStatus = OptionList.Of("lead_status_dom",
        ("", "", ""), ("New", "New", "Mới"), ("Assigned", "Assigned", "Đã phân công"), ("In Process", "In Process", "Đang xử lý"),
        ("Converted", "Converted", "Đã chuyển đổi"), ("Recycled", "Recycled", "Tái sử dụng"), ("Dead", "Dead", "Đã huỷ"));

    public static readonly OptionList UserRole = OptionList.Of("user_role_dom",
        ("admin", "Administrator", "Quản trị viên"), ("manager", "Manager", "Quản lý"),
        ("user", "User", "Người dùng"), ("partner", "Partner", "Đối tác"));

    public static readonly OptionList UserStatus = OptionList.Of("user_status_dom",
        ("Active", "Active", "Hoạt động"), ("Inactive", "Inactive", "Ngừng hoạt động"));
}
