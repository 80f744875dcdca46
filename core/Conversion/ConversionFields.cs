using CrmIntegration.Core.Records;

namespace CrmIntegration.Core.Conversion;

/// <summary>
/// Which fields conversion copies, target field ← source field, after SugarCRM's convert view
/// (<c>modules/Leads/views/view.convertlead.php</c>, <c>metadata/convertdefs.php</c>; see
/// reference/sugarcrm-soap.md §7). Values are copied as stored (Vietnamese text untouched) and
/// validated again by the target module's save.
/// </summary>
internal static class ConversionFields
{
    // Declared first: the lists below are built from it when the type initialises, in textual order.
    private static readonly string[] AddressParts = ["street", "city", "state", "postalcode", "country"];

    private static readonly string[] Addresses =
        [.. Parts("primary_address"), .. Parts("alt_address")];

    /// <summary>Lead → Contact: the person, their phones, email, address, source and description.</summary>
    public static readonly IReadOnlyList<(string Target, string Source)> LeadToContact =
    [
        .. Same("salutation", "first_name", "last_name", "title", "department",
            "phone_home", "phone_mobile", "phone_work", "phone_other", "phone_fax",
            "email1", "lead_source", "description", "campaign_id"),
        .. Same(Addresses),
    ];

    /// <summary>
    /// Lead → Account: the company named by <c>account_name</c>, its description and website; the
    /// person's office phone and primary address become the company's (SugarCRM pre-fills them so).
    /// </summary>
    public static readonly IReadOnlyList<(string Target, string Source)> LeadToAccount =
    [
        ("name", "account_name"), ("description", "account_description"), ("website", "website"),
        ("phone_office", "phone_work"), ("campaign_id", "campaign_id"),
        .. Parts("billing_address").Zip(Parts("primary_address")),
    ];

    /// <summary>Lead → Opportunity: only the source and campaign; the rest comes from the request.</summary>
    public static readonly IReadOnlyList<(string Target, string Source)> LeadToOpportunity =
        Same("lead_source", "campaign_id");

    /// <summary>Target → Lead: the whole person template (the same fields on both) plus the company.</summary>
    public static readonly IReadOnlyList<(string Target, string Source)> ProspectToLead =
    [
        .. Same("salutation", "first_name", "last_name", "title", "department", "do_not_call",
            "phone_home", "phone_mobile", "phone_work", "phone_other", "phone_fax",
            "email1", "email2", "email_opt_out", "invalid_email", "assistant", "assistant_phone", "birthdate",
            "account_name", "description", "campaign_id"),
        .. Same(Addresses),
    ];

    /// <summary>The copied values that are set on the source, as a name_value list for the target's save.</summary>
    public static IEnumerable<KeyValuePair<string, string?>> Copy(CrmRecord source, IReadOnlyList<(string Target, string Source)> map) =>
        map.Where(m => !string.IsNullOrEmpty(source[m.Source]))
            .Select(m => new KeyValuePair<string, string?>(m.Target, source[m.Source]));

    private static (string, string)[] Same(params string[] fields) => fields.Select(f => (f, f)).ToArray();

    private static string[] Parts(string prefix) =>
        AddressParts.Select(p => $"{prefix}_{p}").ToArray();
}
