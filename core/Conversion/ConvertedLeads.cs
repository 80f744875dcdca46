using CrmIntegration.Core.Records;

namespace CrmIntegration.Core.Conversion;

/// <summary>What marks a lead as converted, in one place for conversion and for duplicate matching.</summary>
public static class ConvertedLeads
{
    /// <summary>
    /// True for a lead with either mark conversion leaves (<c>converted = 1</c>, <c>status = Converted</c>);
    /// a lead whose status a user set to Converted by hand counts too, as it does for conversion.
    /// </summary>
    public static bool IsConverted(CrmRecord lead)
    {
        ArgumentNullException.ThrowIfNull(lead);
        return string.Equals(lead.Module, "Leads", StringComparison.OrdinalIgnoreCase)
               && (lead["converted"] == "1" || lead["status"] == "Converted");
    }
}
