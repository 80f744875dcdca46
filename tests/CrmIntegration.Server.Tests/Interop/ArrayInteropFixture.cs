using CrmIntegration.Server.Tests.Infrastructure;

namespace CrmIntegration.Server.Tests.Interop;

/// <summary>
/// Runs one third-party client's <c>sugar_arrays</c> script once against the server's two served
/// WSDLs: every operation with an array parameter, requests built by the client from the WSDL alone.
/// </summary>
public abstract class ArrayInteropFixture : ScriptReportFixture
{
    protected abstract Task<ScriptResult> RunScriptAsync(string sugarWsdl, string intakeWsdl, string user, string password);

    protected override Task<ScriptResult> RunAgainstAsync(ServerFixture server) =>
        RunScriptAsync(server.SugarAddress + "?wsdl", server.IntakeAddress + "?wsdl", "admin", ServerFixture.AdminPassword);
}
