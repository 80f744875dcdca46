namespace CrmIntegration.Core.Matching.Normalization;

/// <summary>
/// The match key of an email address: trimmed and lower-cased; for Gmail (gmail.com,
/// googlemail.com) dots and a <c>+tag</c> in the local part are dropped, since Gmail ignores them.
/// The original address is kept for display; only the key is compared.
/// </summary>
public static class EmailKey
{
    /// <returns>The key, or null when the value is empty or not an address.</returns>
    public static string? Normalize(string? email)
    {
        // Placeholder until the normaliser work lands: trim and lower-case only.
        var trimmed = email?.Trim().ToLowerInvariant();
        return string.IsNullOrEmpty(trimmed) || !trimmed.Contains('@') ? null : trimmed;
    }
}
