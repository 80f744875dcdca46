namespace CrmIntegration.Server.Soap.V41.Contracts;

/// <summary>SugarCRM's hard-coded namespace, kept so existing clients' generated code matches.</summary>
public static class SugarNamespace
{
    public const string Value = "http://www.sugarcrm.com/sugarcrm";
}
