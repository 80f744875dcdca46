using CrmIntegration.Core.Diagnostics;
using CrmIntegration.Core.Duplicates;
using CrmIntegration.Core.Errors;
using CrmIntegration.Core.Intake.Assignment;
using CrmIntegration.Core.Modules;
using CrmIntegration.Core.Records;
using CrmIntegration.Core.Security;
using CrmIntegration.Core.Storage;
using CrmIntegration.Core.Storage.GroupCommit;

namespace CrmIntegration.Core.Intake;

/// <summary>
/// The one way a lead enters the CRM (v4_1 <c>set_entry</c>/<c>set_entries</c>, <c>LeadIntake.svc</c>,
/// later the legacy endpoint and <c>crm import</c>): a resubmitted partner reference returns the
/// first lead; the lead is validated and stored; checked against Leads, Contacts and Accounts with
/// the matching engine and blocked, flagged or let through per rule; assigned to a rep (status
/// New → Assigned) who is notified by the record write path's assignment mail. All of it is one
/// transaction, shared with concurrent submissions (group commit), and a receipt is given only
/// once that transaction is durable.
/// </summary>
public sealed class LeadIntake(
    ICrmStore store,
    RecordService records,
    DuplicateCheck duplicates,
    LeadAssigner assigner,
    GroupCommitter committer,
    IntakeOptions options)
{
    public const string Module = "Leads";

    /// <summary>Most leads one batch call may carry (<c>SubmitLeads</c>, <c>set_entries</c>).</summary>
    public const int MaxBatch = 500;

    private const string PartnerRef = "partner_ref";

    /// <summary>Submits one lead. Data and access problems come back as a Rejected receipt, never as an exception.</summary>
    public async Task<LeadReceipt> SubmitAsync(CrmUser user, IEnumerable<KeyValuePair<string, string?>> fields)
    {
        ArgumentNullException.ThrowIfNull(user);
        var values = FieldValues.Copy(fields);
        var partnerRef = values.GetValueOrDefault(PartnerRef)?.Trim();
        var started = CoreMetrics.Start(CoreMetrics.IntakeStages);
        try
        {
            if (user.IsPartner)
            {
                // Partners send leads; who works them is the CRM's decision (AssignmentOptions).
                values.Remove(CommonFields.AssignedUserId);
            }

            // Validation, normalisation and match keys run here, on the caller's thread, in parallel
            // with other submissions; the shared transaction gets a lead that only needs storing.
            var lead = records.PrepareNew(user, Module, values);

            // Brings the duplicate index up to date here, in parallel, so the check inside the shared
            // transaction has at most the last batch to catch up on, and never builds the whole index
            // (a scan of every lead) while holding the store.
            duplicates.Warm();
            CoreMetrics.Record(CoreMetrics.IntakeStages, started, CoreMetrics.StageTag, "prepare");
            var given = new GivenFields(
                Id: !string.IsNullOrWhiteSpace(values.GetValueOrDefault(CommonFields.Id)),
                Assignee: !string.IsNullOrWhiteSpace(values.GetValueOrDefault(CommonFields.AssignedUserId)));
            return await committer.RunAsync(() => Submit(user, lead, string.IsNullOrEmpty(partnerRef) ? null : partnerRef, given));
        }
        catch (CrmException error)
        {
            return new LeadReceipt(LeadOutcome.Rejected, null) { Error = error, PartnerRef = partnerRef };
        }
        catch (Exception error) when (error is ObjectDisposedException or InvalidOperationException or IOException)
        {
            // Shutting down or the store failed: this lead was not stored; say so on its receipt
            // instead of failing a batch whose other leads may already be committed.
            return new LeadReceipt(LeadOutcome.Rejected, null)
            {
                Error = CrmException.InvalidData($"the lead was not stored ({error.Message}); submit it again"),
                PartnerRef = partnerRef,
            };
        }
        finally
        {
            CoreMetrics.Record(CoreMetrics.IntakeStages, started, CoreMetrics.StageTag, "submit");
        }
    }

    /// <summary>Submits up to <see cref="MaxBatch"/> leads; one receipt each, in order; one lead's failure does not fail the others.</summary>
    /// <exception cref="CrmException">1001 when the batch is empty or larger than <see cref="MaxBatch"/>.</exception>
    public async Task<IReadOnlyList<LeadReceipt>> SubmitManyAsync(CrmUser user, IReadOnlyList<IEnumerable<KeyValuePair<string, string?>>> leads)
    {
        if (leads.Count is 0 or > MaxBatch)
        {
            throw CrmException.InvalidData($"a batch holds 1 to {MaxBatch} leads, not {leads.Count}");
        }

        return await Task.WhenAll(leads.Select(lead => SubmitAsync(user, lead)));
    }

    /// <summary>
    /// SugarCRM's <c>set_entry</c> over intake: a new Lead (no <c>id</c>, or <c>new_with_id=1</c> with an
    /// id not yet used) is submitted; anything else is a plain save. Returns the id and the warnings:
    /// first one per name that is no field of the module (ignored, as SugarCRM does; see
    /// <see cref="IgnoredFields"/>), then intake's.
    /// </summary>
    /// <exception cref="CrmException">50 a duplicate under a block rule; otherwise as <see cref="RecordService.Save"/>.</exception>
    public async Task<(string Id, IReadOnlyList<string> Warnings)> SaveEntryAsync(
        CrmUser user, string? module, IEnumerable<KeyValuePair<string, string?>> fields)
    {
        var definition = records.Module(user, module);
        var values = FieldValues.Copy(fields);
        var ignored = IgnoredFields.Warnings(definition, values.Keys);
        if (definition.Name != Module || !IsNew(values))
        {
            return (records.Save(user, definition.Name, values).Id, ignored);
        }

        var receipt = await SubmitAsync(user, values);
        return receipt.Outcome is LeadOutcome.Created or LeadOutcome.Existing
            ? (receipt.Id!, [.. ignored, .. receipt.Warnings])
            : throw receipt.Error!;
    }

    private bool IsNew(Dictionary<string, string?> values)
    {
        var id = values.GetValueOrDefault(CommonFields.Id)?.Trim();
        return string.IsNullOrEmpty(id)
            || (RecordService.AsksForNewWithId(values) && store.Get(Module, id) is null);
    }

    /// <summary>
    /// Runs inside the shared transaction; throwing rolls back this lead only. May run again when
    /// another lead of the batch fails, so it works on its own copy of the prepared lead each time.
    /// </summary>
    private LeadReceipt Submit(CrmUser user, CrmRecord prepared, string? partnerRef, GivenFields given)
    {
        var lead = prepared.Clone();

        // With several server instances on one database, another may be storing the same person or
        // partner_ref right now: from here on no other writer runs, and the checks below see all it stored.
        store.LockRecordWrites();
        if (given.Id && store.Get(Module, lead.Id) is not null)
        {
            // new_with_id with an id that another submission took meanwhile.
            throw CrmException.InvalidData($"a Leads record with id {lead.Id} exists already; to change it, send set_entry without new_with_id");
        }

        var lap = CoreMetrics.Start(CoreMetrics.IntakeStages);
        var earlier = partnerRef is null ? null : LeadSubmissions.FindOwn(store, user, partnerRef);
        lap = CoreMetrics.Record(CoreMetrics.IntakeStages, lap, CoreMetrics.StageTag, "partner_ref");
        if (earlier is not null)
        {
            return new LeadReceipt(LeadOutcome.Existing, earlier.Id)
            {
                PartnerRef = partnerRef,
                AssignedUserId = earlier[CommonFields.AssignedUserId],
                Warnings = [$"partner_ref {partnerRef} was submitted before as lead {earlier.Id}; nothing was changed"],
            };
        }

        // Checked here, not before queuing: the leads committed meanwhile, and those earlier in this
        // transaction (AddUncommitted below), are only certain to be seen from inside it.
        var matches = FindDuplicates(lead);
        lap = CoreMetrics.Record(CoreMetrics.IntakeStages, lap, CoreMetrics.StageTag, "duplicates");
        if (matches.FirstOrDefault(m => options.ActionFor(m.Rule) == DuplicateAction.Block) is { } blocking)
        {
            return new LeadReceipt(LeadOutcome.Duplicate, null)
            {
                PartnerRef = partnerRef,
                Duplicates = matches,
                Error = CrmException.Duplicate(blocking.Module, blocking.Id, $"matched by rule {blocking.Rule}, score {blocking.Score:0.#}"),
            };
        }

        // Only a rep the sender named is kept: the prepared lead of an internal sender already carries
        // that sender (SugarCRM's default owner), which the rules come before and is kept only when
        // no rule and no default team applies.
        var decision = given.Assignee ? null : assigner.Choose(lead, user);
        if (decision is not null)
        {
            lead[CommonFields.AssignedUserId] = decision.UserId;
            if (string.Equals(lead["status"], "New", StringComparison.OrdinalIgnoreCase) || string.IsNullOrEmpty(lead["status"]))
            {
                lead["status"] = "Assigned";
            }
        }

        lap = CoreMetrics.Record(CoreMetrics.IntakeStages, lap, CoreMetrics.StageTag, "assignment");

        // The write path queues the assignee's mail in this transaction, as for every write (once:
        // intake does not mail on its own).
        var mail = records.InsertPrepared(user, lead);
        duplicates.AddUncommitted(lead);
        CoreMetrics.Record(CoreMetrics.IntakeStages, lap, CoreMetrics.StageTag, "save");
        var warnings = matches.Select(m => $"possible duplicate of {m}").ToList();
        if (decision is not null && mail is { Queued: false, SkipReason: { } notNotified })
        {
            // Why (no address, opted out) is internal; a partner only learns that mail is not on its way.
            warnings.Add(user.IsPartner
                ? $"assigned to {decision.UserName}, who could not be notified by mail"
                : $"assigned to {decision.UserName}, who is not notified: {notNotified}");
        }

        return new LeadReceipt(LeadOutcome.Created, lead.Id)
        {
            PartnerRef = partnerRef,
            Duplicates = matches,
            Warnings = warnings,
            AssignedUserId = lead[CommonFields.AssignedUserId],
            AssignedUserName = decision?.UserName,
        };
    }

    /// <summary>
    /// Matches against every live Lead, Contact and Account (not only what the submitter may read:
    /// a partner's lead for an existing customer is a duplicate too), minus the rules set to Allow.
    /// </summary>
    private List<DuplicateReference> FindDuplicates(CrmRecord lead)
    {
        // With its id, so that the lead's own uncommitted entry (a retried batch) is never its duplicate.
        var values = lead.Values.ToList();
        if (!DuplicateCheck.CanMatch(Module, values))
        {
            return []; // nothing to match on (a lead with only a last name)
        }

        return duplicates.Check(UserAdministration.SystemActor, Module, values)
            .Where(m => options.ActionFor(m.Rule) != DuplicateAction.Allow)
            .Select(m => new DuplicateReference(m.Module, m.Id, m.Rule, m.Score))
            .ToList();
    }

    /// <summary>What the sender itself filled in, as opposed to defaults the prepared lead carries.</summary>
    private readonly record struct GivenFields(bool Id, bool Assignee);
}
