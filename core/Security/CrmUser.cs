namespace CrmIntegration.Core.Security;

/// <summary>The acting user of a call: who they are and what role they hold.</summary>
public sealed record CrmUser(string Id, string UserName, UserRole Role, string? ReportsToId, bool Active)
{
    public bool IsAdmin => Role == UserRole.Admin;

    public bool IsPartner => Role == UserRole.Partner;
}
