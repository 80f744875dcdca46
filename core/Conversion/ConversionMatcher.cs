using CrmIntegration.Core.Duplicates;
using CrmIntegration.Core.Errors;
using CrmIntegration.Core.Records;
using CrmIntegration.Core.Security;

namespace CrmIntegration.Core.Conversion;

/// <summary>
/// Finds the existing account and contact a lead already is, with the duplicate index restricted
/// to exact rules: a contact with the same email, or the same name and phone; an account with the
/// same company name (after the engine's normalisation of legal forms and diacritics). Fuzzy
/// scores are left out on purpose: linking a lead to the wrong customer is worse than a duplicate
/// the dedupe tools can merge later. More than one match is for the caller to resolve.
/// </summary>
internal sealed class ConversionMatcher(DuplicateCheck duplicates)
{
    private static readonly string[] ContactRules = ["email", "name+phone"];
    private static readonly string[] AccountRules = ["company"];

    /// <summary>The one live contact the person matches, or null.</summary>
    /// <exception cref="CrmException">50 when several match.</exception>
    public CrmRecord? Contact(CrmUser user, IEnumerable<KeyValuePair<string, string?>> person) =>
        Single(user, "Contacts", "contact_id", person.ToList(), ContactRules);

    /// <summary>The one live account with this company name, or null.</summary>
    /// <exception cref="CrmException">50 when several match.</exception>
    public CrmRecord? Account(CrmUser user, string? name) =>
        string.IsNullOrWhiteSpace(name) ? null : Single(user, "Accounts", "account_id", [new("name", name)], AccountRules);

    // The index answers from memory and already leaves out what the user may not read.
    private CrmRecord? Single(CrmUser user, string module, string option, List<KeyValuePair<string, string?>> fields, string[] rules)
    {
        if (!DuplicateCheck.CanMatch(module, fields))
        {
            return null;
        }

        var found = duplicates.Check(user, module, fields)
            .Where(m => m.Module == module && rules.Contains(m.Rule, StringComparer.Ordinal))
            .DistinctBy(m => m.Id)
            .ToList();
        return found.Count switch
        {
            0 => null,
            1 => found[0].Record,
            _ => throw CrmException.AmbiguousMatch(module, option, found.Select(m => m.Id).Order(StringComparer.Ordinal)),
        };
    }
}
