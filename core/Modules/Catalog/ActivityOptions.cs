namespace CrmIntegration.Core.Modules.Catalog;

/// <summary>Dropdowns of Calls, Meetings, Tasks, Documents and EmailTemplates.</summary>
internal static class ActivityOptions
{
    /// <summary>The modules an activity can hang from (SugarCRM's <c>parent_type_display</c>).</summary>
    public static readonly OptionList ParentType = OptionList.Of("parent_type_display",
        ("", "", ""), ("Accounts", "Account", "Khách hàng"), ("Contacts", "Contact", "Liên hệ"), ("Leads", "Lead", "Khách hàng tiềm năng"),
        ("Opportunities", "Opportunity", "Cơ hội"), ("Cases", "Case", "Yêu cầu hỗ trợ"), ("Bugs", "Bug", "Lỗi"),
        ("Contracts", "Contract", "Hợp đồng"), ("SubContracts", "Sub-contract", "Hợp đồng phụ"), ("Assets", "Asset", "Thiết bị"),
        ("Prospects", "Target", "Khách hàng thô"));

    public static readonly OptionList CallDirection = OptionList.Of("call_direction_dom",
        ("Inbound", "Inbound", "Gọi đến"), ("Outbound", "Outbound", "Gọi đi"));

    public static readonly OptionList CallStatus = OptionList.Of("call_status_dom",
        ("Planned", "Planned", "Đã lên lịch"), ("Held", "Held", "Đã thực hiện"), ("Not Held", "Not Held", "Không thực hiện"));

    public static readonly OptionList MeetingStatus = OptionList.Of("meeting_status_dom",
        ("Planned", "Planned", "Đã lên lịch"), ("Held", "Held", "Đã diễn ra"), ("Not Held", "Not Held", "Không diễn ra"));

    public static readonly OptionList TaskStatus = OptionList.Of("task_status_dom",
        ("Not Started", "Not Started", "Chưa bắt đầu"), ("In Progress", "In Progress", "Đang làm"), ("Completed", "Completed", "Hoàn thành"),
        ("Pending Input", "Pending Input", "Chờ thông tin"), ("Deferred", "Deferred", "Hoãn lại"));

    public static readonly OptionList TaskPriority = OptionList.Of("task_priority_dom",
        ("High", "High", "Cao"), ("Medium", "Medium", "Trung bình"), ("Low", "Low", "Thấp"));

    public static readonly OptionList DocumentCategory = OptionList.Of("document_category_dom",
        ("", "", ""), ("Marketing", "Marketing", "Tiếp thị"), ("Knowledege Base", "Knowledge Base", "Cơ sở tri thức"), ("Sales", "Sales", "Bán hàng"));

    public static readonly OptionList DocumentStatus = OptionList.Of("document_status_dom",
        ("Active", "Active", "Hiệu lực"), ("Draft", "Draft", "Bản nháp"), ("FAQ", "FAQ", "Hỏi đáp"), ("Expired", "Expired", "Hết hạn"),
        ("Under Review", "Under Review", "Đang duyệt"), ("Pending", "Pending", "Đang chờ"));

    public static readonly OptionList EmailTemplateType = OptionList.Of("emailTemplates_type_list",
        ("", "", ""), ("campaign", "Campaign", "Chiến dịch"), ("email", "Email", "Email"), ("workflow", "Workflow", "Quy trình"),
        ("notification", "Notification", "Thông báo"));
}
