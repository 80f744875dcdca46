using CrmIntegration.Core.Modules;
using CrmIntegration.Core.Records;
using CrmIntegration.Core.Security;
using CrmIntegration.Core.Storage;
using MimeKit;

namespace CrmIntegration.Core.Mail;

/// <summary>
/// Queues the notification mails the CRM sends. Queueing only writes to the store; delivery happens
/// later (<see cref="MailDelivery"/>), so a caller never waits for a mail server.
/// </summary>
public sealed class NotificationService(ICrmStore store, ModuleRegistry registry, MailOptions options, TimeProvider clock)
{
    public const string AssignmentKind = "assignment";

    private const string TemplatesModule = "EmailTemplates";

    /// <summary>The Users field SugarCRM uses for the same switch; "0" turns a user's notifications off.</summary>
    public const string ReceiveNotificationsField = "receive_notifications";

    private readonly TemplateValues _values = new(store, registry, options);

    // Templates by name, read once and kept until an EmailTemplates record changes (the store's
    // change log says when): every intake lead queues a mail, and looking the template up in the
    // store each time was one more index search per lead inside the group commit.
    private readonly Dictionary<string, MailTemplate> _templates = new(StringComparer.Ordinal);
    private readonly Lock _templatesGate = new();
    private long _templatesVersion = -1;

    /// <summary>
    /// Queues "this record was assigned to you" for <paramref name="rep"/>. Call it inside the
    /// transaction that assigns the record (<see cref="ICrmStore.InTransaction{T}"/>): the mail is
    /// then queued exactly when the assignment commits. Nothing is queued when
    /// <c>Mail:Notifications:Enabled</c> is false, or (recorded as skipped, with the reason) when
    /// the rep is inactive, has <c>receive_notifications</c> = 0, or has no usable <c>email1</c>.
    /// The template is the EmailTemplates record named by <c>Mail:Templates</c>, else the built-in one.
    /// </summary>
    public NotificationOutcome QueueAssignmentMail(CrmUser rep, string module, CrmRecord record)
    {
        ArgumentNullException.ThrowIfNull(rep);
        ArgumentNullException.ThrowIfNull(record);
        var definition = registry.Get(module);
        if (!options.Notifications.Enabled)
        {
            return NotificationOutcome.Skipped("notifications are switched off (Mail:Notifications:Enabled)");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var repRecord = store.Get(UserDirectory.Module, rep.Id);
        var address = repRecord?["email1"]?.Trim();
        MailboxAddress? mailbox = null;
        var reason = repRecord switch
        {
            null or { IsDeleted: true } => $"user {rep.Id} does not exist",
            _ when repRecord["status"] == "Inactive" => $"user {rep.UserName} is inactive",
            _ when repRecord[ReceiveNotificationsField] == "0" => $"user {rep.UserName} does not receive notifications ({ReceiveNotificationsField} = 0)",
            _ when string.IsNullOrEmpty(address) => $"user {rep.UserName} has no email address (email1)",
            _ when !MailboxAddress.TryParse(address, out mailbox) => $"user {rep.UserName}'s email1 '{address}' is not an email address",
            _ => null,
        };

        var template = AssignmentTemplate(definition.Name);
        var rendered = repRecord is null ? null : TemplateRenderer.Render(template, _values.For(record, repRecord));
        var id = Guid.CreateVersion7().ToString("N"); // time-ordered: appended to the queue's id index
        var sender = options.Sender;
        var mail = new QueuedMail
        {
            Id = id,
            Status = reason is null ? MailStatus.Queued : MailStatus.Skipped,
            Kind = AssignmentKind,
            Module = definition.Name,
            RecordId = record.Id,
            ToUserId = rep.Id,
            To = reason is null ? new MailboxAddress(TemplateValues.PersonName(repRecord!) ?? rep.UserName, mailbox!.Address).ToString() : address ?? "",
            From = sender.ToString(),
            Subject = rendered?.Subject ?? "",
            TextBody = rendered?.TextBody ?? "",
            HtmlBody = rendered?.HtmlBody,
            MessageId = MailMessageFactory.NewMessageId(id, sender),
            CreatedUtc = now,
            NextAttemptUtc = now,
            Log = [new MailLogEntry(now, null, reason is null ? "queued" : "skipped", reason ?? QueuedDetail(template, rendered!))],
        };

        // Skips for a missing user are not kept: there is nobody to show them to.
        if (repRecord is not null)
        {
            store.EnqueueMail(mail);
        }

        return reason is null ? NotificationOutcome.Sent(id) : NotificationOutcome.Skipped(reason, repRecord is null ? null : id);
    }

    /// <summary>The EmailTemplates record with the configured name (newest if several), else the built-in text.</summary>
    public MailTemplate AssignmentTemplate(string module)
    {
        var name = options.Templates.ForAssignment(module);
        lock (_templatesGate)
        {
            var version = store.RecordVersion;
            if (version != _templatesVersion)
            {
                var changes = _templatesVersion < 0 ? null : store.RecordChangesSince(_templatesVersion);
                if (changes is null || changes.Records.Any(k => string.Equals(k.Module, TemplatesModule, StringComparison.OrdinalIgnoreCase)))
                {
                    _templates.Clear();
                }

                _templatesVersion = changes?.Version ?? version;
            }

            if (!_templates.TryGetValue(name, out var template))
            {
                template = LoadTemplate(module, name);
                _templates[name] = template;
            }

            return template;
        }
    }

    private MailTemplate LoadTemplate(string module, string name)
    {
        // An installation that wrote its own generic record_assigned before modules had a template
        // each keeps it for them, rather than finding the built-in text back.
        var generic = options.Templates.RecordAssigned;
        var record = FindTemplate(name) ?? (name == generic ? null : FindTemplate(generic));
        if (record is null)
        {
            return DefaultTemplates.ForAssignment(module, name);
        }

        var html = record["text_only"] == "1" || string.IsNullOrWhiteSpace(record["body_html"]) ? null : record["body_html"];
        return new MailTemplate(record["name"] ?? name, record["subject"] ?? "", record["body"] ?? "", html);
    }

    private CrmRecord? FindTemplate(string name) =>
        store.FindByKey(TemplatesModule, "name", name)
            .Where(r => !r.IsDeleted)
            .OrderByDescending(r => r[CommonFields.DateModified], StringComparer.Ordinal)
            .FirstOrDefault();

    private static string QueuedDetail(MailTemplate template, RenderedMail rendered)
    {
        var source = template.BuiltIn ? $"built-in template {template.Name}" : $"EmailTemplates '{template.Name}'";
        return rendered.UnknownPlaceholders.Count == 0
            ? source
            : $"{source}; unknown placeholders left as written: {string.Join(", ", rendered.UnknownPlaceholders.Select(p => "{{" + p + "}}"))}";
    }
}
