using CrmIntegration.Core.Matching.Normalization;
using CrmIntegration.Core.Records;

namespace CrmIntegration.Core.Matching;

/// <summary>
/// Builds <see cref="MatchProfile"/>s from records, through the normaliser API only, so better
/// normalisers change the keys without touching matching. Field names follow the module catalog:
/// people (Leads, Contacts, Prospects) have email1/email2, four phones, first/last name and, for
/// Leads, account_name; Accounts have email1, phone_office/phone_alternate and name.
/// </summary>
public sealed class MatchProfileFactory(StringPool? pool = null, Func<string, string?>? accountName = null)
{
    private static readonly string[] PersonEmails = ["email1", "email2"];
    private static readonly string[] PersonPhones = ["phone_work", "phone_mobile", "phone_home", "phone_other"];
    private static readonly string[] AccountEmails = ["email1"];
    private static readonly string[] AccountPhones = ["phone_office", "phone_alternate"];

    private readonly StringPool _pool = pool ?? new StringPool();

    public StringPool Pool => _pool;

    public MatchProfile Create(CrmRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var isAccount = string.Equals(record.Module, "Accounts", StringComparison.OrdinalIgnoreCase);
        var company = isAccount ? record["name"]
            : record.Has("account_name") ? record["account_name"]
            : CompanyOfContact(record);
        var (folded, exact) = isAccount ? ([], []) : Name(record["first_name"], record["last_name"]);
        var (companyKey, companyTokens) = Company(company);
        return new MatchProfile
        {
            Id = record.Id,
            Module = _pool.Get(record.Module),
            Emails = Keys(record, isAccount ? AccountEmails : PersonEmails, static v => EmailKey.Normalize(v)),
            Phones = Keys(record, isAccount ? AccountPhones : PersonPhones, static v => PhoneKey.Normalize(v)),
            NameFolded = folded,
            NameExact = exact,
            NameKey = folded.Length == 0 ? "" : _pool.Get(string.Join(' ', folded)),
            CompanyKey = companyKey,
            CompanyTokens = companyTokens,
        };
    }

    private string? CompanyOfContact(CrmRecord record)
    {
        var accountId = record["account_id"];
        return accountName is null || string.IsNullOrEmpty(accountId) ? null : accountName(accountId);
    }

    private static string[] Keys(CrmRecord record, string[] fields, Func<string?, string?> normalize)
    {
        string[]? keys = null;
        var count = 0;
        foreach (var field in fields)
        {
            var key = normalize(record[field]);
            if (key is null || (keys is not null && Array.IndexOf(keys, key, 0, count) >= 0))
            {
                continue;
            }

            keys ??= new string[fields.Length];
            keys[count++] = key;
        }

        return keys is null ? [] : count == keys.Length ? keys : keys[..count];
    }

    private (string[] Folded, string[] Exact) Name(string? first, string? last)
    {
        var name = PersonName.Parse(first, last);
        if (name.IsEmpty)
        {
            return ([], []);
        }

        // Re-derive the folded form of each exact token so the two arrays stay aligned; the
        // parser sorts exact and folded tokens separately, and their orders differ.
        var count = Math.Min(name.ExactTokens.Count, MaxNameTokens);
        var pairs = new (string Folded, string Exact)[count];
        for (var i = 0; i < count; i++)
        {
            var exact = name.ExactTokens[i];
            pairs[i] = (_pool.Get(TextFold.Fold(exact)), _pool.Get(exact));
        }

        Array.Sort(pairs, static (x, y) => string.CompareOrdinal(x.Folded, y.Folded));
        var folded = new string[count];
        var exactTokens = new string[count];
        for (var i = 0; i < count; i++)
        {
            (folded[i], exactTokens[i]) = pairs[i];
        }

        return (folded, exactTokens);
    }

    private (string Key, string[] Tokens) Company(string? company)
    {
        if (string.IsNullOrWhiteSpace(company))
        {
            return ("", []);
        }

        var parsed = CompanyName.Parse(company);
        if (parsed.IsEmpty)
        {
            return ("", []);
        }

        var tokens = new string[parsed.Tokens.Count];
        for (var i = 0; i < tokens.Length; i++)
        {
            tokens[i] = _pool.Get(parsed.Tokens[i]);
        }

        Array.Sort(tokens, StringComparer.Ordinal);
        var distinct = 0;
        for (var i = 0; i < tokens.Length; i++)
        {
            if (distinct == 0 || !string.Equals(tokens[distinct - 1], tokens[i], StringComparison.Ordinal))
            {
                tokens[distinct++] = tokens[i];
            }
        }

        return (_pool.Get(parsed.Key), distinct == tokens.Length ? tokens : tokens[..distinct]);
    }

    /// <summary>Names beyond this many tokens are noise (a title or a note typed into the field).</summary>
    private const int MaxNameTokens = 8;
}
