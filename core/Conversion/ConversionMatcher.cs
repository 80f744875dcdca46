using CrmIntegration.Core.Errors;
using CrmIntegration.Core.Matching;
using CrmIntegration.Core.Records;
using CrmIntegration.Core.Security;
using CrmIntegration.Core.Storage;

namespace CrmIntegration.Core.Conversion;

/// <summary>
/// Finds the existing account and contact a lead already is, with the matching engine restricted
/// to its exact rules: a contact with the same email, or the same name and phone; an account with
/// the same company name (after the engine's normalisation of legal forms and diacritics). Fuzzy
/// scores are left out on purpose: linking a lead to the wrong customer is worse than a duplicate
/// the dedupe tools can merge later. More than one match is for the caller to resolve.
/// </summary>
internal sealed class ConversionMatcher(ICrmStore store, AccessPolicy access)
{
    private static readonly MatchingOptions Exact = new()
    {
        Rules = new(StringComparer.OrdinalIgnoreCase)
        {
            ["Contacts"] = [new RuleOptions { Fields = "email" }, new RuleOptions { Fields = "name+phone" }],
            ["Accounts"] = [new RuleOptions { Fields = "company" }],
        },
    };

    /// <summary>The one live contact the person matches, or null.</summary>
    /// <exception cref="CrmException">50 when several match.</exception>
    public CrmRecord? Contact(CrmUser user, IEnumerable<KeyValuePair<string, string?>> person) =>
        Single(user, "Contacts", "contact_id", new CrmRecord("Contacts", person));

    /// <summary>The one live account with this company name, or null.</summary>
    /// <exception cref="CrmException">50 when several match.</exception>
    public CrmRecord? Account(CrmUser user, string? name) =>
        string.IsNullOrWhiteSpace(name)
            ? null
            : Single(user, "Accounts", "account_id", new CrmRecord("Accounts", [new("name", name)]));

    // A scan per conversion: conversions are a person's action, not a bulk load, and the engine's
    // keys are normalised forms the store does not index.
    private CrmRecord? Single(CrmUser user, string module, string option, CrmRecord candidate)
    {
        var matcher = new CandidateMatcher(Exact, [module]);
        var existing = store.Scan(module).Where(r => !r.IsDeleted && access.CanRead(user, r)).ToList();
        matcher.AddRange(existing);
        var ids = matcher.Match(candidate).Select(m => m.Id).Distinct(StringComparer.Ordinal).ToList();
        return ids.Count switch
        {
            0 => null,
            1 => existing.First(r => r.Id == ids[0]),
            _ => throw CrmException.AmbiguousMatch(module, option, ids.Order(StringComparer.Ordinal)),
        };
    }
}
