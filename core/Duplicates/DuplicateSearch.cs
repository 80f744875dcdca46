using System.Diagnostics;
using CrmIntegration.Core.Errors;
using CrmIntegration.Core.Matching;
using CrmIntegration.Core.Modules;
using CrmIntegration.Core.Records;
using CrmIntegration.Core.Storage;

namespace CrmIntegration.Core.Duplicates;

/// <summary>
/// Finds duplicates in a module of the store: loads its records, runs <see cref="RecordClustering"/>,
/// then checks each record against existing records of other modules with
/// <see cref="CandidateMatcher"/>, so a lead that is already a customer is reported too. The one
/// place both the <c>crm dedupe</c> commands and the SOAP API search from. Which modules, and which
/// records take part (converted leads do not): <see cref="DuplicateModules"/>.
/// </summary>
public sealed class DuplicateSearch(ICrmStore store, ModuleRegistry registry)
{
    private const int ProgressEvery = 1000;

    /// <summary>
    /// Leads are checked against Contacts and Accounts unless told otherwise: a lead whose person is
    /// a contact, or whose company is an account, is already a customer. Other modules against none.
    /// </summary>
    public static IReadOnlyList<string> DefaultAgainst(string module) =>
        string.Equals(module, "Leads", StringComparison.OrdinalIgnoreCase) ? ["Contacts", "Accounts"] : [];

    /// <summary>The module's canonical name, or a fault when duplicates cannot be searched in it.</summary>
    /// <exception cref="CrmException">20 unknown module; 1001 a module the engine cannot compare.</exception>
    public string RequireSearchable(string module)
    {
        var name = registry.Get(module).Name;
        return DuplicateModules.Contains(name)
            ? name
            : throw CrmException.CannotSearchDuplicates(name, DuplicateModules.All);
    }

    /// <summary>Runs the search; <paramref name="progress"/> hears each phase as it goes.</summary>
    /// <exception cref="CrmException">As <see cref="RequireSearchable"/>, for the module and each against module.</exception>
    public DuplicateSearchResult Run(DuplicateSearchRequest request, MatchingOptions options,
        IProgress<DuplicateSearchProgress>? progress = null, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(options);
        var clock = Stopwatch.StartNew();
        var module = RequireSearchable(request.Module);
        var against = request.Against.Select(RequireSearchable).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (against.Contains(module, StringComparer.OrdinalIgnoreCase))
        {
            throw CrmException.InvalidData($"{module} records are already compared with each other; compare them against other modules");
        }

        // The other modules load first, so each record is checked against them as it streams past
        // once: reading the store, not matching, is what a search spends its time on.
        var matcher = against.Count > 0 ? ExistingRecords(against, options, progress, cancellation) : null;
        var existing = new List<(string Id, IReadOnlyList<MatchCandidate> Matches)>();
        var records = Load(module, $"Loading {module}", progress, cancellation, then: $"Comparing {module}");
        if (matcher is not null)
        {
            var gate = new Lock();
            records = records.Select(record =>
            {
                // The finder's parallel profiling pulls records under its own lock; this one keeps
                // the matcher (not thread-safe) safe should that ever change.
                lock (gate)
                {
                    if (!record.IsDeleted && !DuplicateModules.IsHistory(record) && matcher.Match(record) is { Count: > 0 } matches)
                    {
                        existing.Add((record.Id, matches));
                    }
                }

                return record;
            });
        }

        var found = Find(records, request.Rules, options, cancellation);
        var groups = found.Groups.Select(g => new DuplicateSearchGroup(g.Number, module,
            g.Members.Select(m => new DuplicateSearchMember(module, m.Id, m.Score, m.Rule)).ToList())).ToList();
        return new DuplicateSearchResult(module, request.Rules.ToString(), against, AddExisting(module, groups, existing), found.Stats, clock.Elapsed);
    }

