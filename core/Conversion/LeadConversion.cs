using CrmIntegration.Core.Duplicates;
using CrmIntegration.Core.Errors;
using CrmIntegration.Core.Modules;
using CrmIntegration.Core.Records;
using CrmIntegration.Core.Relationships;
using CrmIntegration.Core.Security;
using CrmIntegration.Core.Storage;

namespace CrmIntegration.Core.Conversion;

/// <summary>
/// Converts a lead into a contact and an account (created, or existing ones linked) and optionally
/// an opportunity, the way SugarCRM's convert view does, in one store transaction: the records,
/// their links, the moved activities and the lead's new status land together or not at all.
/// Records are written through <see cref="RecordService"/>, so validation, module rules
/// (probability from the sales stage), the audit trail and assignment mail apply as for any save;
/// the activities that move are written through its write path too.
/// Targets (prospects) convert into leads: <c>LeadConversion.Prospects.cs</c>.
/// </summary>
public sealed partial class LeadConversion(
    ICrmStore store, ModuleRegistry registry, RecordService records, RelationshipService relationships, AccessPolicy access,
    DuplicateCheck duplicates)
{
    private const string Leads = "Leads";
    private const string Contacts = "Contacts";
    private const string Accounts = "Accounts";
    private const string Opportunities = "Opportunities";

    private readonly ConversionMatcher _matcher = new(duplicates);
    private readonly ActivityMover _mover = new(store, registry, records);

    /// <summary>Converts the lead; see the class summary.</summary>
    /// <exception cref="CrmException">
    /// 1001 unknown lead or linked id, already converted, a bad option or value (naming it);
    /// 40 partners, or a lead the user may not edit; 50 several existing records match (pass the id).
    /// </exception>
    public LeadConversionResult Convert(CrmUser user, LeadConversionRequest request)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(request);
        request.Check();
        return store.InTransaction(() => ConvertInTransaction(user, request));
    }

    /// <summary>
    /// The dry run: converts inside a transaction, then rolls it back, so the answer says exactly what
    /// <see cref="Convert"/> would do now (ids of created records are not kept). Not for use inside
    /// another transaction, which the roll-back would end too.
    /// </summary>
    /// <exception cref="CrmException">As <see cref="Convert"/>.</exception>
    public LeadConversionResult Preview(CrmUser user, LeadConversionRequest request)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(request);
        request.Check();
        return RolledBack(() => ConvertInTransaction(user, request));
    }

    private LeadConversionResult ConvertInTransaction(CrmUser user, LeadConversionRequest request)
    {
        var lead = records.Get(user, Leads, request.LeadId) ?? throw CrmException.NoSuchRecord(Leads, request.LeadId);
        access.EnsureCanConvert(user, lead);
        if (ConvertedLeads.IsConverted(lead))
        {
            throw CrmException.AlreadyConverted(Leads, lead.Id, PersonName(lead),
                $"contact {Show(lead["contact_id"])}, account {Show(lead["account_id"])}");
        }

        var existingContact = FindContact(user, lead, request);
        var (account, accountCreated) = ResolveAccount(user, lead, request, existingContact);
        var contact = existingContact ?? Create(user, lead, Contacts, ConversionFields.LeadToContact, ("account_id", account.Id));
        if (existingContact is not null && string.IsNullOrEmpty(existingContact["account_id"]))
        {
            records.Save(user, Contacts, [new(CommonFields.Id, contact.Id), new("account_id", account.Id)]);
        }

        var opportunity = request.CreateOpportunity ? CreateOpportunity(user, lead, request, account, contact) : null;
        var moved = _mover.Move(user, lead, Contacts, contact.Id);
        records.Save(user, Leads,
        [
            new(CommonFields.Id, lead.Id), new("status", "Converted"), new("converted", "1"),
            new("contact_id", contact.Id), new("account_id", account.Id), new("opportunity_id", opportunity?.Id ?? ""),
        ]);
        return new LeadConversionResult(lead.Id, contact.Id, existingContact is null, account.Id, accountCreated, opportunity?.Id, moved);
    }

    private CrmRecord? FindContact(CrmUser user, CrmRecord lead, LeadConversionRequest request)
    {
        if (request.ContactId is { } id)
        {
            return Existing(user, Contacts, "contact_id", id);
        }

        return request.MatchExisting ? _matcher.Contact(user, ConversionFields.Copy(lead, ConversionFields.LeadToContact)) : null;
    }

    /// <summary>
    /// The account, in order: the one the caller names; the linked contact's own account; the one the
    /// lead was already linked to; the one the engine finds by company name; a new one.
    /// </summary>
    private (CrmRecord Account, bool Created) ResolveAccount(CrmUser user, CrmRecord lead, LeadConversionRequest request, CrmRecord? contact)
    {
        var contactAccount = contact?["account_id"] is { Length: > 0 } a ? a : null;
        if (request.AccountId is { } id)
        {
            var chosen = Existing(user, Accounts, "account_id", id);
            if (contactAccount is not null && contactAccount != chosen.Id)
            {
                throw CrmException.ContactOfOtherAccount(contact!.Id, contactAccount, chosen.Id);
            }

            return (chosen, false);
        }

        if (contactAccount is not null)
        {
            return (Existing(user, Accounts, "contact_id's account_id", contactAccount), false);
        }

        if (lead["account_id"] is { Length: > 0 } linked)
        {
            return (Existing(user, Accounts, "Leads.account_id", linked), false);
        }

        var name = request.AccountName ?? lead["account_name"];
        if (request.MatchExisting && _matcher.Account(user, name) is { } matched)
        {
            return (matched, false);
        }

        if (string.IsNullOrWhiteSpace(name))
        {
            throw CrmException.ConversionOptionInvalid("account_name",
                "is required: the lead has no account_name; pass account_name, or account_id to link an existing account");
        }

        return (Create(user, lead, Accounts, ConversionFields.LeadToAccount, ("name", name)), true);
    }

    private CrmRecord CreateOpportunity(CrmUser user, CrmRecord lead, LeadConversionRequest request, CrmRecord account, CrmRecord contact)
    {
        var opportunity = Create(user, lead, Opportunities, ConversionFields.LeadToOpportunity,
            ("name", request.OpportunityName ?? NonEmpty(lead["opportunity_name"]) ?? account["name"]),
            ("amount", request.OpportunityAmount ?? NonEmpty(lead["opportunity_amount"])),
            ("sales_stage", request.SalesStage ?? SalesStages.Prospecting),
            ("date_closed", request.DateClosed),
            ("account_id", account.Id));
        var link = relationships.SetRelationship(user, Opportunities, opportunity.Id, "contacts", [contact.Id]);
        if (link.Failed > 0)
        {
            throw CrmException.AccessDenied($"Contacts record {contact.Id} cannot be linked to the new opportunity");
        }

        return opportunity;
    }

    /// <summary>A new record with the copied fields, the given values, and the lead's assignee (as SugarCRM's new beans inherit it).</summary>
    private CrmRecord Create(CrmUser user, CrmRecord lead, string module, IReadOnlyList<(string Target, string Source)> map,
        params (string Field, string? Value)[] values)
    {
        var fields = FieldValues.Copy(ConversionFields.Copy(lead, map));

        foreach (var (name, value) in values)
        {
            fields[name] = value;
        }

        if (NonEmpty(lead[CommonFields.AssignedUserId]) is { } owner)
        {
            fields[CommonFields.AssignedUserId] = owner;
        }

        return records.Save(user, module, fields);
    }

    /// <summary>A live record the user may read, named by an option; anything else is 1001 naming the option.</summary>
    private CrmRecord Existing(CrmUser user, string module, string option, string id)
    {
        var record = store.Get(module, id.Trim());
        if (record is null || record.IsDeleted || !access.CanRead(user, record))
        {
            throw CrmException.NoSuchLinkedRecord(option, module, id);
        }

        return record;
    }

    private T RolledBack<T>(Func<T> work)
    {
        var result = default(T);
        try
        {
            store.InTransaction<int>(() =>
            {
                result = work();
                throw new PreviewRollback();
            });
        }
        catch (PreviewRollback)
        {
            // The transaction was rolled back, as intended; the result was taken before.
        }

        return result!;
    }

    private static string PersonName(CrmRecord person) =>
        string.Join(' ', new[] { person["first_name"], person["last_name"] }.Where(p => !string.IsNullOrWhiteSpace(p)));

    private static string Show(string? id) => string.IsNullOrEmpty(id) ? "none" : id;

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;

    /// <summary>Ends a dry run's transaction; never escapes <see cref="RolledBack{T}"/>.</summary>
    private sealed class PreviewRollback : Exception;
}
