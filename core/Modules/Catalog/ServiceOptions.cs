namespace CrmIntegration.Core.Modules.Catalog;

/// <summary>Dropdowns of Cases, Bugs, Contracts, SubContracts and Assets.</summary>
internal static class ServiceOptions
{
    public static readonly OptionList CaseType = OptionList.Of("case_type_dom",
        ("", "", ""), ("Administration", "Administration", "Hành chính"), ("Product", "Product", "Sản phẩm"), ("User", "User", "Người dùng"));

    public static readonly OptionList CaseStatus = OptionList.Of("case_status_dom",
        ("Open_New", "New", "Mới"), ("Open_Assigned", "Assigned", "Đã phân công"), ("Open_Pending Input", "Pending Input", "Chờ thông tin"),
        ("Closed_Closed", "Closed", "Đã đóng"), ("Closed_Rejected", "Rejected", "Từ chối"), ("Closed_Duplicate", "Duplicate", "Trùng lặp"));

    public static readonly OptionList CaseState = OptionList.Of("case_state_dom",
        ("Open", "Open", "Đang mở"), ("Closed", "Closed", "Đã đóng"));

    public static readonly OptionList CasePriority = OptionList.Of("case_priority_dom",
        ("P1", "High", "Cao"), ("P2", "Medium", "Trung bình"), ("P3", "Low", "Thấp"));

    public static readonly OptionList BugStatus = OptionList.Of("bug_status_dom",
        ("New", "New", "Mới"), ("Assigned", "Assigned", "Đã phân công"), ("Closed", "Closed", "Đã đóng"),
        ("Pending", "Pending", "Đang chờ"), ("Rejected", "Rejected", "Từ chối"));

    public static readonly OptionList BugPriority = OptionList.Of("bug_priority_dom",
        ("Urgent", "Urgent", "Khẩn cấp"), ("High", "High", "Cao"), ("Medium", "Medium", "Trung bình"), ("Low", "Low", "Thấp"));

    public static readonly OptionList BugType = OptionList.Of("bug_type_dom",
        ("Defect", "Defect", "Lỗi"), ("Feature", "Feature", "Tính năng"));

    public static readonly OptionList BugResolution = OptionList.Of("bug_resolution_dom",
        ("", "", ""), ("Accepted", "Accepted", "Chấp nhận"), ("Duplicate", "Duplicate", "Trùng lặp"), ("Fixed", "Fixed", "Đã sửa"),
        ("Out of Date", "Out of Date", "Lỗi thời"), ("Invalid", "Invalid", "Không hợp lệ"), ("Later", "Later", "Để sau"));

    public static readonly OptionList BugSource = OptionList.Of("source_dom",
        ("", "", ""), ("Internal", "Internal", "Nội bộ"), ("Forum", "Forum", "Diễn đàn"), ("Web", "Web", "Web"), ("InboundEmail", "Email", "Email"));

    public static readonly OptionList ContractStatus = OptionList.Of("contract_status_list",
        ("Not Started", "Not Started", "Chưa bắt đầu"), ("In Progress", "In Progress", "Đang thực hiện"), ("Signed", "Signed", "Đã ký"),
        ("Expired", "Expired", "Hết hạn"), ("Terminated", "Terminated", "Đã chấm dứt"));

    public static readonly OptionList ContractType = OptionList.Of("contract_type_list",
        ("", "", ""), ("Support", "Support", "Hỗ trợ"), ("Services", "Services", "Dịch vụ"), ("Maintenance", "Maintenance", "Bảo trì"),
        ("Warranty", "Warranty", "Bảo hành"));

    public static readonly OptionList ServiceLevel = OptionList.Of("service_level_dom",
        ("Standard", "Standard (business hours)", "Tiêu chuẩn (giờ hành chính)"), ("Premium", "Premium (extended hours)", "Cao cấp (mở rộng giờ)"),
        ("24x7", "24x7", "24/7"));

    public static readonly OptionList AssetStatus = OptionList.Of("asset_status_dom",
        ("In Service", "In Service", "Đang hoạt động"), ("Out-of-service", "Out of service", "Ngừng hoạt động"),
        ("In Repair", "In Repair", "Đang sửa chữa"), ("Retired", "Retired", "Đã thanh lý"));
}
