namespace CrmIntegration.Core.Matching.Normalization;

/// <summary>
/// The match key of a phone number: E.164 (<c>+84901234567</c>), parsed with the default region
/// VN after the 2018 11→10-digit mobile prefix remap, so every way of writing one number gives one key.
/// </summary>
public static class PhoneKey
{
    public const string DefaultRegion = "VN";

    /// <returns>The E.164 key, or null when the value is empty or not a phone number.</returns>
    public static string? Normalize(string? phone, string region = DefaultRegion)
    {
        // Placeholder until the normaliser work lands: digits only.
        var digits = new string((phone ?? "").Where(char.IsAsciiDigit).ToArray());
        return digits.Length < 6 ? null : digits;
    }
}
