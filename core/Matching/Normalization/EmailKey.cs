namespace CrmIntegration.Core.Matching.Normalization;

/// <summary>
/// The match key of an email address: trimmed and lower-cased; for Gmail (gmail.com,
/// googlemail.com) dots and a <c>+tag</c> in the local part are dropped, since Gmail ignores them.
/// The original address is kept for display; only the key is compared.
/// </summary>
/// <remarks>
/// Accepted wrappers: <c>mailto:</c>, surrounding <c>&lt;…&gt;</c> and a display name
/// (<c>Nguyễn An &lt;an@x.vn&gt;</c>). googlemail.com becomes gmail.com (one mailbox). Other domains
/// keep dots (significant at Outlook and most providers) and <c>+tag</c>: sub-addressing is a per-server
/// convention, and on many servers <c>a+b@</c> is a mailbox of its own, so merging on it would be a guess.
/// </remarks>
public static class EmailKey
{
    /// <returns>The key, or null when the value is empty or not an address.</returns>
    public static string? Normalize(string? email)
    {
        if (string.IsNullOrWhiteSpace(email))
            return null;
        var span = email.AsSpan().Trim();

        // "Display Name <addr>" and "<addr>": the address is what is inside the last brackets.
        var open = span.LastIndexOf('<');
        if (open >= 0)
        {
            var close = span[open..].IndexOf('>');
            if (close < 0)
                return null;
            span = span.Slice(open + 1, close - 1).Trim();
        }
        if (span.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase))
            span = span["mailto:".Length..].Trim();

        var at = span.IndexOf('@');
        if (at <= 0 || at != span.LastIndexOf('@'))
            return null;
        var local = span[..at];
        var domain = span[(at + 1)..];
        if (!IsValidLocal(local) || !IsValidDomain(domain))
            return null;

        var lowerDomain = domain.ToString().ToLowerInvariant();
        if (lowerDomain is "gmail.com" or "googlemail.com")
            return GmailKey(local);
        return string.Concat(local.ToString().ToLowerInvariant(), "@", lowerDomain);
    }

    private static string? GmailKey(ReadOnlySpan<char> local)
    {
        var plus = local.IndexOf('+');
        if (plus >= 0)
            local = local[..plus];
        Span<char> buffer = stackalloc char[local.Length];
        var length = 0;
        foreach (var c in local)
        {
            if (c != '.')
                buffer[length++] = char.ToLowerInvariant(c);
        }
        return length == 0 ? null : string.Concat(buffer[..length], "@gmail.com");
    }

    // Shape checks only (no RFC 5322 quoting): what real CRM data needs to tell an address from
    // notes such as "n/a", "none@" or "chưa có".
    private static bool IsValidLocal(ReadOnlySpan<char> local)
    {
        foreach (var c in local)
        {
            if (char.IsWhiteSpace(c) || char.IsControl(c) || c is '<' or '>' or ',' or ';' or '"' or '(' or ')')
                return false;
        }
        return local[0] != '.' && local[^1] != '.' && !local.Contains("..", StringComparison.Ordinal);
    }

    private static bool IsValidDomain(ReadOnlySpan<char> domain)
    {
        if (domain.Length < 3 || domain[0] is '.' or '-' || domain[^1] is '.' or '-')
            return false;
        if (!domain.Contains('.') || domain.Contains("..", StringComparison.Ordinal))
            return false;
        foreach (var c in domain)
        {
            // Internationalised domains arrive as Unicode letters; they are allowed as letters.
            if (!(char.IsLetterOrDigit(c) || c is '.' or '-'))
                return false;
        }
        return true;
    }
}
