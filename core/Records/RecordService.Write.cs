using CrmIntegration.Core.Errors;
using CrmIntegration.Core.Mail;
using CrmIntegration.Core.Modules;
using CrmIntegration.Core.Security;
using CrmIntegration.Core.Validation;

namespace CrmIntegration.Core.Records;

public sealed partial class RecordService
{
    /// <summary>The instruction that creates a record under the <c>id</c> given rather than refusing an unknown one.</summary>
    public const string NewWithId = "new_with_id";

    /// <summary>Whether <paramref name="input"/> carries <c>new_with_id</c> set (1, true, yes or on, as SugarCRM's boolean fields).</summary>
    internal static bool AsksForNewWithId(IReadOnlyDictionary<string, string?> input) => IsTrue(input.GetValueOrDefault(NewWithId));

    /// <summary>
    /// SugarCRM's <c>set_entry</c>: with an <c>id</c> the record is updated, without one it is
    /// created. An unknown id is refused (SugarCRM silently does nothing) unless
    /// <c>new_with_id=1</c> asks to create the record under that id. <c>deleted=1</c> deletes softly.
    /// Unknown field names are ignored, as SugarCRM does; values are validated per field type.
    /// The write takes the one record write path (<c>RecordService.Commit.cs</c>): audit trail,
    /// change sequence and assignment mail included.
    /// </summary>
    /// <exception cref="CrmException">1001 invalid or missing data, naming the field; 40 not allowed; 20 unknown module.</exception>
    public CrmRecord Save(CrmUser user, string module, IEnumerable<KeyValuePair<string, string?>> values)
    {
        var definition = Module(user, module);
        var input = FieldValues.Copy(values);

        var id = input.GetValueOrDefault(CommonFields.Id)?.Trim();
        return store.InTransaction(() =>
        {
            var existing = string.IsNullOrEmpty(id) ? null : store.Get(definition.Name, id);
            if (existing is null && !string.IsNullOrEmpty(id) && !AsksForNewWithId(input))
            {
                throw CrmException.UnknownRecord(definition.Name, id);
            }

            return existing is null ? Create(user, definition, id, input) : Update(user, definition, existing, input);
        });
    }

    /// <summary>
    /// Builds a new record exactly as <see cref="Save"/> would create it (id, defaults, validated and
    /// normalised values, rules, required fields) without touching the store, so that the work can be
    /// done outside a shared transaction; <see cref="InsertPrepared"/> then stores it.
    /// </summary>
    /// <exception cref="CrmException">1001 invalid or missing data, naming the field; 40 not allowed; 20 unknown module.</exception>
    public CrmRecord PrepareNew(CrmUser user, string module, IEnumerable<KeyValuePair<string, string?>> values)
    {
        var definition = Module(user, module);
        var input = FieldValues.Copy(values);

        return Build(user, definition, input.GetValueOrDefault(CommonFields.Id)?.Trim(), input);
    }

    /// <summary>
    /// Stores a record from <see cref="PrepareNew"/> by <paramref name="user"/> (joining the caller's
    /// transaction, if any), through the write path without running the rules again: they ran when
    /// it was prepared. Its dates are taken again here, so that records appear in date order as they
    /// are stored (a partner polling "entered since" must not miss one stamped earlier but stored
    /// later), and its auto-numbers are drawn here, so a record that never gets stored does not use
    /// one up. Returns what the assignment mail did: null when none was due (the assignee is the
    /// user, nobody, or notifications are off), otherwise queued or skipped and why.
    /// </summary>
    /// <exception cref="InvalidOperationException">A record with its id exists already.</exception>
    public NotificationOutcome? InsertPrepared(CrmUser user, CrmRecord record)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(record);
        return store.InTransaction(() =>
        {
            var now = clock.GetUtcNow().UtcDateTime;
            var stamp = Stamp(now);
            record[CommonFields.DateEntered] = stamp;
            record[CommonFields.DateModified] = stamp;
            return Commit(user, registry.Get(record.Module), null, record, now, []);
        });
    }

    private CrmRecord Create(CrmUser user, ModuleDefinition module, string? id, Dictionary<string, string?> input)
    {
        var record = Build(user, module, id, input);
        Commit(user, module, null, record, clock.GetUtcNow().UtcDateTime, []);
        return record;
    }

    private CrmRecord Build(CrmUser user, ModuleDefinition module, string? id, Dictionary<string, string?> input)
    {
        access.EnsureCanCreate(user, module);
        var record = new CrmRecord(module.Name);
        record.Id = string.IsNullOrEmpty(id)
            // Time-ordered (version 7): a new record's id lands at the end of the id index instead of
            // on a random page of it, one index page fewer written per insert.
            ? Guid.CreateVersion7().ToString()
            : FieldValueNormalizer.Normalize(module, module.FindField(CommonFields.Id)!, id)!;
        foreach (var field in module.Fields.Where(f => f.DefaultValue is not null))
        {
            record[field.Name] = field.DefaultValue;
        }

        Apply(module, record, input);
        Stamp(record, user, clock.GetUtcNow().UtcDateTime, creating: true);
        record[CommonFields.Deleted] = "0";
        if (module.FindField(CommonFields.AssignedUserId) is not null && string.IsNullOrEmpty(record[CommonFields.AssignedUserId]) && !user.IsPartner)
        {
            // SugarCRM assigns a new record to its creator; partners' leads wait for assignment.
            record[CommonFields.AssignedUserId] = user.Id;
        }

        RunRules(user, record, null, input);
        EnsureRequired(module, record);
        return record;
    }

    private CrmRecord Update(CrmUser user, ModuleDefinition module, CrmRecord existing, Dictionary<string, string?> input)
    {
        access.EnsureModuleAccess(user, module);
        access.EnsureCanRead(user, existing);
        access.EnsureCanEdit(user, existing);
        if (existing.IsDeleted)
        {
            throw CrmException.InvalidData($"{module.Name} record {existing.Id} has been deleted and cannot be changed");
        }

        var record = existing.Clone();
        Apply(module, record, input);
        if (IsTrue(input.GetValueOrDefault(CommonFields.Deleted)))
        {
            access.EnsureCanDelete(user, existing);
            record[CommonFields.Deleted] = "1";
        }

        var now = clock.GetUtcNow().UtcDateTime;
        Stamp(record, user, now, creating: false);
        RunRules(user, record, existing, input);
        EnsureRequired(module, record);
        Commit(user, module, existing, record, now, []);
        return record;
    }

    private static void Apply(ModuleDefinition module, CrmRecord record, Dictionary<string, string?> input)
    {
        foreach (var (name, value) in input)
        {
            if (module.FindField(name) is not { System: false } field || field.Name is CommonFields.Id or CommonFields.Deleted)
            {
                continue;
            }

            record[field.Name] = FieldValueNormalizer.Normalize(module, field, value);
        }
    }

    /// <summary>Required fields are the caller's to give; checked on what a caller sends, after the rules filled what they fill.</summary>
    private static void EnsureRequired(ModuleDefinition module, CrmRecord record)
    {
        if (module.Fields.FirstOrDefault(f => f.Required && string.IsNullOrWhiteSpace(record[f.Name])) is { } missing)
        {
            throw CrmException.RequiredFieldMissing(module.Name, missing.Name);
        }
    }

    private static bool IsTrue(string? value) => value?.Trim().ToLowerInvariant() is "1" or "true" or "yes" or "on";
}
