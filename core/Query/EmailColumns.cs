namespace CrmIntegration.Core.Query;

/// <summary>The columns of SugarCRM's email tables, so a misspelt column is named as such.</summary>
internal static class EmailColumns
{
    public static readonly IReadOnlySet<string> Rel = new HashSet<string>
    {
        "id", "email_address_id", "bean_id", "bean_module", "primary_address", "reply_to_address",
        "date_created", "date_modified", "deleted",
    };

    public static readonly IReadOnlySet<string> Address = new HashSet<string>
    {
        "id", "email_address", "email_address_caps", "invalid_email", "opt_out", "confirm_opt_in",
        "date_created", "date_modified", "deleted",
    };
}
