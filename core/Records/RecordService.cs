using CrmIntegration.Core.Errors;
using CrmIntegration.Core.Mail;
using CrmIntegration.Core.Modules;
using CrmIntegration.Core.Query;
using CrmIntegration.Core.Records.Rules;
using CrmIntegration.Core.Security;
using CrmIntegration.Core.Storage;

namespace CrmIntegration.Core.Records;

/// <summary>
/// Reading and writing module records with validation, access rules, audit fields and the audit
/// trail applied the same way for every caller (SOAP, CLI, jobs). Reads here; what callers write in
/// <c>RecordService.Write.cs</c>; the one write path every record write takes in
/// <c>RecordService.Commit.cs</c>. Without a <paramref name="notifier"/> no assignment mail is sent.
/// </summary>
public sealed partial class RecordService(
    ICrmStore store,
    ModuleRegistry registry,
    AccessPolicy access,
    IEnumerable<IRecordRules> rules,
    TimeProvider clock,
    AssignmentNotifier? notifier = null)
{
    private readonly Dictionary<string, IRecordRules[]> _rules = rules
        .GroupBy(r => r.Module, StringComparer.OrdinalIgnoreCase)
        .ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.OrdinalIgnoreCase);

    public ModuleRegistry Registry => registry;

    /// <summary>The module, if it exists and the user may use it.</summary>
    /// <exception cref="CrmException">20 unknown module; 40 not for this user.</exception>
    public ModuleDefinition Module(CrmUser user, string? name)
    {
        var module = registry.Get(name);
        access.EnsureModuleAccess(user, module);
        return module;
    }

    /// <summary>The live record, or null when it does not exist or is deleted (unless asked for).</summary>
    /// <exception cref="CrmException">40 when the user may not read it.</exception>
    public CrmRecord? Get(CrmUser user, string module, string? id, bool includeDeleted = false)
    {
        var definition = Module(user, module);
        if (string.IsNullOrEmpty(id) || store.Get(definition.Name, id) is not { } record ||
            (record.IsDeleted && !includeDeleted))
        {
            return null;
        }

        access.EnsureCanRead(user, record);
        return record;
    }

    /// <summary>A page of the records matching a SugarCRM query, in the requested order, and how many match in all.</summary>
    /// <exception cref="CrmException">40 for a refused query or module; 20 unknown module.</exception>
    public ListResult List(CrmUser user, string module, ListRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var definition = Module(user, module);
        var page = store.Query(new RecordQuery(definition.Name)
        {
            Filter = QueryParser.ParseWhere(request.Query, definition, registry),
            Order = QueryParser.ParseOrderBy(request.OrderBy, definition, registry),
            Offset = request.Skip,
            Limit = request.PageSize,
            CountTotal = true,
            IncludeDeleted = request.IncludeDeleted,
            Scope = ScopeOf(user, definition),
        });
        return new ListResult(page.Records, page.Total!.Value);
    }

    /// <summary>How many records match the query (what <c>get_entries_count</c> reports).</summary>
    public int Count(CrmUser user, string module, string? query, bool includeDeleted)
    {
        var definition = Module(user, module);
        return store.Query(new RecordQuery(definition.Name)
        {
            Filter = QueryParser.ParseWhere(query, definition, registry),
            Limit = 0,
            CountTotal = true,
            IncludeDeleted = includeDeleted,
            Scope = ScopeOf(user, definition),
        }).Total!.Value;
    }

    /// <summary>
    /// Every record the user may read that matches <paramref name="where"/>, oldest first; the store
    /// finds them through its indexes where the user's read scope or the query allows.
    /// </summary>
    public IEnumerable<CrmRecord> Matching(CrmUser user, ModuleDefinition module, QueryExpression? where, bool includeDeleted)
    {
        ArgumentNullException.ThrowIfNull(module);
        return store.Query(new RecordQuery(module.Name) { Filter = where, IncludeDeleted = includeDeleted, Scope = ScopeOf(user, module) }).Records;
    }

    /// <summary>The fields a reader gets: the selected ones (all when none), never sensitive ones.</summary>
    public static IReadOnlyList<KeyValuePair<string, string?>> Project(
        ModuleDefinition module, CrmRecord record, IReadOnlyCollection<string>? selectFields)
    {
        var fields = selectFields is { Count: > 0 }
            ? selectFields.Select(module.FindField).OfType<FieldDefinition>()
            : module.Fields;
        return fields
            .Where(f => !f.Sensitive)
            .DistinctBy(f => f.Name)
            .Select(f => new KeyValuePair<string, string?>(f.Name, record[f.Name] ?? (f.Name == CommonFields.Id ? record.Id : "")))
            .ToList();
    }

    /// <summary>The access policy's read scope as the store takes it: what a partner may see, pushed down with the query.</summary>
    private ReadScope? ScopeOf(CrmUser user, ModuleDefinition module) =>
        access.ReadScope(user, module) is { } scope ? new ReadScope(scope.Field, scope.Value) : null;

    private IRecordRules[] RulesFor(string module) => _rules.GetValueOrDefault(module) ?? [];
}
