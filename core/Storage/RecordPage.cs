using CrmIntegration.Core.Records;

namespace CrmIntegration.Core.Storage;

/// <summary>One page of a <see cref="RecordQuery"/>'s matches, in order, and how many match in all when it was asked for.</summary>
public sealed record RecordPage(IReadOnlyList<CrmRecord> Records, int? Total);
