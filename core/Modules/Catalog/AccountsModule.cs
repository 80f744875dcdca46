namespace CrmIntegration.Core.Modules.Catalog;

internal static class AccountsModule
{
    public static ModuleDefinition Build() => new ModuleBuilder("Accounts", "accounts", "Accounts", "Khách hàng")
        .Basic()
        .Assignable()
        .Audited()
        .Link("leads", "account_leads", "Leads", "Leads", "Khách hàng tiềm năng")
        .Build();
}
