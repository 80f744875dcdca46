using CrmIntegration.Server.Tests.Infrastructure;

namespace CrmIntegration.Server.Tests.Interop;

/// <summary>
/// Runs one third-party SOAP client script (scripts/interop/sugar_client.*) once against the
/// server's v4_1 WSDL: login, a lead and an account written, read back, related, queried.
/// </summary>
public abstract class InteropClientFixture : ScriptReportFixture
{
    public const string LeadFirstName = "Th\u1ECB H\u1ED3ng Nhung";
    public const string LeadLastName = "Nguy\u1EC5n";
    public const string AccountName = "C\u00F4ng ty TNHH Hoa Sen";

    /// <summary>The query the scripts send to get_entry_list: it must find the lead they wrote.</summary>
    public const string Query = "leads.last_name = 'Nguy\u1EC5n'";

    protected abstract Task<ScriptResult> RunScriptAsync(string wsdl, string user, string password, string query);

    protected override Task<ScriptResult> RunAgainstAsync(ServerFixture server) =>
        RunScriptAsync(server.SugarAddress + "?wsdl", "admin", ServerFixture.AdminPassword, Query);
}
