using CrmIntegration.Core.Security;

namespace CrmIntegration.Core.Configuration.Checks;

/// <summary>The <c>Security</c> section's checks.</summary>
internal static class SecurityChecks
{
    public static void Check(SecurityOptions options, SettingsCheck check)
    {
        check.Positive("Security:SessionIdleTimeout", options.SessionIdleTimeout);
        check.AtLeast("Security:MaxFailedLogins", options.MaxFailedLogins, 1);
        check.Positive("Security:LockoutDuration", options.LockoutDuration);
        check.NotNegative("Security:SessionTouchInterval", options.SessionTouchInterval);
    }
}
