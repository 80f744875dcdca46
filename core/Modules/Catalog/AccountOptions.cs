namespace CrmIntegration.Core.Modules.Catalog;

/// <summary>Dropdowns of Accounts and Campaigns, with SugarCRM's list names and keys.</summary>
internal static class AccountOptions
{
    public static readonly OptionList AccountType = OptionList.Of("account_type_dom",
        ("", "", ""), ("Analyst", "Analyst", "Nhà phân tích"), ("Competitor", "Competitor", "Đối thủ"),
        ("Customer", "Customer", "Khách hàng"), ("Integrator", "Integrator", "Nhà tích hợp"), ("Investor", "Investor", "Nhà đầu tư"),
        ("Partner", "Partner", "Đối tác"), ("Press", "Press", "Báo chí"), ("Prospect", "Prospect", "Khách hàng tiềm năng"),
        ("Reseller", "Reseller", "Đại lý"), ("Other", "Other", "Khác"));

    public static readonly OptionList Industry = OptionList.Of("industry_dom",
        ("", "", ""), ("Apparel", "Apparel", "May mặc"), ("Banking", "Banking", "Ngân hàng"),
        ("Biotechnology", "Biotechnology", "Công nghệ sinh học"), ("Chemicals", "Chemicals", "Hoá chất"),
        ("Communications", "Communications", "Viễn thông"), ("Construction", "Construction", "Xây dựng"),
        ("Consulting", "Consulting", "Tư vấn"), ("Education", "Education", "Giáo dục"), ("Electronics", "Electronics", "Điện tử"),
        ("Energy", "Energy", "Năng lượng"), ("Engineering", "Engineering", "Kỹ thuật"),
        ("Entertainment", "Entertainment", "Giải trí"), ("Environmental", "Environmental", "Môi trường"),
        ("Finance", "Finance", "Tài chính"), ("Government", "Government", "Chính phủ"), ("Healthcare", "Healthcare", "Y tế"),
        ("Hospitality", "Hospitality", "Khách sạn - Nhà hàng"), ("Insurance", "Insurance", "Bảo hiểm"),
        ("Machinery", "Machinery", "Máy móc"), ("Manufacturing", "Manufacturing", "Sản xuất"), ("Media", "Media", "Truyền thông"),
        ("Not For Profit", "Not For Profit", "Phi lợi nhuận"), ("Recreation", "Recreation", "Giải trí - Thể thao"),
        ("Retail", "Retail", "Bán lẻ"), ("Shipping", "Shipping", "Vận tải biển"), ("Technology", "Technology", "Công nghệ"),
        ("Telecommunications", "Telecommunications", "Viễn thông"), ("Transportation", "Transportation", "Giao thông vận tải"),
        ("Utilities", "Utilities", "Tiện ích công cộng"), ("Other", "Other", "Khác"));

    public static readonly OptionList CampaignType = OptionList.Of("campaign_type_dom",
        ("", "", ""), ("Telesales", "Telesales", "Bán hàng qua điện thoại"), ("Mail", "Mail", "Thư"), ("Email", "Email", "Email"),
        ("Print", "Print", "Ấn phẩm"), ("Web", "Web", "Web"), ("Radio", "Radio", "Phát thanh"), ("Television", "Television", "Truyền hình"),
        ("NewsLetter", "Newsletter", "Bản tin"), ("Survey", "Survey", "Khảo sát"));

    public static readonly OptionList CampaignStatus = OptionList.Of("campaign_status_dom",
        ("", "", ""), ("Planning", "Planning", "Lập kế hoạch"), ("Active", "Active", "Đang chạy"), ("Inactive", "Inactive", "Tạm dừng"),
        ("Complete", "Complete", "Hoàn tất"), ("In Queue", "In Queue", "Đang chờ"), ("Sending", "Sending", "Đang gửi"));
}
