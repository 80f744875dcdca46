using LiteDB;

namespace CrmIntegration.Core.Storage.LiteDb;

/// <summary>
/// The change sequence (<see cref="ICrmStore.RecordVersion"/>): each record document carries the
/// number of its last write (<see cref="BsonRecordMapper.SequenceField"/>, indexed), so the sequence
/// continues after a restart from the highest number in the file, and the writes after any number
/// can be read back from the file. Recent ones are also kept in memory (<see cref="RecordChangeLog"/>),
/// which is what a follower in this process (the duplicate index) usually reads.
/// </summary>
/// <remarks>
/// Writes are numbered under the gate inside their transaction, in order, as the next numbers after
/// the last commit; a rollback gives its numbers back. So the numbers are contiguous and every number
/// up to <see cref="RecordVersion"/> belongs to a committed write. Cost to intake: one more index
/// entry per insert, always at the end of the index (measured in README.md, "Store").
/// </remarks>
public sealed partial class LiteDbCrmStore
{
    public long RecordVersion => _changes.Version;

    public RecordChanges? RecordChangesSince(long version)
    {
        if (_changes.Since(version) is { } recent)
        {
            return recent;
        }

        return Gated(() =>
        {
            var upTo = _changes.Version;
            if (version > upTo)
            {
                return null;
            }

            // Older than the memory reaches: from the index, every module, ordered by number.
            var written = new List<(long Sequence, RecordKey Key)>();
            foreach (var module in _registry.Modules)
            {
                var found = Collection(module.Name).Query()
                    .Where(BsonExpression.Create($"{BsonRecordMapper.SequencePath} BETWEEN @0 AND @1", version + 1, upTo))
                    .Select(BsonExpression.Create($"{{i: $._id, s: $.{BsonRecordMapper.SequenceField}}}"))
                    .ToList();
                written.AddRange(found.Select(d => (d["s"].AsInt64, new RecordKey(module.Name, d["i"].AsString))));
            }

            return new RecordChanges(upTo, written.OrderBy(w => w.Sequence).Select(w => w.Key).ToList());
        });
    }

    /// <summary>The number the next write of the open transaction takes.</summary>
    private long NextSequence() => _changes.Version + _uncommitted.Count + 1;

    /// <summary>At open: the sequence continues from the highest number any record carries.</summary>
    private void StartChangeSequence()
    {
        long highest = 0;
        foreach (var module in _registry.Modules)
        {
            var top = Collection(module.Name).Query()
                .OrderByDescending(BsonRecordMapper.SequencePath)
                .Select(BsonRecordMapper.SequencePath)
                .Limit(1)
                .ToDocuments()
                .FirstOrDefault();
            if (top?.Values.FirstOrDefault() is { IsNumber: true } number)
            {
                highest = Math.Max(highest, number.AsInt64);
            }
        }

        _changes.Start(highest);
    }
}
