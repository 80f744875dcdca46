using LiteDB;

namespace CrmIntegration.Core.Storage.LiteDb;

/// <summary>
/// Comparisons with the value as a parameter. LiteDB's <c>Query.EQ(field, value)</c> writes the value
/// into the expression's text, and LiteDB parses, compiles and JITs every expression text it has
/// not seen (and keeps it in its cache for good): a lookup by a value never asked for before — a
/// new partner_ref, email or record id — cost about 1 ms of compilation instead of ~10 µs of index
/// seek, and 30% of the group-commit thread's time went to the JIT (<c>scripts/bench.sh intake</c>
/// under <c>perf</c>). With <c>@0</c> the text is the same for every value and compiles once; the
/// index is still used (LiteDB's plan: <c>INDEX SEEK</c>).
/// </summary>
internal static class StoreQuery
{
    public static BsonExpression Equal(string field, BsonValue value) => Compare(field, "=", value);

    public static BsonExpression GreaterThan(string field, BsonValue value) => Compare(field, ">", value);

    public static BsonExpression LessThan(string field, BsonValue value) => Compare(field, "<", value);

    public static BsonExpression LessOrEqual(string field, BsonValue value) => Compare(field, "<=", value);

    /// <summary>A record whose folded key for <paramref name="field"/> is <paramref name="key"/> (an index seek on <see cref="BsonRecordMapper.KeyPath"/>).</summary>
    public static BsonExpression KeyEquals(string field, string key) =>
        BsonExpression.Create($"{BsonRecordMapper.KeyPath(field)} ANY = @0", new BsonValue(key));

    private static BsonExpression Compare(string field, string op, BsonValue value) =>
        BsonExpression.Create($"$.{field} {op} @0", value ?? BsonValue.Null);
}
