using CrmIntegration.Core.Errors;
using CrmIntegration.Core.Records;

namespace CrmIntegration.Core.Security;

public sealed partial class AccessPolicy
{
    /// <summary>
    /// Converting a lead (or a target) rewrites it and creates customer records under its owner, so
    /// it takes edit rights on it. Partners never convert, not even their own leads: a converted lead
    /// becomes a contact and an account, which partners may not see (as in SugarCRM, where
    /// conversion is the sales team's step).
    /// </summary>
    /// <exception cref="CrmException">40 for partners and for users who may not edit the record.</exception>
    public void EnsureCanConvert(CrmUser user, CrmRecord record)
    {
        if (user.IsPartner)
        {
            throw CrmException.PartnersCannotConvert(record.Module);
        }

        EnsureCanEdit(user, record);
    }
}
