using System.Globalization;
using CrmIntegration.Core.Errors;
using CrmIntegration.Core.Modules;
using CrmIntegration.Core.Query;
using CrmIntegration.Core.Records;
using CrmIntegration.Core.Security;
using CrmIntegration.Core.Storage;

namespace CrmIntegration.Core.Intake;

/// <summary>
/// What a submitter may ask about the leads it sent: one lead's status (by id or by its own
/// partner_ref) and the list of its submissions since a time. A lead the caller may not read is
/// answered exactly like one that does not exist, so a partner cannot probe for other partners' leads.
/// </summary>
public sealed class LeadSubmissions(ICrmStore store, ModuleRegistry registry, AccessPolicy access, UserDirectory users)
{
    /// <summary>Leads per page of <see cref="ListSince"/>.</summary>
    public const int PageSize = 100;

    private const string Module = LeadIntake.Module;
    private const string PartnerRef = "partner_ref";

    /// <summary>
    /// The live lead with this id that the user may read, or the user's own live lead submitted under
    /// <paramref name="partnerRef"/> (references are the submitter's own: two partners may use the same one).
    /// With both, they must name the same lead.
    /// </summary>
    /// <exception cref="CrmException">1001 when neither is given, or no such lead is visible to the user.</exception>
    public SubmittedLead Get(CrmUser user, string? id, string? partnerRef)
    {
        ArgumentNullException.ThrowIfNull(user);
        id = id?.Trim();
        partnerRef = partnerRef?.Trim();
        if (string.IsNullOrEmpty(id) && string.IsNullOrEmpty(partnerRef))
        {
            throw CrmException.LeadNotNamed();
        }

        var lead = string.IsNullOrEmpty(id)
            ? FindOwn(store, user, partnerRef!)
            : store.Get(Module, id) is { IsDeleted: false } found && access.CanRead(user, found) ? found : null;
        if (lead is not null && !string.IsNullOrEmpty(id) && !string.IsNullOrEmpty(partnerRef)
            && !string.Equals(lead[PartnerRef], partnerRef, StringComparison.OrdinalIgnoreCase))
        {
            lead = null;
        }

        return lead is null
            ? throw (string.IsNullOrEmpty(id) ? CrmException.NoSuchSubmission(partnerRef!) : CrmException.NoSuchRecord(Module, id))
            : Describe(lead);
    }

    /// <summary>The user's own live leads entered at or after <paramref name="sinceUtc"/>, oldest first, a page at a time.</summary>
    /// <exception cref="CrmException">1001 when <paramref name="page"/> is below 1.</exception>
    public SubmissionPage ListSince(CrmUser user, DateTime sinceUtc, int page)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (page < 1)
        {
            throw CrmException.PageOutOfRange(page);
        }

        // Stored datetimes are fixed-width UTC text, so text order is time order.
        var since = sinceUtc.ToString(CrmFormats.DateTime, CultureInfo.InvariantCulture);
        // A page far past the end is simply empty (and its skip must not overflow).
        var skip = (int)Math.Min((page - 1L) * PageSize, int.MaxValue);
        var entered = registry.Get(Module).FindField(CommonFields.DateEntered)!;
        var result = store.Query(new RecordQuery(Module)
        {
            // The store serves a creator's live leads since a time from one index range (CreatedIndex).
            Filter = new ComparisonExpression(entered, ComparisonOperator.GreaterOrEqual, QueryConstant.For(entered, since)!),
            Scope = new ReadScope(CommonFields.CreatedBy, user.Id),
            Offset = skip,
            Limit = PageSize,
            CountTotal = true,
        });
        return new SubmissionPage(result.Records.Select(Describe).ToList(), page, PageSize, result.Total!.Value);
    }

    /// <summary>The live lead <paramref name="user"/> submitted under <paramref name="partnerRef"/> (trimmed), if any.</summary>
    internal static CrmRecord? FindOwn(ICrmStore store, CrmUser user, string partnerRef) =>
        store.FindByKey(Module, PartnerRef, partnerRef)
            // The index ignores case; a partner's references are its own and compared exactly.
            .FirstOrDefault(r => !r.IsDeleted && IsSubmitter(user, r)
                && string.Equals(r[PartnerRef]?.Trim(), partnerRef, StringComparison.Ordinal));

    // FindByKey ignores case; ids are compared exactly.
    private static bool IsSubmitter(CrmUser user, CrmRecord lead) => lead[CommonFields.CreatedBy] == user.Id;

    private SubmittedLead Describe(CrmRecord lead) =>
        new(lead, users.Find(lead[CommonFields.AssignedUserId])?.UserName);
}
