using CrmIntegration.Core.Errors;
using CrmIntegration.Core.Matching;
using CrmIntegration.Core.Records;
using CrmIntegration.Core.Security;
using CrmIntegration.Core.Storage;

namespace CrmIntegration.Core.Duplicates;

/// <summary>
/// "Would this record be a duplicate?" for one candidate (SOAP <c>find_duplicates</c>, lead intake):
/// the existing records it matches under the configured rules (<see cref="MatchingOptions"/>), best
/// first, limited to what the caller may read. Which modules, and that converted leads never count,
/// is <see cref="DuplicateModules"/>.
/// </summary>
/// <remarks>
/// Records the caller may not read are left out entirely — not counted, not hinted at. A bare
/// "a duplicate exists" would let a partner test whether any person or company is in the CRM
/// (another partner's lead, a customer) by trying addresses, so a partner only learns about the
/// Leads it submitted itself. The index behind it is built on first use and then follows the
/// store's change log (<see cref="DuplicateCheckIndex"/>).
/// </remarks>
public sealed class DuplicateCheck
{
    private readonly ICrmStore _store;
    private readonly RecordService _records;
    private readonly AccessPolicy _access;
    private readonly DuplicateCheckIndex _index;

    public DuplicateCheck(ICrmStore store, RecordService records, AccessPolicy access, MatchingOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(access);
        _store = store;
        _records = records;
        _access = access;
        _index = new DuplicateCheckIndex(store, options ?? new MatchingOptions());
    }

    /// <summary>Records (versions) currently indexed; 0 before the first check or <see cref="Warm"/>.</summary>
    public int IndexedCount => _index.Count;

    /// <summary>
    /// The existing live records that a <paramref name="module"/> record with these
    /// <paramref name="fields"/> would duplicate, best first, among those the user may read. With an
    /// <c>id</c> among the fields, that record itself is never reported. Unknown fields are ignored.
    /// </summary>
    /// <exception cref="CrmException">
    /// 20 unknown module; 40 a module the user may not use; 30 a module without duplicate
    /// matching (anything but <see cref="DuplicateModules.All"/>); 1001 no email, phone, name or company to match on.
    /// </exception>
    public IReadOnlyList<DuplicateCheckHit> Check(CrmUser user, string? module, IEnumerable<KeyValuePair<string, string?>> fields)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(fields);
        var definition = _records.Module(user, module);
        if (!DuplicateModules.Contains(definition.Name))
        {
            throw CrmException.ModuleNotSupported(definition.Name, "find_duplicates", DuplicateModules.All);
        }

        var candidate = new CrmRecord(definition.Name, fields.Where(f => !string.IsNullOrEmpty(f.Key)));
        if (!HasMatchKeys(candidate))
        {
            throw CrmException.NothingToMatch(definition.Name, MatchFields(definition.Name));
        }

        var result = new List<DuplicateCheckHit>();
        foreach (var (key, score, rule) in _index.Match(candidate))
        {
            // The index may lag a write committed a moment ago (a deletion, a conversion); the record
            // as stored now decides.
            if (_store.Get(key.Module, key.Id) is { IsDeleted: false } record && !DuplicateModules.IsHistory(record)
                && _access.CanRead(user, record))
            {
                result.Add(new DuplicateCheckHit(record, score, rule));
            }
        }

        return result;
    }

    /// <summary>
    /// Makes a record written in the caller's still open transaction visible to the checks that follow
    /// in it: the leads of one group commit are then checked against each other, not only against
    /// what was committed before.
    /// </summary>
    public void AddUncommitted(CrmRecord record) => _index.AddUncommitted(record);

    /// <summary>True when a <paramref name="module"/> record with these fields has anything to match on (email, phone, name, company).</summary>
    public static bool CanMatch(string module, IEnumerable<KeyValuePair<string, string?>> fields) =>
        HasMatchKeys(new CrmRecord(module, fields.Where(f => !string.IsNullOrEmpty(f.Key))));

    /// <summary>Builds the index now (at server start) so that the first check does not pay for it.</summary>
    public void Warm() => _index.Warm();

    private static bool HasMatchKeys(CrmRecord candidate)
    {
        // A factory per call: its string pool would otherwise keep every name ever asked about.
        var profile = new MatchProfileFactory().Create(candidate);
        return profile.Emails.Length > 0 || profile.Phones.Length > 0 || profile.HasName || profile.HasCompany
            || (candidate.Module == "Contacts" && !string.IsNullOrEmpty(candidate["account_id"]));
    }

    private static string[] MatchFields(string module) => module == "Accounts"
        ? ["name", "email1", "phone_office", "phone_alternate"]
        : ["email1", "email2", "phone_work", "phone_mobile", "phone_home", "phone_other", "first_name", "last_name", module is "Leads" or "Prospects" ? "account_name" : "account_id"];
}
