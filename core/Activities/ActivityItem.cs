namespace CrmIntegration.Core.Activities;

/// <summary>
/// One entry of an activity history: which activity (<see cref="Module"/> is its type: Notes,
/// Calls, Meetings, Tasks), its subject, status, the date it is placed at and which field that
/// date came from, who it is assigned to, and the record it hangs from now.
/// </summary>
public sealed record ActivityItem(
    string Module,
    string Id,
    string Name,
    string Status,
    string Date,
    string DateField,
    string AssignedUserId,
    string AssignedUserName,
    string ParentType,
    string ParentId);
