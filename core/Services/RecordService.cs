using CrmIntegration.Core.Errors;
using CrmIntegration.Core.Mail;
using CrmIntegration.Core.Modules;
using CrmIntegration.Core.Query;
using CrmIntegration.Core.Records;
using CrmIntegration.Core.Security;
using CrmIntegration.Core.Services.Rules;
using CrmIntegration.Core.Storage;

namespace CrmIntegration.Core.Services;

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

    /// <summary>A page of the records matching a SugarCRM query, in the requested order.</summary>
    /// <exception cref="CrmException">40 for a refused query or module; 20 unknown module.</exception>
    public ListResult List(CrmUser user, string module, ListRequest request)
    {
        var definition = Module(user, module);
        var where = QueryParser.ParseWhere(request.Query, definition, registry);
        var order = QueryParser.ParseOrderBy(request.OrderBy, definition, registry);
        var matches = Matching(user, definition, where, request.IncludeDeleted).ToList();
        matches.Sort(order.Count > 0 ? RecordOrder.Compare(order) : OldestFirst);
        var page = matches.Skip(request.Skip).Take(request.PageSize).ToList();
        return new ListResult(page, matches.Count);
    }

    /// <summary>How many records match the query (what <c>get_entries_count</c> reports).</summary>
    public int Count(CrmUser user, string module, string? query, bool includeDeleted)
    {
        var definition = Module(user, module);
        var where = QueryParser.ParseWhere(query, definition, registry);
        return Matching(user, definition, where, includeDeleted).Count();
    }

    /// <summary>
    /// Records the user may read that match <paramref name="where"/>. Candidates come from an
    /// index when the user's read scope or the query allows it, otherwise from a scan.
    /// </summary>
    public IEnumerable<CrmRecord> Matching(CrmUser user, ModuleDefinition module, QueryExpression? where, bool includeDeleted)
    {
        IEnumerable<CrmRecord> candidates;
        if (access.ReadScope(user, module) is { } scope)
        {
            candidates = store.FindByKey(module.Name, scope.Field, scope.Value);
        }
        else if (QueryPlanner.FindIndexHint(where, module) is { } hint)
        {
            candidates = hint.Fields
                .SelectMany(f => hint.Values.SelectMany(v => store.FindByKey(module.Name, f, v)))
                .DistinctBy(r => r.Id);
        }
        else
        {
            candidates = store.Scan(module.Name);
        }

        return candidates.Where(r =>
            (includeDeleted || !r.IsDeleted) && (where is null || where.Matches(r)) && access.CanRead(user, r));
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

    private static int OldestFirst(CrmRecord a, CrmRecord b)
    {
        var byDate = string.CompareOrdinal(a[CommonFields.DateEntered], b[CommonFields.DateEntered]);
        return byDate != 0 ? byDate : string.CompareOrdinal(a.Id, b.Id);
    }

    private IRecordRules[] RulesFor(string module) => _rules.GetValueOrDefault(module) ?? [];
}
