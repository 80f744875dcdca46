using CrmIntegration.Core.Security;

namespace CrmIntegration.Core.Records;

/// <summary>
/// A write core makes to a record on an authority its caller has already checked — a merge, its
/// undo, an activity moving on conversion — handed to the record write path
/// (<see cref="RecordService.Write(RecordChange)"/>) so that stamps, rules, the audit trail, the
/// store's change sequence and assignment mail apply to it as to any save.
/// </summary>
/// <param name="Actor">Who makes the change (stamped as <c>modified_user_id</c>, named in the audit trail).</param>
/// <param name="Before">The record as stored now; null when <paramref name="After"/> is to be inserted.</param>
/// <param name="After">The record as it is to be stored; the write path stamps it and runs the rules on it in place.</param>
internal sealed record RecordChange(CrmUser Actor, CrmRecord? Before, CrmRecord After)
{
    /// <summary>The write's time; null for the clock's now. A merge gives all its records one time.</summary>
    public DateTime? NowUtc { get; init; }

    /// <summary>
    /// <see cref="After"/> is an earlier image of the record brought back whole (undoing a merge): it
    /// keeps its own stamps and auto numbers, rules are not run again on values they produced, and
    /// no assignment mail goes out for it.
    /// </summary>
    public bool Restore { get; init; }

    /// <summary>Audit lines that are not field changes the trail sees itself (a merge's marks), written with them.</summary>
    public IReadOnlyList<AuditNote> Notes { get; init; } = [];
}

/// <summary>One audit line a write adds to the record's field changes (e.g. <c>merged_into</c>, <c>merged_from</c>).</summary>
internal readonly record struct AuditNote(string Field, string? Before, string? After);
