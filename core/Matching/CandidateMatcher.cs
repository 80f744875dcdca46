using CrmIntegration.Core.Duplicates;
using CrmIntegration.Core.Records;

namespace CrmIntegration.Core.Matching;

/// <summary>
/// Checks one candidate record (a name_value_list from SOAP, a row being imported) against existing
/// records of the target modules (by default <see cref="DuplicateModules.All"/>), each with the rules
/// configured for that module: a lead that is already a contact or whose company is already an
/// account is a duplicate too. Converted leads are never added (<see cref="DuplicateModules.IsHistory"/>).
/// Build it once from the store, then ask per record.
/// </summary>
public sealed class CandidateMatcher
{
    private readonly MatchingOptions _options;
    private readonly Dictionary<string, RuleSet> _rules = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, string> _accountNames = new(StringComparer.Ordinal);
    private readonly MatchProfileFactory _factory;
    private readonly MatchIndex _index;

    public CandidateMatcher(MatchingOptions? options = null, IEnumerable<string>? targets = null)
    {
        _options = options ?? new MatchingOptions();
        foreach (var module in targets ?? DuplicateModules.All)
        {
            _rules[module] = _options.RulesFor(module);
        }

        _factory = new MatchProfileFactory(accountName: id => _accountNames.GetValueOrDefault(id));
        _index = new MatchIndex(_rules.Values.SelectMany(r => r.BlockingKeys));
    }

    public int Count => _index.Count;

    /// <summary>Adds existing records; accounts first, so contacts can carry their account's name.</summary>
    public void AddRange(IEnumerable<CrmRecord> records)
    {
        ArgumentNullException.ThrowIfNull(records);
        var list = records.Where(r => (_options.IncludeDeleted || !r.IsDeleted) && !DuplicateModules.IsHistory(r)).ToList();
        foreach (var account in list.Where(r => IsAccount(r.Module)))
        {
            if (!string.IsNullOrEmpty(account["name"]))
            {
                _accountNames[account.Id] = account["name"]!;
            }
        }

        foreach (var record in list.Where(r => _rules.ContainsKey(r.Module)))
        {
            _index.Add(_factory.Create(record));
        }
    }

    public IReadOnlyList<MatchCandidate> Match(string module, IEnumerable<KeyValuePair<string, string?>> nameValueList) =>
        Match(new CrmRecord(module, nameValueList));

    /// <summary>Existing records the candidate would duplicate, best first, across every target module.</summary>
    public IReadOnlyList<MatchCandidate> Match(CrmRecord candidate)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        var profile = _factory.Create(candidate);
        var result = new List<MatchCandidate>();
        foreach (var (module, rules) in _rules)
        {
            foreach (var match in _index.Query(profile, rules, _options.MaxBlockSize, module))
            {
                result.Add(new MatchCandidate(match.Profile.Module, match.Profile.Id, Math.Round(match.Score, 2), match.Rule));
            }
        }

        result.Sort(static (x, y) => y.Score.CompareTo(x.Score));
        return result;
    }

    private static bool IsAccount(string module) => string.Equals(module, "Accounts", StringComparison.OrdinalIgnoreCase);
}
