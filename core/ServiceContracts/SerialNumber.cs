using System.Globalization;
using System.Text;

namespace CrmIntegration.Core.ServiceContracts;

/// <summary>
/// How serial numbers are compared: without regard to case, spaces and dashes, so that
/// <c>sn 12-34ab</c> typed by an engineer and <c>SN1234AB</c> sent by the ERP name one asset.
/// Full-width characters count as their ASCII forms (NFKC), as Asian keyboards may type them.
/// </summary>
public static class SerialNumber
{
    /// <summary>The comparable key of <paramref name="serial"/>, or null when nothing but spaces and dashes is left.</summary>
    public static string? Key(string? serial)
    {
        if (string.IsNullOrWhiteSpace(serial))
        {
            return null;
        }

        var key = new StringBuilder(serial.Length);
        foreach (var c in serial.Normalize(NormalizationForm.FormKC))
        {
            if (!char.IsWhiteSpace(c) && CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.DashPunctuation)
            {
                key.Append(char.ToUpperInvariant(c));
            }
        }

        return key.Length == 0 ? null : key.ToString();
    }

    /// <summary>Whether two product models are the same one: trimmed, case ignored.</summary>
    public static bool SameModel(string? one, string? other) =>
        string.Equals(one?.Trim(), other?.Trim(), StringComparison.OrdinalIgnoreCase);
}
