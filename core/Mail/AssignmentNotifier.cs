using CrmIntegration.Core.Modules;
using CrmIntegration.Core.Records;
using CrmIntegration.Core.Security;

namespace CrmIntegration.Core.Mail;

/// <summary>
/// SugarCRM's "assigned to you" notification, for every record write whatever its path (SOAP
/// <c>set_entry</c>, the CLI, lead intake, conversion, merges): the record write path
/// (<see cref="Records.RecordService"/>) asks it after each write, inside the write's transaction,
/// so the mail is queued exactly when the write commits.
/// </summary>
/// <remarks>
/// A mail is due when a record of <see cref="Modules"/> gets an assigned user — created with one, or
/// changed to another — who is not the user making the change (nobody is told what they did
/// themselves). The global switch <c>Mail:Notifications:Enabled</c> and the assignee's own
/// <c>receive_notifications</c> apply. An assignee without a usable email address, or inactive,
/// gets nothing and the write goes on without an error: <see cref="NotificationService"/> keeps a
/// <c>skipped</c> entry with the reason in the queue (<c>crm mail list</c> shows it). For an
/// assignee who does not exist nothing is kept (there is nobody to show it to); the write's caller
/// still gets the reason as a skipped <see cref="NotificationOutcome"/>.
/// </remarks>
public sealed class AssignmentNotifier(NotificationService notifications, UserDirectory users, MailOptions options)
{
    private static readonly HashSet<string> Notifying = new(StringComparer.OrdinalIgnoreCase)
    {
        "Leads", "Opportunities", "Cases", "Contacts", "Accounts", "Tasks", "Calls", "Meetings",
    };

    /// <summary>The modules whose assignment is mailed, as in SugarCRM.</summary>
    public static IReadOnlyCollection<string> Modules => Notifying;

    /// <summary>
    /// The user this write should tell, or null: the new assignee of a live record of
    /// <see cref="Modules"/>, when it differs from the one before (none, on create) and from
    /// <paramref name="actor"/>.
    /// </summary>
    public static string? Recipient(CrmUser actor, CrmRecord? before, CrmRecord after)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(after);
        var assignee = after[CommonFields.AssignedUserId];
        if (string.IsNullOrEmpty(assignee) || after.IsDeleted || !Notifying.Contains(after.Module)
            || string.Equals(assignee, actor.Id, StringComparison.Ordinal)
            || string.Equals(assignee, before?[CommonFields.AssignedUserId], StringComparison.Ordinal))
        {
            return null;
        }

        return assignee;
    }

    /// <summary>
    /// Queues the assignment mail this write calls for, in the caller's transaction. Null when none
    /// is due (or notifications are switched off globally); otherwise what was queued, or why not.
    /// </summary>
    public NotificationOutcome? Notify(CrmUser actor, CrmRecord? before, CrmRecord after)
    {
        if (!options.Notifications.Enabled || Recipient(actor, before, after) is not { } assigneeId)
        {
            return null;
        }

        return users.Find(assigneeId) is { } assignee
            ? notifications.QueueAssignmentMail(assignee, after.Module, after)
            : NotificationOutcome.Skipped($"user {assigneeId} does not exist");
    }
}
