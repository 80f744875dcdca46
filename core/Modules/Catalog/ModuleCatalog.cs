namespace CrmIntegration.Core.Modules;

using CrmIntegration.Core.Modules.Catalog;

/// <summary>Every module and relationship in DESIGN.md; one file per module under <c>Catalog/</c>.</summary>
internal static class ModuleCatalog
{
    public static IEnumerable<ModuleDefinition> Modules() =>
    [
        UsersModule.Build(), AccountsModule.Build(), ContactsModule.Build(), LeadsModule.Build(), ProspectsModule.Build(),
        OpportunitiesModule.Build(), CampaignsModule.Build(), CasesModule.Build(), BugsModule.Build(),
        NotesModule.Build(), CallsModule.Build(), MeetingsModule.Build(), TasksModule.Build(), DocumentsModule.Build(),
        ContractsModule.Build(), SubContractsModule.Build(), AssetsModule.Build(), EmailTemplatesModule.Build(),
    ];

    /// <summary>
    /// SugarCRM's relationship names. One-to-many relationships keep the left id in a field of the
    /// right-hand record (so a lead's account is <c>leads.account_id</c>); many-to-many ones are rows.
    /// </summary>
    public static IEnumerable<RelationshipDefinition> Relationships() =>
    [
        OneToMany("account_leads", "Accounts", "Leads", "account_id"),
        OneToMany("accounts_contacts", "Accounts", "Contacts", "account_id"),
        OneToMany("accounts_opportunities", "Accounts", "Opportunities", "account_id"),
        OneToMany("account_cases", "Accounts", "Cases", "account_id"),
        OneToMany("account_contracts", "Accounts", "Contracts", "account_id"),
        OneToMany("account_assets", "Accounts", "Assets", "account_id"),
        OneToMany("member_accounts", "Accounts", "Accounts", "parent_id"),
        OneToMany("contact_leads", "Contacts", "Leads", "contact_id"),
        OneToMany("contact_direct_reports", "Contacts", "Contacts", "reports_to_id"),
        OneToMany("opportunity_leads", "Opportunities", "Leads", "opportunity_id"),
        OneToMany("lead_direct_reports", "Leads", "Leads", "reports_to_id"),
        OneToMany("lead_prospects", "Leads", "Prospects", "lead_id"),
        OneToMany("campaign_leads", "Campaigns", "Leads", "campaign_id"),
        OneToMany("campaign_contacts", "Campaigns", "Contacts", "campaign_id"),
        OneToMany("campaign_opportunities", "Campaigns", "Opportunities", "campaign_id"),
        OneToMany("contracts_subcontracts", "Contracts", "SubContracts", "contract_id"),
        OneToMany("subcontracts_assets", "SubContracts", "Assets", "subcontract_id"),
        OneToMany("subcontract_cases", "SubContracts", "Cases", "subcontract_id"),
        OneToMany("asset_cases", "Assets", "Cases", "asset_id"),
        OneToMany("user_direct_reports", "Users", "Users", "reports_to_id"),
        new("opportunities_contacts", RelationshipKind.ManyToMany, "Opportunities", "Contacts") { ExtraFields = ["contact_role"] },
        new("contacts_cases", RelationshipKind.ManyToMany, "Contacts", "Cases") { ExtraFields = ["contact_role"] },
        new("cases_bugs", RelationshipKind.ManyToMany, "Cases", "Bugs"),
        new("contracts_documents", RelationshipKind.ManyToMany, "Contracts", "Documents"),
        .. ActivityTemplate.Relationships(),
    ];

    private static RelationshipDefinition OneToMany(string name, string lhs, string rhs, string key) =>
        new(name, RelationshipKind.OneToMany, lhs, rhs) { RhsKey = key };
}
