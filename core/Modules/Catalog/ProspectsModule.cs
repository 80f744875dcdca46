namespace CrmIntegration.Core.Modules.Catalog;

/// <summary>Targets: raw purchased or collected data ("KH thô") that is converted into Leads.</summary>
internal static class ProspectsModule
{
    public static ModuleDefinition Build() => new ModuleBuilder("Prospects", "prospects", "Targets", "Khách hàng thô")
        .Basic(withName: false)
        .Assignable()
        .Add(Matching.Merge.MergeFields.MergedIntoField("Prospects"))
        .Person()
        .Varchar("account_name", "Account Name", "Tên công ty", 150, indexed: true)
        .AutoNumber("tracker_key", "Tracker Key", "Mã theo dõi")
        .RelateId("lead_id", "Leads", "Lead ID", "Mã khách hàng tiềm năng")
        .RelateId("campaign_id", "Campaigns", "Campaign ID", "Mã chiến dịch")
        .Link("leads", "lead_prospects", "Leads", "Lead", "Khách hàng tiềm năng")
        .ActivityLinks()
        .Build();
}
