using System.Globalization;
using PhoneNumbers;

namespace CrmIntegration.Core.Matching.Normalization;

/// <summary>
/// The match key of a phone number: E.164 (<c>+84901234567</c>), parsed with the default region
/// VN after the 2018 11→10-digit mobile prefix remap, so every way of writing one number gives one key.
/// </summary>
/// <remarks>
/// Separators (spaces, dots, hyphens, brackets) are ignored; a label before the number (<c>Tel:</c>)
/// is skipped; letters after it (<c>ext 12</c>) and a second number after <c>/ , ;</c> end it.
/// Vietnamese numbers are recognised as <c>+84…</c>, <c>0084…</c>, <c>84…</c> followed by 9–10 national
/// digits, <c>0…</c> national, and national digits whose leading zero a spreadsheet dropped.
/// A number is accepted when libphonenumber finds it <em>possible</em> (the right length for its kind:
/// mobile, landline), not <em>valid</em> (in an allocated range): a key only has to make equal numbers
/// equal, validity would reject fictitious test numbers and ranges opened after the library's metadata,
/// and the length check is about ten times cheaper than validity's regular expressions. Pre-2017 landline area codes are not remapped:
/// old Hồ Chí Minh City numbers (08 + 8 digits) are indistinguishable from today's 08x mobiles.
/// </remarks>
public static class PhoneKey
{
    public const string DefaultRegion = "VN";

    private const int VietnamCode = 84;
    private const int MaxDigits = 17; // E.164 allows 15; leave room for a 00 prefix and a trunk 0.

    private static readonly PhoneNumberUtil Util = PhoneNumberUtil.GetInstance();

    /// <returns>The E.164 key, or null when the value is empty or not a phone number.</returns>
    public static string? Normalize(string? phone, string region = DefaultRegion)
    {
        if (string.IsNullOrWhiteSpace(phone))
            return null;
        Span<char> digits = stackalloc char[MaxDigits];
        if (!TryExtractDigits(phone, digits, out var length, out var international))
            return null;
        ReadOnlySpan<char> d = digits[..length];

        var isVietnam = string.Equals(region, DefaultRegion, StringComparison.OrdinalIgnoreCase);
        if (!international && isVietnam && d.StartsWith("00"))
        {
            // 00 is Vietnam's international call prefix.
            d = d[2..];
            international = true;
        }

        if (international)
        {
            if (d.StartsWith("84"))
                return VietnamKey(d[2..]);
            return ForeignKey(d);
        }
        if (!isVietnam)
            return RegionKey(d, region);

        // Without a plus, 84 is the country code only when a full national number follows.
        if (d.StartsWith("84") && d.Length is 11 or 12)
            return VietnamKey(d[2..]);
        return VietnamKey(d);
    }

    // national: the digits after the country code, possibly still with the trunk 0.
    private static string? VietnamKey(scoped ReadOnlySpan<char> national)
    {
        if (national.Length > 0 && national[0] == '0')
            national = national[1..];
        Span<char> remapped = stackalloc char[9];
        if (national.Length == 10 && national[0] == '1' && LegacyMobilePrefix(national[..3]) is { } prefix)
        {
            // 2018: the three-digit prefix became two digits, the last seven digits stayed.
            prefix.CopyTo(remapped);
            national[3..].CopyTo(remapped[2..]);
            national = remapped;
        }
        // Vietnamese national significant numbers are 8–10 digits; shorter or longer cannot be possible.
        if (national.Length is < 8 or > 10 || !ulong.TryParse(national, out var value))
            return null;
        var number = new PhoneNumber.Builder().SetCountryCode(VietnamCode).SetNationalNumber(value).Build();
        return IsPossibleVietnamese(number, national[0]) ? string.Concat("+84", national) : null;
    }

    // Length is checked against the number's kind, which the leading digit tells: a mobile with a
    // digit too many is possible as "some Vietnamese number" (landlines are 10 digits) but is a typo.
    private static bool IsPossibleVietnamese(PhoneNumber number, char leading) => leading switch
    {
        '2' => Util.IsPossibleNumberForType(number, PhoneNumberType.FIXED_LINE),
        '3' or '5' or '7' or '8' or '9' => Util.IsPossibleNumberForType(number, PhoneNumberType.MOBILE),
        // Only 1800/1900 service numbers start otherwise; an unknown 01x prefix (a dead legacy range
        // the 2018 remap does not cover, or garbage) is caught by the full range check, rare enough here.
        _ => Util.IsValidNumber(number),
    };

    private static string? LegacyMobilePrefix(ReadOnlySpan<char> old) => old switch
    {
        // Viettel 0162–0169 → 032–039.
        "162" => "32", "163" => "33", "164" => "34", "165" => "35",
        "166" => "36", "167" => "37", "168" => "38", "169" => "39",
        // MobiFone.
        "120" => "70", "121" => "79", "122" => "77", "126" => "76", "128" => "78",
        // VinaPhone.
        "123" => "83", "124" => "84", "125" => "85", "127" => "81", "129" => "82",
        // Vietnamobile, Gmobile.
        "186" => "56", "188" => "58", "199" => "59",
        _ => null,
    };

    // Foreign numbers keep their own country; this path is rare, so libphonenumber's parser
    // (which throws on malformed input) is acceptable after the length pre-check.
    private static string? ForeignKey(ReadOnlySpan<char> digits)
    {
        if (digits.Length is < 7 or > 15 || digits[0] == '0')
            return null;
        return ParseOrNull(string.Concat("+", digits), "ZZ");
    }

    private static string? RegionKey(ReadOnlySpan<char> digits, string region)
    {
        if (digits.Length is < 5 or > 15)
            return null;
        return ParseOrNull(digits.ToString(), region);
    }

    private static string? ParseOrNull(string text, string region)
    {
        try
        {
            var number = Util.Parse(text, region);
            return Util.IsPossibleNumber(number) ? Util.Format(number, PhoneNumberFormat.E164) : null;
        }
        catch (NumberParseException)
        {
            return null;
        }
    }

    private static bool TryExtractDigits(string phone, Span<char> digits, out int length, out bool international)
    {
        length = 0;
        international = false;
        foreach (var c in phone)
        {
            // Full-width digits come from East Asian input methods.
            var digit = char.IsAsciiDigit(c) ? c - '0' : c < 0x80 ? -1 : CharUnicodeInfo.GetDecimalDigitValue(c);
            if (digit >= 0)
            {
                if (length == digits.Length)
                    return false;
                digits[length++] = (char)('0' + digit);
            }
            else if (c == '+' && length == 0)
                international = true;
            else if (length == 0)
                continue; // a label such as "Tel:" or "ĐT:", or an opening bracket
            else if (char.IsLetter(c) || (c is '/' or ',' or ';' && length >= 8))
                break; // an extension, or a second number ("0901234567 / 0912345678")
        }
        return length > 0;
    }
}
