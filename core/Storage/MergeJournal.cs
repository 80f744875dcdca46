namespace CrmIntegration.Core.Storage;

/// <summary>
/// Everything needed to reverse one merge: the full before and after images of the master and
/// the losers, each re-parented record's changed fields and each moved relationship row. The after
/// values let undo see whether anything changed since, so a later edit is never overwritten unseen.
/// </summary>
public sealed record MergeJournal(string MergeId, string Module, string MasterId, IReadOnlyList<string> LoserIds, string UserId, DateTime DateUtc)
{
    /// <summary>How the master was chosen, in words (shown by list and undo).</summary>
    public string MasterRule { get; init; } = "";

    /// <summary>The master first, then the losers.</summary>
    public IReadOnlyList<MergeRecordImage> Records { get; init; } = [];

    /// <summary>Fields of other records the merge re-pointed (keys and the stamps that go with them).</summary>
    public IReadOnlyList<MergeKeyChange> Keys { get; init; } = [];

    public IReadOnlyList<MergeRowChange> Rows { get; init; } = [];

    public DateTime? UndoneUtc { get; init; }

    public string? UndoneBy { get; init; }

    public bool IsUndone => UndoneUtc is not null;
}
