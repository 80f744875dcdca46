namespace CrmIntegration.Core.Errors;

/// <summary>Messages of lead and target conversion (core/Conversion) and activity history (core/Activities).</summary>
public sealed partial class CrmException
{
    /// <summary>An id the caller named that does not exist (or was deleted); unlike <see cref="UnknownRecord"/> nothing can be created under it.</summary>
    public static CrmException NoSuchRecord(string module, string? id) =>
        InvalidData($"{module} record '{id}' does not exist");

    /// <summary>The id an option names (<c>account_id</c>, <c>contact_id</c>) is not a live record the caller may read.</summary>
    public static CrmException NoSuchLinkedRecord(string option, string module, string id) =>
        InvalidData($"{option}: {module} record '{id}' does not exist");

    public static CrmException AlreadyConverted(string module, string id, string name, string convertedTo) =>
        InvalidData($"{module} record {id} ({name}) has already been converted ({convertedTo})");

    public static CrmException UnknownConversionOption(string option, IEnumerable<string> known) =>
        InvalidData($"'{option}' is not a conversion option; use {string.Join(", ", known)}");

    public static CrmException ConversionOptionInvalid(string option, string reason) =>
        InvalidData($"{option} {reason}");

    /// <summary>The contact the caller chose or the engine found already belongs to another account.</summary>
    public static CrmException ContactOfOtherAccount(string contactId, string contactAccountId, string accountId) =>
        InvalidData($"contact_id: Contacts record {contactId} belongs to account {contactAccountId}, not to account_id {accountId}");

    /// <summary>Several existing records match strongly: linking one at random would be a guess, so the caller chooses.</summary>
    public static CrmException AmbiguousMatch(string module, string option, IEnumerable<string> ids) =>
        new(CrmErrorCode.DuplicateRecords,
            $"several existing {module} records match ({string.Join(", ", ids)}); pass {option} to choose one");

    public static CrmException PartnersCannotConvert(string module) =>
        AccessDenied($"partners cannot convert {module}; the lead's assigned user converts it");

    public static CrmException NoActivities(string module) =>
        new(CrmErrorCode.InvalidCall, $"{module} records have no activities (Notes, Calls, Meetings, Tasks)");
}
