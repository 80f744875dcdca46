using CrmIntegration.Core.Errors;
using CrmIntegration.Core.Modules;
using CrmIntegration.Core.Records;

namespace CrmIntegration.Core.Security;

/// <summary>
/// DESIGN.md's security model, in one place, for every read and write path:
/// admins do everything; a record's owner and the owner's managers (the reports_to chain) edit it;
/// other internal users read it; a partner creates Leads and reads and updates only the Leads it
/// submitted, never deletes, and sees nothing else; only admins write Users.
/// </summary>
public sealed partial class AccessPolicy(UserDirectory users)
{
    public const string PartnerModule = "Leads";

    public bool CanRead(CrmUser user, CrmRecord record)
    {
        if (user.IsPartner)
        {
            return IsPartnerOwn(user, record) || IsSelf(user, record);
        }

        return true;
    }

    public bool CanEdit(CrmUser user, CrmRecord record)
    {
        if (user.IsAdmin)
        {
            return true;
        }

        if (user.IsPartner)
        {
            return IsPartnerOwn(user, record);
        }

        if (Same(record.Module, UserDirectory.Module))
        {
            return false;
        }

        var owner = record.OwnerId;
        return owner == user.Id || users.IsAbove(user.Id, owner);
    }

    public void EnsureModuleAccess(CrmUser user, ModuleDefinition module)
    {
        if (user.IsPartner && !Same(module.Name, PartnerModule) && !Same(module.Name, UserDirectory.Module))
        {
            throw CrmException.AccessDenied($"partners may only use the {PartnerModule} module, not {module.Name}");
        }
    }

    public void EnsureCanCreate(CrmUser user, ModuleDefinition module)
    {
        EnsureModuleAccess(user, module);
        if (Same(module.Name, UserDirectory.Module) && !user.IsAdmin)
        {
            throw CrmException.AccessDenied("only administrators can create users");
        }
    }

    public void EnsureCanRead(CrmUser user, CrmRecord record)
    {
        if (!CanRead(user, record))
        {
            throw CrmException.AccessDenied($"{record.Module} record {record.Id} is not yours to read");
        }
    }

    public void EnsureCanEdit(CrmUser user, CrmRecord record)
    {
        if (!CanEdit(user, record))
        {
            throw CrmException.AccessDenied(
                $"{record.Module} record {record.Id} can be changed only by its owner, the owner's managers or an administrator");
        }
    }

    /// <summary>
    /// Deleting (softly, <c>deleted=1</c>) takes edit rights, and is never a partner's: a partner
    /// submits and corrects its leads, but a lead once sent is the CRM's to keep or discard.
    /// </summary>
    public bool CanDelete(CrmUser user, CrmRecord record) => !user.IsPartner && CanEdit(user, record);

    /// <exception cref="CrmException">40 for partners and for users who may not edit the record.</exception>
    public void EnsureCanDelete(CrmUser user, CrmRecord record)
    {
        if (user.IsPartner)
        {
            throw CrmException.PartnersCannotDelete(record.Module);
        }

        EnsureCanEdit(user, record);
    }

    /// <summary>
    /// For list queries: the index lookup that narrows candidates to what the user may read, or
    /// null when the user may read every record of the module.
    /// </summary>
    public (string Field, string Value)? ReadScope(CrmUser user, ModuleDefinition module) =>
        user.IsPartner
            ? Same(module.Name, UserDirectory.Module) ? (CommonFields.Id, user.Id) : (CommonFields.CreatedBy, user.Id)
            : null;

    private static bool IsPartnerOwn(CrmUser user, CrmRecord record) =>
        Same(record.Module, PartnerModule) && record[CommonFields.CreatedBy] == user.Id;

    private static bool IsSelf(CrmUser user, CrmRecord record) =>
        Same(record.Module, UserDirectory.Module) && record.Id == user.Id;

    private static bool Same(string a, string b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);
}
