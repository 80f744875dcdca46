using System.Globalization;
using CrmIntegration.Server.Soap.V41.Contracts;

namespace CrmIntegration.Benchmarks.Infrastructure;

/// <summary>
/// Partner leads as a Vietnamese lead supplier would send them: full names, company, mobile and work
/// phones written the ways people write them, email, source, city and a unique <c>partner_ref</c>.
/// Every lead is new (its own reference, email and mobile); a few reuse the email or mobile of a
/// seeded lead (<see cref="LeadSeed"/>), so the duplicate check finds them and, under the default
/// action (warn), the lead is created with a warning.
/// </summary>
public sealed class LeadGenerator(int client, string runTag)
{
    /// <summary>About one lead in <c>DuplicateEvery</c> repeats a seeded lead's email or mobile.</summary>
    public const int DuplicateEvery = 20;

    private static readonly string[] FamilyNames = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Đinh", "Trương", "Mai", "Lâm"];
    private static readonly string[] MiddleNames = ["Văn", "Thị", "Hữu", "Đức", "Minh", "Thanh", "Ngọc", "Quốc", "Thu", "Hoài", "Gia", "Bảo", "Kim", "Xuân"];
    private static readonly string[] GivenNames = ["An", "Anh", "Bình", "Chi", "Cường", "Dũng", "Duy", "Giang", "Hà", "Hải", "Hạnh", "Hiếu", "Hoa", "Hùng", "Huy", "Hương", "Khang", "Khoa", "Lan", "Linh", "Long", "Mai", "Minh", "My", "Nam", "Nga", "Nhung", "Phong", "Phúc", "Phương", "Quân", "Quang", "Sơn", "Tâm", "Thảo", "Trang", "Trung", "Tuấn", "Vy", "Yến"];
    private static readonly string[] CompanyForms = ["Công ty TNHH", "Công ty Cổ phần", "Doanh nghiệp tư nhân", "Công ty TNHH MTV"];
    private static readonly string[] CompanyWords = ["Sao Mai", "Hoa Sen", "Bình Minh", "Phú Thịnh", "Đại Việt", "Trường Sơn", "Hồng Hà", "Thành Công", "An Phát", "Kim Long", "Việt Tiến", "Tân Hưng"];
    private static readonly string[] Sectors = ["Thương mại", "Xây dựng", "Vận tải", "Thực phẩm", "Công nghệ", "Dược phẩm", "Nội thất", "Du lịch"];
    private static readonly string[] Domains = ["gmail.com", "yahoo.com.vn", "outlook.com", "fpt.vn", "vnpt.vn"];
    private static readonly string[] Sources = ["Web Site", "Partner", "Trade Show", "Email", "Campaign"];
    private static readonly string[] Cities = ["Hà Nội", "Hồ Chí Minh", "Đà Nẵng", "Hải Phòng", "Cần Thơ", "Huế", "Nha Trang", "Biên Hòa"];
    private static readonly string[] MobilePrefixes = ["097", "098", "086", "091", "094", "088", "083", "070", "076", "077"];

    private readonly Random _random = new(client * 7919 + 17);
    private long _sequence;

    /// <summary>Leads generated that reuse a seeded lead's email or mobile (expected to draw a duplicate warning).</summary>
    public long Duplicates { get; private set; }

    /// <summary>The next lead; <paramref name="seededLeads"/> is how many leads <see cref="LeadSeed"/> made.</summary>
    public NameValue[] Next(int seededLeads)
    {
        var n = _sequence++;
        var family = Pick(FamilyNames);
        var middle = Pick(MiddleNames);
        var given = Pick(GivenNames);

        // Unique across clients and runs of one process: client and sequence in the number and address.
        var unique = n * 64 + client;
        var mobileDigits = Pick(MobilePrefixes) + (unique % 10_000_000).ToString("D7", CultureInfo.InvariantCulture);
        var email = $"{Ascii(given)}.{Ascii(family)}.{runTag}{unique}@{Pick(Domains)}";
        var duplicate = _random.Next(DuplicateEvery) == 0;
        if (duplicate)
        {
            // Half repeat a seeded lead's address in other letter case; half its name and mobile
            // (in local form), which the name+phone rule catches.
            var seeded = _random.Next(seededLeads);
            if (_random.Next(2) == 0)
            {
                email = $"Lead{seeded}@Example.VN";
            }
            else
            {
                mobileDigits = "090" + seeded.ToString("D7", CultureInfo.InvariantCulture);
                family = LeadSeed.LastName(seeded);
                (middle, given) = ("", LeadSeed.FirstName(seeded));
            }

            Duplicates++;
        }

        var company = $"{Pick(CompanyForms)} {Pick(Sectors)} {Pick(CompanyWords)} {_random.Next(1, 5000)}";
        return
        [
            new("last_name", family),
            new("first_name", $"{middle} {given}".Trim()),
            new("title", _random.Next(3) == 0 ? "Giám đốc" : "Trưởng phòng kinh doanh"),
            new("account_name", company),
            new("email1", email),
            new("phone_mobile", FormatMobile(mobileDigits)),
            new("phone_work", $"028 {_random.Next(3000, 3999)} {_random.Next(0, 10000):D4}"),
            new("lead_source", Pick(Sources)),
            new("primary_address_city", Pick(Cities)),
            new("primary_address_country", "Việt Nam"),
            new("description", $"Khách quan tâm gói dịch vụ {Pick(Sectors).ToLowerInvariant()}, liên hệ giờ hành chính."),
            new("partner_ref", $"BENCH-{runTag}-{client:D2}-{n:D7}"),
        ];
    }

    private string Pick(string[] values) => values[_random.Next(values.Length)];

    /// <summary>0912 345 678, +84 912 345 678 or 0912345678, as partners' forms deliver them.</summary>
    private string FormatMobile(string digits) => _random.Next(3) switch
    {
        0 => $"{digits[..4]} {digits[4..7]} {digits[7..]}",
        1 => $"+84 {digits[1..4]} {digits[4..7]} {digits[7..]}",
        _ => digits,
    };

    private static string Ascii(string name)
    {
        var folded = name.Normalize(System.Text.NormalizationForm.FormD)
            .Where(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            .Select(c => c == 'đ' ? 'd' : c == 'Đ' ? 'D' : c);
        return new string(folded.ToArray()).ToLowerInvariant();
    }
}
