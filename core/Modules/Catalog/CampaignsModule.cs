namespace CrmIntegration.Core.Modules.Catalog;

internal static class CampaignsModule
{
    public static ModuleDefinition Build() => new ModuleBuilder("Campaigns", "campaigns", "Campaigns", "Chiến dịch")
        .Basic()
        .Assignable()
        .Enum("campaign_type", "Type", "Loại", AccountOptions.CampaignType, required: true)
        .Enum("status", "Status", "Trạng thái", AccountOptions.CampaignStatus, indexed: true)
        .Typed("start_date", FieldType.Date, "Start Date", "Ngày bắt đầu")
        .Typed("end_date", FieldType.Date, "End Date", "Ngày kết thúc", indexed: true)
        .Money("budget", "Budget", "Ngân sách")
        .Typed("expected_cost", FieldType.Currency, "Expected Cost", "Chi phí dự kiến")
        .Typed("actual_cost", FieldType.Currency, "Actual Cost", "Chi phí thực tế")
        .Typed("expected_revenue", FieldType.Currency, "Expected Revenue", "Doanh thu dự kiến")
        .Typed("impressions", FieldType.Int, "Impressions", "Lượt hiển thị")
        .Text("objective", "Objective", "Mục tiêu")
        .Text("content", "Content", "Nội dung")
        .Link("leads", "campaign_leads", "Leads", "Leads", "Khách hàng tiềm năng")
        .Link("contacts", "campaign_contacts", "Contacts", "Contacts", "Liên hệ")
        .Link("opportunities", "campaign_opportunities", "Opportunities", "Opportunities", "Cơ hội")
        .Build();
}
