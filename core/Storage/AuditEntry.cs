namespace CrmIntegration.Core.Storage;

/// <summary>One changed field of one record: who changed it, when, and from what to what.</summary>
public sealed record AuditEntry(
    string Module,
    string RecordId,
    string Field,
    string? Before,
    string? After,
    string UserId,
    DateTime DateUtc);
