using CrmIntegration.Core.Security;
using CrmIntegration.Server.Tests.Infrastructure;

namespace CrmIntegration.Server.Tests.Interop;

/// <summary>
/// Runs one third-party client's intake script (scripts/interop/intake_client.*) once, as a partner,
/// against a server of its own that blocks exact-email duplicates.
/// </summary>
public abstract class IntakeInteropFixture : ScriptReportFixture
{
    public const string Partner = "interop-partner";
    private const string PartnerPassword = "Interop-Partner-2026";

    protected abstract Task<ScriptResult> RunScriptAsync(string sugarWsdl, string intakeWsdl, string user, string password);

    protected override void Configure(ServerFixture server) => server.Configure("Intake:DuplicateActions:email", "block");

    protected override Task<ScriptResult> RunAgainstAsync(ServerFixture server)
    {
        server.Core.UserAdmin.Add(Partner, PartnerPassword, UserRole.Partner);
        return RunScriptAsync(server.SugarAddress + "?wsdl", server.IntakeAddress + "?wsdl", Partner, PartnerPassword);
    }
}
