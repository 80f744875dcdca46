using System.Text;

namespace CrmIntegration.Core.Tests.Query;

/// <summary>
/// Generates valid Leads query fragments from the grammar, as token lists (so mutations can work on
/// tokens), with values drawn from <see cref="QuerySamples"/> and randomised case, qualifiers and spacing.
/// </summary>
internal sealed class QueryFragmentGenerator(Random random)
{
    private enum Kind
    {
        Text,
        Enum,
        Flag,
        Date,
        DateTime,
        Id,
    }

    private static readonly (string Field, Kind Kind)[] Fields =
    [
        ("last_name", Kind.Text), ("first_name", Kind.Text), ("account_name", Kind.Text), ("title", Kind.Text),
        ("email1", Kind.Text), ("email2", Kind.Text), ("phone_mobile", Kind.Text), ("status", Kind.Enum),
        ("lead_source", Kind.Enum), ("do_not_call", Kind.Flag), ("deleted", Kind.Flag), ("birthdate", Kind.Date),
        ("date_entered", Kind.DateTime), ("date_modified", Kind.DateTime), ("id", Kind.Id),
        ("assigned_user_id", Kind.Id), ("account_id", Kind.Id),
    ];

    private static readonly string[] Operators = ["=", "<>", "!=", "<", ">", "<=", ">="];

    public List<string> Condition(int depth = 0)
    {
        var roll = random.Next(depth > 3 ? 10 : 16);
        return roll switch
        {
            < 10 => Predicate(),
            < 13 => Join(depth, random.Next(2) == 0 ? "AND" : "OR"),
            < 15 => [Keyword("NOT"), .. Condition(depth + 1)],
            _ => ["(", .. Condition(depth + 1), ")"],
        };
    }

    private List<string> Join(int depth, string keyword)
    {
        var tokens = Condition(depth + 1);
        for (var n = random.Next(1, 4); n > 0; n--)
        {
            tokens.Add(Keyword(keyword));
            tokens.AddRange(Condition(depth + 1));
        }

        return tokens;
    }

    private List<string> Predicate()
    {
        var (field, kind) = Fields[random.Next(Fields.Length)];
        var name = Qualify(field);
        return random.Next(12) switch
        {
            < 4 => [name, Operators[random.Next(Operators.Length)], Value(kind)],
            4 => [name, .. Not(), Keyword("LIKE"), Pattern(kind)],
            5 or 6 => [name, .. Not(), Keyword("IN"), "(", .. List(kind), ")"],
            7 => [name, Keyword("IS"), .. Not(), Keyword("NULL")],
            8 => [name, .. Not(), Keyword("BETWEEN"), Value(kind), Keyword("AND"), Value(kind)],
            9 => EmailLookup(),
            _ => [name, "=", Value(kind)],
        };
    }

    private List<string> EmailLookup()
    {
        var rel = random.Next(3) switch { 0 => "", 1 => " eabr", _ => " AS eabr" };
        var addr = random.Next(3) switch { 0 => "", 1 => " ea", _ => " AS ea" };
        var r = rel.Length == 0 ? "email_addr_bean_rel" : "eabr";
        var a = addr.Length == 0 ? "email_addresses" : "ea";
        var join = $"{a}.id = {r}.email_address_id";
        var column = random.Next(2) == 0 ? "email_address_caps" : "email_address";
        var address = QuerySamples.Emails[random.Next(QuerySamples.Emails.Length - 1)];
        var match = random.Next(4) switch
        {
            0 => $"{a}.{column} LIKE {Quote(ToPattern(address))}",
            1 => $"{a}.{column} IN ({Quote(address)}, {Quote(Casing(address))})",
            _ => $"{a}.{column} = {Quote(column.EndsWith("caps", StringComparison.Ordinal) ? address.ToUpperInvariant() : address)}",
        };
        var terms = new List<string> { match };
        if (random.Next(2) == 0)
        {
            terms.Add($"{r}.deleted = 0");
        }

        if (random.Next(2) == 0)
        {
            terms.Add($"{r}.bean_module = {Quote(Casing("Leads"))}");
        }

        var comma = random.Next(4) == 0;
        if (comma)
        {
            terms.Add(join);
        }

        var from = comma
            ? $"email_addr_bean_rel{rel}, email_addresses{addr}"
            : $"email_addr_bean_rel{rel} {(random.Next(2) == 0 ? "INNER " : "")}JOIN email_addresses{addr} ON {(random.Next(2) == 0 ? $"({join})" : join)}";
        var where = string.Join(" AND ", terms.OrderBy(_ => random.Next()));
        return [Qualify("id"), .. Not(), Keyword("IN"), "(", Keyword("SELECT"), "bean_id", Keyword("FROM"), .. from.Split(' '), Keyword("WHERE"), .. where.Split(' '), ")"];
    }

    private List<string> List(Kind kind)
    {
        var tokens = new List<string> { Value(kind) };
        for (var n = random.Next(4); n > 0; n--)
        {
            tokens.Add(",");
            tokens.Add(Value(kind));
        }

        return tokens;
    }

    private string Value(Kind kind) => kind switch
    {
        Kind.Flag => random.Next(4) switch { 0 => "'1'", 1 => "-0", 2 => "1.0", _ => random.Next(2).ToString() },
        Kind.Date => Quote(Pick(QuerySamples.Dates)),
        Kind.DateTime => Quote(random.Next(3) == 0 ? Pick(QuerySamples.Dates) : Pick(QuerySamples.DateTimes)),
        Kind.Id => Quote(Pick(QuerySamples.Ids)),
        Kind.Enum => Quote(Casing(Pick(QuerySamples.Statuses))),
        _ => random.Next(10) == 0 ? random.Next(-99, 100).ToString() : Quote(Casing(Pick(random.Next(3) == 0 ? QuerySamples.Emails : QuerySamples.Names))),
    };

    private string Pattern(Kind kind)
    {
        var source = kind switch
        {
            Kind.Id => Pick(QuerySamples.Ids),
            Kind.Date => Pick(QuerySamples.Dates),
            Kind.DateTime => Pick(QuerySamples.DateTimes),
            _ => Pick(QuerySamples.Names),
        };
        return Quote(ToPattern(source));
    }

    private string ToPattern(string source)
    {
        var pattern = new StringBuilder();
        foreach (var c in source)
        {
            pattern.Append(random.Next(6) switch { 0 => "%", 1 => "_", _ => c is '%' or '_' ? $"\\{c}" : c.ToString() });
        }

        return random.Next(2) == 0 ? pattern.ToString() : pattern + "%";
    }

    private string[] Not() => random.Next(3) == 0 ? [Keyword("NOT")] : [];

    private string Qualify(string field) => random.Next(3) switch
    {
        0 => field,
        1 => "leads." + field,
        _ => Casing("leads") + "." + Casing(field),
    };

    private string Keyword(string keyword) => random.Next(3) == 0 ? keyword.ToLowerInvariant() : Casing(keyword);

    private string Casing(string text) => random.Next(3) switch
    {
        0 => text.ToUpperInvariant(),
        1 => text.ToLowerInvariant(),
        _ => text,
    };

    private string Pick(string[] pool) => pool[random.Next(pool.Length)];

    private static string Quote(string value) => "'" + value.Replace("\\", "\\\\").Replace("'", "''") + "'";
}
