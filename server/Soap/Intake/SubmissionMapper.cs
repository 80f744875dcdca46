using CrmIntegration.Core.Errors;
using CrmIntegration.Core.Modules;
using Contract = CrmIntegration.Server.Soap.Intake.Contracts;

namespace CrmIntegration.Server.Soap.Intake;

/// <summary>A typed <see cref="Contract.LeadSubmission"/> as the Leads field values core's intake takes.</summary>
public static class SubmissionMapper
{
    private static readonly HashSet<string> NotSettable = new(StringComparer.OrdinalIgnoreCase)
    {
        CommonFields.Id, CommonFields.Deleted, "new_with_id",
    };

    /// <summary>The Leads fields, or the error that rejects this lead (an extra field that is unknown, not settable or given twice).</summary>
    public static (List<KeyValuePair<string, string?>>? Fields, CrmException? Error) ToFields(Contract.LeadSubmission? lead, ModuleDefinition leads)
    {
        if (lead is null)
        {
            return (null, CrmException.NoLeadGiven());
        }

        var typed = Typed(lead).Where(f => f.Value is not null).ToList();
        var fields = new List<KeyValuePair<string, string?>>(typed.Select(f => KeyValuePair.Create(f.Field, f.Value)));
        foreach (var extra in lead.ExtraFields ?? [])
        {
            var name = extra?.Name?.Trim();
            var field = string.IsNullOrEmpty(name) ? null : leads.FindField(name);
            if (string.IsNullOrEmpty(name) || (field is null && !NotSettable.Contains(name)))
            {
                return (null, CrmException.UnknownExtraField(name));
            }

            if (NotSettable.Contains(name) || field is { System: true } || CommonFields.SystemMaintained.Contains(name))
            {
                return (null, CrmException.ExtraFieldNotAllowed(name));
            }

            if (typed.FirstOrDefault(t => string.Equals(t.Field, name, StringComparison.OrdinalIgnoreCase)) is { Field: not null } twice)
            {
                return (null, CrmException.ExtraFieldGivenTwice(name, twice.Element));
            }

            fields.Add(KeyValuePair.Create(name, extra!.Value));
        }

        return (fields, null);
    }

    /// <summary>Element name → Leads field. Only <c>email</c> differs: partners should not need to know SugarCRM's <c>email1</c>.</summary>
    private static IEnumerable<(string Element, string Field, string? Value)> Typed(Contract.LeadSubmission lead) =>
    [
        ("partner_ref", "partner_ref", lead.PartnerRef),
        ("first_name", "first_name", lead.FirstName),
        ("last_name", "last_name", lead.LastName),
        ("email", "email1", lead.Email),
        ("phone_mobile", "phone_mobile", lead.PhoneMobile),
        ("phone_work", "phone_work", lead.PhoneWork),
        ("account_name", "account_name", lead.AccountName),
        ("title", "title", lead.Title),
        ("lead_source", "lead_source", lead.LeadSource),
        ("description", "description", lead.Description),
        ("primary_address_street", "primary_address_street", lead.PrimaryAddressStreet),
        ("primary_address_city", "primary_address_city", lead.PrimaryAddressCity),
        ("primary_address_state", "primary_address_state", lead.PrimaryAddressState),
        ("primary_address_postalcode", "primary_address_postalcode", lead.PrimaryAddressPostalcode),
        ("primary_address_country", "primary_address_country", lead.PrimaryAddressCountry),
    ];
}
