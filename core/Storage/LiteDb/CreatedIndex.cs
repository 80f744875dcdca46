using LiteDB;

namespace CrmIntegration.Core.Storage.LiteDb;

/// <summary>
/// The index behind a partner's "my leads since" (<see cref="LiteDbCrmStore.Query"/> with a
/// <c>created_by</c> scope and a <c>date_entered</c> lower bound): creator, live or deleted, date
/// entered and id in one key, so one creator's live records from a given time are one contiguous
/// range, in time order, that LiteDB reads without the records before it.
/// </summary>
internal static class CreatedIndex
{
    public const string Name = "created";

    /// <summary>
    /// Only Leads have it: they are listed by submitter (<c>ListMySubmissions</c>, a partner's
    /// <c>get_entry_list</c>), and it serves every lookup of Leads by creator, which therefore need no
    /// index on <c>created_by</c> of their own; for other modules it would be one more index to keep.
    /// </summary>
    public static bool Serves(string module) => module == "Leads";

    /// <summary>
    /// The key expression (the stored values are exact: ids, "0"/"1", fixed-width UTC text), written
    /// as LiteDB stores it, so that opening a file recognises the index instead of rebuilding it.
    /// </summary>
    public const string Expression = "($.created_by+\"|\"+$.deleted+\"|\"+$.date_entered+\"|\"+$._id)";

    /// <summary>Sorts after every date and id (both plain ASCII).</summary>
    private const string AfterAll = "\uffff";

    /// <summary>
    /// One range of the index: the creator's live records from <paramref name="since"/> on, in key
    /// order. A new query each call: LiteDB's query builder changes in place.
    /// </summary>
    public static ILiteQueryable<BsonDocument> LiveSince(ILiteCollection<BsonDocument> collection, string createdBy, string since) =>
        collection.Query()
            .Where(BsonExpression.Create($"{Expression} BETWEEN @0 AND @1", Key(createdBy, since), Key(createdBy, AfterAll)))
            .OrderBy(Expression);

    /// <summary>Every record of the creator, live ones first then deleted ones, each by time.</summary>
    public static ILiteQueryable<BsonDocument> All(ILiteCollection<BsonDocument> collection, string createdBy) =>
        collection.Query()
            .Where(BsonExpression.Create($"{Expression} BETWEEN @0 AND @1", $"{createdBy}|", $"{createdBy}|{AfterAll}"))
            .OrderBy(Expression);

    private static BsonValue Key(string createdBy, string from) => $"{createdBy}|0|{from}";
}
