using CrmIntegration.Core.Conversion;
using CrmIntegration.Core.Matching;
using CrmIntegration.Core.Records;

namespace CrmIntegration.Core.Duplicates;

/// <summary>
/// The one list of modules duplicates are matched in, and which records take part. Every caller
/// reads it: <c>crm dedupe find</c> (<see cref="DuplicateSearch"/>), SOAP <c>find_duplicates</c> and
/// lead intake (<see cref="DuplicateCheck"/> over its index), and <see cref="CandidateMatcher"/>.
/// </summary>
/// <remarks>
/// <para>
/// The modules are those whose records are a person or a company the matching engine can profile
/// (emails, phones, names, a company name): Leads, Contacts and Prospects (people), Accounts
/// (companies). Other modules (Opportunities, Cases, activities) describe dealings with a customer,
/// not the customer, so "the same record twice" has no meaning the engine could test.
/// </para>
/// <para>
/// Prospects (targets) are raw bought or collected data. A target is compared with everything —
/// one already on file as a lead or a customer need not be worked again — but nothing is compared
/// with targets: the same person appears on many bought lists, and a partner's lead or a new contact
/// is not a duplicate of a line on one of them (under a block rule such matches would refuse leads).
/// </para>
/// <para>
/// Converted leads are history, not duplicates: SugarCRM's own duplicate check skips them. A lead
/// that became a contact and an account would otherwise be reported as a duplicate of what it became,
/// and could be chosen to survive a merge. They take no part in matching at all (neither as records
/// searched nor as existing records matched against) and are never merged (<see cref="IsHistory"/>).
/// </para>
/// </remarks>
public static class DuplicateModules
{
    private const string Prospects = "Prospects";

    /// <summary>Leads, Contacts, Prospects, Accounts.</summary>
    public static readonly IReadOnlyList<string> All = ["Leads", "Contacts", Prospects, "Accounts"];

    /// <summary>True when duplicates are matched in <paramref name="module"/> (compared without regard to case).</summary>
    public static bool Contains(string module) => All.Contains(module, StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// True for targets (Prospects): a new record of any module is checked against the existing
    /// records of every module of the list but targets; a new target against targets too.
    /// </summary>
    public static bool IsTargets(string module) => string.Equals(module, Prospects, StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// A record that is history rather than a possible duplicate: a converted lead
    /// (<see cref="ConvertedLeads.IsConverted"/>).
    /// </summary>
    public static bool IsHistory(CrmRecord record) => ConvertedLeads.IsConverted(record);
}
