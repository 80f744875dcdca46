namespace CrmIntegration.Core.Configuration;

/// <summary>
/// The server's admin endpoint, which runs <c>crm</c> commands handed to it (configuration section
/// <c>Admin</c>). Loopback only unless <see cref="AllowRemote"/>: the token in the data directory
/// already limits it to the account owning the data; remote callers need an administrator's password.
/// </summary>
public sealed class AdminOptions
{
    public const string SectionName = "Admin";

    /// <summary>Serve the endpoint at all (<c>Admin:Enabled</c>). Off, <c>crm</c> cannot run while the server holds the database.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Accept calls from other machines (<c>crm --server URL</c> with an administrator's credentials).</summary>
    public bool AllowRemote { get; set; }
}
