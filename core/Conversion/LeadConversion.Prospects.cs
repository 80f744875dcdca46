using CrmIntegration.Core.Errors;
using CrmIntegration.Core.Modules;
using CrmIntegration.Core.Records;
using CrmIntegration.Core.Security;

namespace CrmIntegration.Core.Conversion;

public sealed partial class LeadConversion
{
    private const string Prospects = "Prospects";

    /// <summary>
    /// Converts a target ("KH thô") into a new lead: the person and company fields are copied, the
    /// given lead values (e.g. <c>lead_source</c>, <c>assigned_user_id</c>) are applied on top, the
    /// target's activities move to the lead, and the target keeps the lead's id in <c>lead_id</c>
    /// (SugarCRM's mark of a converted target). One transaction, as for leads.
    /// </summary>
    /// <exception cref="CrmException">
    /// 1001 unknown target, already converted, an unknown lead field or a bad value; 40 partners or a
    /// target the user may not edit.
    /// </exception>
    public ProspectConversionResult ConvertProspect(CrmUser user, string prospectId, IEnumerable<KeyValuePair<string, string?>>? leadValues = null)
    {
        ArgumentNullException.ThrowIfNull(user);
        var values = LeadValues(leadValues);
        return store.InTransaction(() =>
        {
            var prospect = records.Get(user, Prospects, prospectId) ?? throw CrmException.NoSuchRecord(Prospects, prospectId);
            access.EnsureCanConvert(user, prospect);
            if (prospect["lead_id"] is { Length: > 0 } leadId && store.Get(Leads, leadId) is { IsDeleted: false })
            {
                throw CrmException.AlreadyConverted(Prospects, prospect.Id, PersonName(prospect), $"lead {leadId}");
            }

            var fields = FieldValues.Copy(ConversionFields.Copy(prospect, ConversionFields.ProspectToLead));

            if (NonEmpty(prospect[CommonFields.AssignedUserId]) is { } owner)
            {
                fields[CommonFields.AssignedUserId] = owner;
            }

            foreach (var (name, value) in values)
            {
                fields[name] = value;
            }

            var lead = records.Save(user, Leads, fields);
            var moved = _mover.Move(user, prospect, Leads, lead.Id);
            records.Save(user, Prospects, [new(CommonFields.Id, prospect.Id), new("lead_id", lead.Id)]);
            return new ProspectConversionResult(prospect.Id, lead.Id, moved);
        });
    }

    /// <summary>Values for the new lead must name Leads fields a caller may set; a typo is refused, not ignored.</summary>
    private Dictionary<string, string?> LeadValues(IEnumerable<KeyValuePair<string, string?>>? leadValues)
    {
        var module = registry.Get(Leads);
        var values = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, value) in leadValues ?? [])
        {
            if (module.FindField(name) is not { System: false } field || field.Name is CommonFields.Id or CommonFields.Deleted)
            {
                throw CrmException.InvalidData($"'{name}' is not a Leads field a new lead can be given");
            }

            values[field.Name] = value;
        }

        return values;
    }
}
