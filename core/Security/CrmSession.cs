namespace CrmIntegration.Core.Security;

/// <summary>A successful login: the session id to send with later calls, and who it belongs to.</summary>
public sealed record CrmSession(string Id, CrmUser User);
