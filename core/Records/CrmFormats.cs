namespace CrmIntegration.Core.Records;

/// <summary>SugarCRM's wire formats for dates and times (always UTC).</summary>
public static class CrmFormats
{
    public const string Date = "yyyy-MM-dd";
    public const string DateTime = "yyyy-MM-dd HH:mm:ss";
}
