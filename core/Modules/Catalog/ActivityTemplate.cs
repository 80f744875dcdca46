namespace CrmIntegration.Core.Modules.Catalog;

/// <summary>
/// Activities (Notes, Calls, Meetings, Tasks) hang from one parent record through
/// <c>parent_type</c>/<c>parent_id</c>, as in SugarCRM. Each parent module × activity module pair
/// is a relationship named SugarCRM's way (<c>account_notes</c>, <c>lead_calls</c>, …), with a link
/// named after the activity on the parent (<c>notes</c>) and after the parent on the activity (<c>accounts</c>).
/// </summary>
internal static class ActivityTemplate
{
    private static readonly (string Module, string Singular, string En, string Vi)[] Parents =
    [
        ("Accounts", "account", "Account", "Khách hàng"), ("Contacts", "contact", "Contact", "Liên hệ"),
        ("Leads", "lead", "Lead", "Khách hàng tiềm năng"), ("Opportunities", "opportunity", "Opportunity", "Cơ hội"),
        ("Cases", "case", "Case", "Yêu cầu hỗ trợ"), ("Bugs", "bug", "Bug", "Lỗi"), ("Contracts", "contract", "Contract", "Hợp đồng"),
        ("SubContracts", "subcontract", "Sub-contract", "Hợp đồng phụ"), ("Assets", "asset", "Asset", "Thiết bị"),
        ("Prospects", "prospect", "Target", "Khách hàng thô"),
    ];

    private static readonly (string Module, string Link, string En, string Vi)[] Activities =
    [
        ("Notes", "notes", "Notes", "Ghi chú"), ("Calls", "calls", "Calls", "Cuộc gọi"),
        ("Meetings", "meetings", "Meetings", "Cuộc họp"), ("Tasks", "tasks", "Tasks", "Công việc"),
    ];

    /// <summary>On an activity: the lead or target it hung from before that record was converted.</summary>
    public const string ConvertedFromId = "converted_from_id";

    public static IEnumerable<RelationshipDefinition> Relationships() =>
        from parent in Parents
        from activity in Activities
        select new RelationshipDefinition(Name(parent.Singular, activity.Link), RelationshipKind.Parent, parent.Module, activity.Module);

    /// <summary>On a parent module: one link per activity module.</summary>
    public static ModuleBuilder ActivityLinks(this ModuleBuilder module)
    {
        var parent = Parents.Single(p => p.Module == module.Name);
        foreach (var activity in Activities)
        {
            module.Link(activity.Link, Name(parent.Singular, activity.Link), activity.Module, activity.En, activity.Vi);
        }

        return module;
    }

    /// <summary>
    /// On an activity module: the parent fields and one link per parent module. Activities are
    /// audited: where one hung before a conversion or a merge moved it is a question users ask.
    /// </summary>
    public static ModuleBuilder Activity(this ModuleBuilder module)
    {
        var activity = Activities.Single(a => a.Module == module.Name);
        module
            .Audited()
            .Enum(CommonFields.ParentType, "Parent Type", "Loại đối tượng", ActivityOptions.ParentType, indexed: true)
            .Add(new FieldDefinition(CommonFields.ParentId, FieldType.Id, "Parent ID", "Mã đối tượng") { Indexed = true })
            // Converting a lead or target moves its activities to the new record; this keeps the
            // old parent's id so its history still finds them (core/Activities/ActivityHistory).
            .Add(new FieldDefinition(ConvertedFromId, FieldType.Id, "Moved on Conversion From", "Chuyển khi chuyển đổi từ")
            {
                System = true,
                Indexed = true,
                Audited = false,
            });
        foreach (var parent in Parents)
        {
            module.Link(parent.Module.ToLowerInvariant(), Name(parent.Singular, activity.Link), parent.Module, parent.En, parent.Vi);
        }

        return module;
    }

    private static string Name(string parentSingular, string activityLink) => $"{parentSingular}_{activityLink}";
}
