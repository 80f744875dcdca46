namespace CrmIntegration.Core.Storage;

/// <summary>A login session; stored so that a server restart does not log everyone out.</summary>
public sealed record SessionRecord(string Id, string UserId, DateTime CreatedUtc, DateTime LastSeenUtc);
