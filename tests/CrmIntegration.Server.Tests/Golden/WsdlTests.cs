using CrmIntegration.Server.Tests.Infrastructure;

namespace CrmIntegration.Server.Tests.Golden;

/// <summary>The served WSDL is the reviewed one in <c>schemas/</c>: integrators generate clients from it.</summary>
[Collection(ServerCollection.Name)]
public sealed class WsdlTests(ServerFixture server)
{
    [Fact]
    public async Task ServedWsdl_EqualsReviewedCopy()
    {
        using var http = new HttpClient();
        var served = await http.GetStringAsync(new Uri(server.SugarAddress + "?wsdl"));

        // The address is the only part that depends on where the server runs.
        var normalised = GoldenFile.Pretty(served.Replace(server.SugarAddress.ToString(), "http://localhost/service/v4_1/soap.svc"));

        GoldenFile.AssertMatches(Path.Combine(GoldenFile.RepositoryRoot(), "schemas", "sugar-v4_1.wsdl"), normalised);
    }

    [Fact]
    public async Task ServedLeadIntakeWsdl_EqualsReviewedCopy()
    {
        using var http = new HttpClient();
        var served = await http.GetStringAsync(new Uri(server.IntakeAddress + "?wsdl"));

        var normalised = GoldenFile.Pretty(served.Replace(server.IntakeAddress.ToString(), "http://localhost/LeadIntake.svc"));

        GoldenFile.AssertMatches(Path.Combine(GoldenFile.RepositoryRoot(), "schemas", "lead-intake.wsdl"), normalised);
    }
}