    private static ClusteringResult Find(IEnumerable<CrmRecord> records, RuleSet rules, MatchingOptions options, CancellationToken cancellation)
    {
        try
        {
            return RecordClustering.Find(records, rules, options);
        }
        catch (AggregateException e) when (cancellation.IsCancellationRequested && e.InnerExceptions.All(x => x is OperationCanceledException))
        {
            // The finder profiles in parallel, which wraps the loader's cancellation.
            throw new OperationCanceledException(cancellation);
        }
    }

    /// <summary>The records of the other modules, indexed; null when there are none to compare with.</summary>
    private CandidateMatcher? ExistingRecords(List<string> against, MatchingOptions options,
        IProgress<DuplicateSearchProgress>? progress, CancellationToken cancellation)
    {
        var matcher = new CandidateMatcher(options, against);
        // Accounts always load: a contact's company is its account's name.
        var modules = against.Contains("Accounts", StringComparer.OrdinalIgnoreCase) ? against : [.. against, "Accounts"];
        foreach (var module in modules)
        {
            matcher.AddRange(Load(module, $"Loading {module}", progress, cancellation));
        }

        return matcher.Count > 0 ? matcher : null;
    }

    /// <summary>Adds what each record duplicates to its group, or makes a group of the record and what it duplicates.</summary>
    private static List<DuplicateSearchGroup> AddExisting(string module, List<DuplicateSearchGroup> groups,
        List<(string Id, IReadOnlyList<MatchCandidate> Matches)> existing)
    {
        var groupOf = groups.SelectMany(g => g.Members.Select(m => (m.Id, Group: g))).ToDictionary(x => x.Id, x => x.Group, StringComparer.Ordinal);
        var extra = new Dictionary<int, List<DuplicateSearchMember>>();
        var alone = new List<List<DuplicateSearchMember>>();
        foreach (var (id, matches) in existing)
        {
            var members = matches.Select(m => new DuplicateSearchMember(m.Module, m.Id, m.Score, m.Rule)).ToList();
            if (groupOf.TryGetValue(id, out var group))
            {
                extra.TryAdd(group.Number, []);
                extra[group.Number].AddRange(members);
            }
            else
            {
                alone.Add([new DuplicateSearchMember(module, id, members[0].Score, members[0].Rule), .. members]);
            }
        }

        var result = groups.Select(g => extra.TryGetValue(g.Number, out var more) ? g with { Members = [.. g.Members, .. Best(more)] } : g).ToList();
        alone.Sort(static (x, y) => x.Count != y.Count ? y.Count.CompareTo(x.Count) : string.CompareOrdinal(x[0].Id, y[0].Id));
        result.AddRange(alone.Select((members, i) => new DuplicateSearchGroup(groups.Count + i + 1, module, [members[0], .. Best(members.Skip(1))])));
        return result;
    }

    /// <summary>One entry per existing record (several members may match it), best score first.</summary>
    private static IEnumerable<DuplicateSearchMember> Best(IEnumerable<DuplicateSearchMember> members) =>
        members.GroupBy(m => (m.Module, m.Id))
            .Select(g => g.MaxBy(m => m.Score)!)
            .OrderByDescending(m => m.Score)
            .ThenBy(m => m.Module, StringComparer.Ordinal)
            .ThenBy(m => m.Id, StringComparer.Ordinal);

    /// <summary>
    /// Streams a module's records, reporting every thousand, stopping on cancellation; at the end it
    /// announces <paramref name="then"/>, the phase its consumer goes on with.
    /// </summary>
    private IEnumerable<CrmRecord> Load(string module, string phase, IProgress<DuplicateSearchProgress>? progress,
        CancellationToken cancellation, string? then = null)
    {
        long total = store.Count(module);
        long done = 0;
        progress?.Report(new DuplicateSearchProgress(phase, 0, total));
        foreach (var record in store.Scan(module))
        {
            cancellation.ThrowIfCancellationRequested();
            if (++done % ProgressEvery == 0)
            {
                progress?.Report(new DuplicateSearchProgress(phase, done, total));
            }

            yield return record;
        }

        progress?.Report(new DuplicateSearchProgress(phase, done, total));
        if (then is not null)
        {
            progress?.Report(new DuplicateSearchProgress(then, 0, null));
        }
    }
}
