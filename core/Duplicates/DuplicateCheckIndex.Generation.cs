using CrmIntegration.Core.Matching;
using CrmIntegration.Core.Records;
using CrmIntegration.Core.Storage;

namespace CrmIntegration.Core.Duplicates;

internal sealed partial class DuplicateCheckIndex
{
    private const string Accounts = "Accounts";
    private const string Contacts = "Contacts";
    private const string AccountName = "account_name";
    private const string AccountId = "account_id";

    /// <summary>
    /// One matcher and what it holds: for each record the index id of its current version and that
    /// version's match keys, and the account names contacts take their company from. Writers
    /// (<see cref="Apply"/>) take the write lock, checks the read lock; neither calls the store.
    /// </summary>
    private sealed class Generation(MatchingOptions options, long version)
    {
        // Targets in a matcher of their own: bought lists can be large, and in a shared one they would
        // fill the blocks (a block over MaxBlockSize is skipped) and shift the key frequencies that
        // every lead check reads, though no lead is ever compared with them.
        private readonly CandidateMatcher _matcher = new(options, DuplicateModules.All.Where(m => !DuplicateModules.IsTargets(m)));
        private readonly CandidateMatcher _targets = new(options, DuplicateModules.All.Where(DuplicateModules.IsTargets));
        private readonly MatchProfileFactory _keys = new();
        private readonly Dictionary<RecordKey, (string IndexId, string Signature)> _entries = [];
        private readonly Dictionary<string, RecordKey> _live = new(StringComparer.Ordinal);
        private readonly Dictionary<string, string> _accountNames = new(StringComparer.Ordinal);
        private readonly Dictionary<string, string> _contactAccount = new(StringComparer.Ordinal);
        private readonly ReaderWriterLockSlim _gate = new();
        private long _version = version;
        private long _serial;
        private int _stale;

        public long Version => Interlocked.Read(ref _version);

        public int Count => _matcher.Count + _targets.Count;

        /// <summary>Superseded versions are a tenth of the index: they skew frequencies and block sizes.</summary>
        public bool NeedsRebuild => Volatile.Read(ref _stale) > Math.Max(1_000, Count / 10);

        public IReadOnlyList<(RecordKey Key, double Score, string Rule)> Match(CrmRecord candidate)
        {
            RecordKey? self = string.IsNullOrEmpty(candidate.Id) ? null : new RecordKey(candidate.Module, candidate.Id);
            var result = new List<(RecordKey, double, string)>();
            var seen = new HashSet<RecordKey>();
            _gate.EnterReadLock();
            try
            {
                var profiled = WithCompany(candidate.Clone());
                IEnumerable<MatchCandidate> hits = DuplicateModules.IsTargets(candidate.Module)
                    ? _matcher.Match(profiled).Concat(_targets.Match(profiled)).OrderByDescending(h => h.Score)
                    : _matcher.Match(profiled);
                foreach (var hit in hits)
                {
                    if (_live.TryGetValue(hit.Id, out var key) && key != self && seen.Add(key))
                    {
                        result.Add((key, hit.Score, hit.Rule));
                    }
                }
            }
            finally
            {
                _gate.ExitReadLock();
            }

            return result;
        }

        /// <summary>Contacts whose company may have changed with these writes: those of accounts written.</summary>
        public IReadOnlyList<string> ContactsOfChangedAccounts(IReadOnlyDictionary<RecordKey, CrmRecord?> written)
        {
            var accounts = written.Keys.Where(k => k.Module == Accounts).Select(k => k.Id).ToHashSet(StringComparer.Ordinal);
            if (accounts.Count == 0)
            {
                return [];
            }

            _gate.EnterReadLock();
            try
            {
                return _contactAccount.Where(p => accounts.Contains(p.Value)).Select(p => p.Key).ToList();
            }
            finally
            {
                _gate.ExitReadLock();
            }
        }

        /// <summary>
        /// Brings the index from <paramref name="from"/> to <paramref name="to"/> with the current values
        /// of the records written in between (null or deleted: gone). Does nothing when another
        /// thread has moved the generation on meanwhile; the caller then reads the log again.
        /// </summary>
        public void Apply(long from, long to, IReadOnlyDictionary<RecordKey, CrmRecord?> written)
        {
            _gate.EnterWriteLock();
            try
            {
                if (_version != from)
                {
                    return;
                }

                foreach (var (key, record) in written)
                {
                    var live = record is not null && TakesPart(record) ? record : null;
                    if (key.Module == Accounts)
                    {
                        Set(_accountNames, key.Id, live?["name"]);
                    }
                    else if (key.Module == Contacts)
                    {
                        Set(_contactAccount, key.Id, live?[AccountId]);
                    }
                }

                var added = new List<CrmRecord>();
                foreach (var (key, record) in written)
                {
                    var indexed = record is not null && TakesPart(record) ? WithCompany(record.Clone()) : null;
                    var signature = indexed is null ? "" : Signature(indexed);
                    if (_entries.TryGetValue(key, out var old))
                    {
                        if (old.Signature == signature)
                        {
                            continue;
                        }

                        _entries.Remove(key);
                        _live.Remove(old.IndexId);
                        _stale++;
                    }

                    if (indexed is null || signature.Length == 0)
                    {
                        continue;
                    }

                    // The matcher cannot forget a profile, so each version gets an id of its own.
                    indexed.Id = "\u0001" + (++_serial).ToString(System.Globalization.CultureInfo.InvariantCulture);
                    _entries[key] = (indexed.Id, signature);
                    _live[indexed.Id] = key;
                    added.Add(indexed);
                }

                _matcher.AddRange(added.Where(r => !DuplicateModules.IsTargets(r.Module)));
                _targets.AddRange(added.Where(r => DuplicateModules.IsTargets(r.Module)));
                Interlocked.Exchange(ref _version, to);
            }
            finally
            {
                _gate.ExitWriteLock();
            }
        }

        /// <summary>A live record that is not history (a converted lead leaves the index as a deleted one does).</summary>
        public static bool TakesPart(CrmRecord record) => !record.IsDeleted && !DuplicateModules.IsHistory(record);

        /// <summary>
        /// A contact's company is its account's name. The matcher would look the account up by id,
        /// but here accounts are indexed under version ids, so the name is filled in beforehand.
        /// </summary>
        private CrmRecord WithCompany(CrmRecord record)
        {
            if (record.Module == Contacts && !record.Has(AccountName) && record[AccountId] is { Length: > 0 } accountId
                && _accountNames.TryGetValue(accountId, out var name))
            {
                record[AccountName] = name;
            }

            return record;
        }

        /// <summary>The match keys of a record, as one string; empty when it has none to match on.</summary>
        private string Signature(CrmRecord record)
        {
            var profile = _keys.Create(record);
            if (profile.Emails.Length == 0 && profile.Phones.Length == 0 && !profile.HasName && !profile.HasCompany)
            {
                return "";
            }

            return string.Join('\u001f', [.. profile.Emails, "", .. profile.Phones, "", .. profile.NameExact, "", profile.CompanyKey, .. profile.CompanyTokens]);
        }

        private static void Set(Dictionary<string, string> map, string key, string? value)
        {
            if (string.IsNullOrEmpty(value))
            {
                map.Remove(key);
            }
            else
            {
                map[key] = value;
            }
        }
    }
}
