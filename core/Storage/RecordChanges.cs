namespace CrmIntegration.Core.Storage;

/// <summary>
/// The records written by commits after some version, up to <see cref="Version"/>. A record written
/// several times may appear several times; read its current value from the store.
/// </summary>
public sealed record RecordChanges(long Version, IReadOnlyList<RecordKey> Records);
