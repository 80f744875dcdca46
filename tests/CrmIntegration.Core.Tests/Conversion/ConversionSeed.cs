using CrmIntegration.Core.Records;
using CrmIntegration.Core.Security;
using CrmIntegration.Core.Tests.Infrastructure;

namespace CrmIntegration.Core.Tests.Conversion;

/// <summary>A sales user's lead with Vietnamese text in every copied field, and one activity of each kind on it.</summary>
internal static class ConversionSeed
{
    public static CrmRecord AddRichLead(this CrmCore core, CrmUser owner, string email = "nhung.nguyen@hoasen.vn") =>
        core.AddLead(owner, "Nguyễn",
            ("salutation", "Ms."), ("first_name", "Thị Hồng Nhung"), ("title", "Giám đốc kinh doanh"),
            ("department", "Phòng Kinh doanh"), ("phone_work", "02838221234"), ("phone_mobile", "0901234567"),
            ("email1", email), ("lead_source", "Partner"), ("description", "Quan tâm gói bảo trì máy lạnh"),
            ("primary_address_street", "12 Lê Lợi, Phường Bến Nghé"), ("primary_address_city", "Hồ Chí Minh"),
            ("primary_address_state", "Quận 1"), ("primary_address_postalcode", "700000"), ("primary_address_country", "Việt Nam"),
            ("alt_address_street", "5 Hàng Bài"), ("alt_address_city", "Hà Nội"),
            ("account_name", "Công ty TNHH Hoa Sen"), ("account_description", "Phân phối thiết bị điện lạnh"),
            ("website", "https://hoasen.vn"), ("opportunity_name", "Bảo trì 2026"), ("opportunity_amount", "150000000"));

    /// <summary>A note, a call, a meeting and a task on the record, written by <paramref name="by"/>.</summary>
    public static IReadOnlyList<CrmRecord> AddActivities(this CrmCore core, CrmUser by, CrmRecord parent) =>
    [
        core.Records.Save(by, "Notes", Builders.Values(("name", "Ghi chú đầu tiên"), ("parent_type", parent.Module), ("parent_id", parent.Id))),
        core.Records.Save(by, "Calls", Builders.Values(("name", "Gọi giới thiệu"), ("date_start", "2026-03-02 09:00:00"),
            ("parent_type", parent.Module), ("parent_id", parent.Id))),
        core.Records.Save(by, "Meetings", Builders.Values(("name", "Họp khảo sát"), ("date_start", "2026-03-05 14:00:00"),
            ("parent_type", parent.Module), ("parent_id", parent.Id))),
        core.Records.Save(by, "Tasks", Builders.Values(("name", "Gửi báo giá"), ("date_due", "2026-03-04 17:00:00"),
            ("parent_type", parent.Module), ("parent_id", parent.Id))),
    ];
}
