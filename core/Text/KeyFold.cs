using System.Text;

namespace CrmIntegration.Core.Text;

/// <summary>
/// Folds a value into the key used for case-insensitive lookups: Unicode NFC (so a decomposed
/// "ễ" typed on one keyboard finds the precomposed one typed on another), then lower-case.
/// Diacritics are kept: <c>Nguyen</c> and <c>Nguyễn</c> are different keys.
/// </summary>
public static class KeyFold
{
    public static string Fold(string value) => value.Normalize(NormalizationForm.FormC).ToLowerInvariant();
}
