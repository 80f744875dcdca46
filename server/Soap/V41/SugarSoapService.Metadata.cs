using CrmIntegration.Core.Modules;
using CrmIntegration.Core.Security;
using CrmIntegration.Server.Soap.V41.Contracts;

namespace CrmIntegration.Server.Soap.V41;

public sealed partial class SugarSoapService
{
    public Task<ModuleList> GetAvailableModulesAsync(string session, string filter)
    {
        var user = User(session);
        var modules = core.Registry.Modules
            .Where(m => !user.IsPartner || m.Name is AccessPolicy.PartnerModule)
            .Select(m => new ModuleListEntry
            {
                ModuleKey = m.Name,
                ModuleLabel = m.LabelEn,
                FavoriteEnabled = false,
                Acls = Acls(user, m),
            });
        return Task.FromResult(new ModuleList { Modules = modules.ToArray() });
    }

    public Task<NewModuleFields> GetModuleFieldsAsync(string session, string module_name, string[] fields)
    {
        var module = core.Records.Module(User(session), module_name);
        var wanted = fields is { Length: > 0 } ? new HashSet<string>(fields, StringComparer.OrdinalIgnoreCase) : null;
        return Task.FromResult(new NewModuleFields
        {
            ModuleName = module.Name,
            TableName = module.TableName,
            ModuleFields = module.Fields
                .Where(f => !f.Sensitive && (wanted is null || wanted.Contains(f.Name)))
                .Select(f => new Field
                {
                    Name = f.Name,
                    Type = f.Type.WireName(),
                    Group = "",
                    Label = f.LabelEn,
                    LabelVi = f.LabelVi,
                    Required = f.Required ? 1 : 0,
                    Options = EntryMapper.Options(f),
                    DefaultValue = f.DefaultValue ?? "",
                    Len = f.MaxLength ?? 0,
                })
                .ToArray(),
            LinkFields = module.Links
                .Where(l => wanted is null || wanted.Contains(l.Name))
                .Select(l => new LinkField { Name = l.Name, Type = "link", Relationship = l.Relationship, Module = l.Module, BeanName = l.Module })
                .ToArray(),
        });
    }

    private static AclListEntry[] Acls(CrmUser user, ModuleDefinition module)
    {
        var isUsers = module.Name == UserDirectory.Module;
        var write = user.IsAdmin || (!isUsers && !user.IsPartner) || (user.IsPartner && !isUsers);
        return
        [
            new() { Action = "list", Access = true },
            new() { Action = "view", Access = true },
            new() { Action = "edit", Access = write },
            new() { Action = "delete", Access = write && !user.IsPartner },
            new() { Action = "import", Access = user.IsAdmin },
            new() { Action = "export", Access = !user.IsPartner },
        ];
    }
}
