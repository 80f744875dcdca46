using System.Globalization;
using CrmIntegration.Core.Errors;
using CrmIntegration.Core.Modules;
using CrmIntegration.Core.Records;
using CrmIntegration.Core.Security;
using CrmIntegration.Core.Storage;
using CrmIntegration.Core.Validation;

namespace CrmIntegration.Core.Services;

public sealed partial class RecordService
{
    private const string NewWithId = "new_with_id";

    /// <summary>
    /// SugarCRM's <c>set_entry</c>: with an <c>id</c> the record is updated, without one it is
    /// created. An unknown id is refused (SugarCRM silently does nothing) unless
    /// <c>new_with_id=1</c> asks to create the record under that id. <c>deleted=1</c> deletes softly.
    /// Unknown field names are ignored, as SugarCRM does; values are validated per field type.
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
            if (existing is null && !string.IsNullOrEmpty(id) && !IsTrue(input.GetValueOrDefault(NewWithId)))
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
    /// Stores a record from <see cref="PrepareNew"/> (joining the caller's transaction, if any). Its
    /// dates are taken again here, so that records appear in date order as they are stored (a
    /// partner polling "entered since" must not miss one stamped earlier but stored later), and its
    /// auto-numbers are drawn here, so a record that never gets stored does not use one up.
    /// </summary>
    /// <exception cref="InvalidOperationException">A record with its id exists already.</exception>
    public void InsertPrepared(CrmRecord record) =>
        store.InTransaction(() =>
        {
            var now = Now();
            record[CommonFields.DateEntered] = now;
            record[CommonFields.DateModified] = now;
            Insert(registry.Get(record.Module), record);
            return 0;
        });

    private CrmRecord Create(CrmUser user, ModuleDefinition module, string? id, Dictionary<string, string?> input)
    {
        var record = Build(user, module, id, input);
        Insert(module, record);
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
        var now = Now();
        record[CommonFields.DateEntered] = now;
        record[CommonFields.DateModified] = now;
        record[CommonFields.CreatedBy] = user.Id;
        record[CommonFields.ModifiedUserId] = user.Id;
        record[CommonFields.Deleted] = "0";
        if (module.FindField(CommonFields.AssignedUserId) is not null && string.IsNullOrEmpty(record[CommonFields.AssignedUserId]) && !user.IsPartner)
        {
            // SugarCRM assigns a new record to its creator; partners' leads wait for assignment.
            record[CommonFields.AssignedUserId] = user.Id;
        }

        RunRules(user, record, null, input);
        return record;
    }

    private void Insert(ModuleDefinition module, CrmRecord record)
    {
        foreach (var field in module.Fields.Where(f => f.Type == FieldType.AutoIncrement))
        {
            record[field.Name] = store.NextSequence($"{module.Name}.{field.Name}").ToString(CultureInfo.InvariantCulture);
        }

        store.Insert(record);
        AfterSave(record);
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
            if (user.IsPartner)
            {
                throw CrmException.AccessDenied("partners cannot delete leads");
            }

            record[CommonFields.Deleted] = "1";
        }

        record[CommonFields.DateModified] = Now();
        record[CommonFields.ModifiedUserId] = user.Id;
        RunRules(user, record, existing, input);
        store.Update(record);
        if (module.Audited)
        {
            store.AppendAudit(AuditTrail.Changes(module, existing, record, user.Id, clock.GetUtcNow().UtcDateTime));
        }

        AfterSave(record);
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

    private void RunRules(CrmUser user, CrmRecord record, CrmRecord? before, Dictionary<string, string?> input)
    {
        foreach (var rule in RulesFor(record.Module))
        {
            rule.BeforeSave(user, record, before, input);
        }

        var module = registry.Get(record.Module);
        if (module.Fields.FirstOrDefault(f => f.Required && string.IsNullOrWhiteSpace(record[f.Name])) is { } missing)
        {
            throw CrmException.RequiredFieldMissing(module.Name, missing.Name);
        }
    }

    private void AfterSave(CrmRecord record)
    {
        foreach (var rule in RulesFor(record.Module))
        {
            rule.AfterSave(record);
        }
    }

    private string Now() => clock.GetUtcNow().UtcDateTime.ToString(CrmFormats.DateTime, CultureInfo.InvariantCulture);

    private static bool IsTrue(string? value) => value?.Trim().ToLowerInvariant() is "1" or "true" or "yes" or "on";
}
