namespace CrmIntegration.Server.Soap.Intake.Contracts;

/// <summary>
/// The lead intake service's own namespace. Versioned by year: an incompatible contract gets a new
/// namespace (and path), so clients generated from this WSDL keep working. The host name is under
/// the reserved <c>.example</c> domain on purpose: it identifies, it is never fetched.
/// </summary>
public static class IntakeNamespace
{
    public const string Value = "http://crmintegration.example/lead-intake/2026";
}
