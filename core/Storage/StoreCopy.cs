namespace CrmIntegration.Core.Storage;

/// <summary>
/// A copy of the database that was written and read back: where it is, its size, and the records
/// it holds per module (deleted ones included), counted in the copy itself.
/// </summary>
public sealed record StoreCopy(string Path, long SizeBytes, IReadOnlyDictionary<string, int> RecordsByModule, TimeSpan Elapsed)
{
    public int Records => RecordsByModule.Values.Sum();
}
