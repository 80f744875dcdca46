using System.Globalization;
using CrmIntegration.Core.Records;

namespace CrmIntegration.Core.Jobs;

/// <summary>Times in job messages: UTC in the CRM's own format, as other messages write them.</summary>
public static class JobTimes
{
    public static string Utc(DateTime utc) => utc.ToString(CrmFormats.DateTime, CultureInfo.InvariantCulture) + " UTC";
}
