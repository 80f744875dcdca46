namespace CrmIntegration.Core.Modules;

using CrmIntegration.Core.Modules.Catalog;

/// <summary>Every module and relationship in DESIGN.md; one file per module under <c>Catalog/</c>.</summary>
internal static class ModuleCatalog
{
    public static IEnumerable<ModuleDefinition> Modules() =>
    [
        UsersModule.Build(),
        AccountsModule.Build(),
        LeadsModule.Build(),
    ];

    public static IEnumerable<RelationshipDefinition> Relationships() =>
    [
        new("account_leads", RelationshipKind.OneToMany, "Accounts", "Leads") { RhsKey = "account_id" },
    ];
}
