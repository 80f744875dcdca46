using CrmIntegration.Core.Modules;
using CrmIntegration.Core.Query;
using CrmIntegration.Core.Records;
using LiteDB;

namespace CrmIntegration.Core.Storage.LiteDb;

/// <summary>The reads <see cref="Query"/> is made of: index seeks and ranges, through the query's projection, counted.</summary>
public sealed partial class LiteDbCrmStore
{
    private List<BsonDocument> Seek(QueryShape shape, IndexHint hint, int? limit)
    {
        var module = shape.Module;
        var documents = new List<BsonDocument>();
        foreach (var field in hint.Fields)
        {
            foreach (var value in hint.Values)
            {
                if (documents.Count > limit)
                {
                    // Enough to tell the seek is bigger than asked.
                    return documents;
                }

                if (field == CommonFields.Id)
                {
                    if (Collection(module.Name).FindById(value) is { } byId)
                    {
                        documents.AddRange(Read([byId]));
                    }

                    continue;
                }

                var query = Project(Collection(module.Name).Query().Where(StoreQuery.KeyEquals(field, Text.KeyFold.Fold(value))), shape);
                documents.AddRange(Read((limit is { } cap ? query.Limit(cap + 1 - documents.Count) : query).ToEnumerable()));
            }
        }

        return documents;
    }

    /// <summary>The documents whose key for <paramref name="field"/> lies in the range, in key order (ties in no order).</summary>
    private IEnumerable<BsonDocument> ReadRange(QueryShape shape, FieldDefinition field, KeyRange range, bool descending, int? limit)
    {
        var module = shape.Module;
        if (range.IsEmpty)
        {
            return [];
        }

        var path = BsonRecordMapper.KeyPath(field.Name);
        var query = Collection(module.Name).Query();
        var condition = (range.Low, range.High) switch
        {
            (null, null) => null,
            ({ } low, null) => BsonExpression.Create($"{path} ANY >= @0", low),
            (null, { } high) => BsonExpression.Create($"{path} ANY <= @0", high),
            ({ } low, { } high) => BsonExpression.Create($"{path} ANY BETWEEN @0 AND @1", low, high),
        };
        if (condition is not null)
        {
            query = query.Where(condition);
        }

        var ordered = Project(query.OrderBy(BsonExpression.Create(path), descending ? LiteDB.Query.Descending : LiteDB.Query.Ascending), shape);
        return Read(limit is { } cap ? ordered.Limit(cap + 1).ToEnumerable() : ordered.ToEnumerable());
    }

    /// <summary>The query answered over documents holding every match (projected ones: the page is then read whole).</summary>
    private RecordPage Finish(QueryShape shape, IEnumerable<BsonDocument> documents)
    {
        var page = shape.Query.Apply(
            documents.Select(d => BsonRecordMapper.ToRecord(d, shape.Module.Name)).DistinctBy(r => r.Id, StringComparer.Ordinal),
            shape.Module);
        return page with { Records = Whole(shape, page.Records) };
    }

    /// <summary>The records of a page read through a projection, read whole (from the cache when it has them).</summary>
    private IReadOnlyList<CrmRecord> Whole(QueryShape shape, IReadOnlyList<CrmRecord> page) =>
        shape.Projection is null ? page : page.Select(r => Get(shape.Module.Name, r.Id)).OfType<CrmRecord>().ToList();

    /// <summary>The query reading only <see cref="QueryShape.Projection"/>, when there is one.</summary>
    private static ILiteQueryableResult<BsonDocument> Project(ILiteQueryable<BsonDocument> query, QueryShape shape) =>
        shape.Projection is { } projection ? query.Select(BsonExpression.Create(projection)) : query;

    /// <summary>Counts each document as it is read.</summary>
    private IEnumerable<BsonDocument> Read(IEnumerable<BsonDocument> documents)
    {
        foreach (var document in documents)
        {
            Interlocked.Increment(ref _documentsRead);
            yield return document;
        }
    }
}
