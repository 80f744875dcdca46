using System.Text.RegularExpressions;

namespace CrmIntegration.Storage.PostgreSql.Schema;

/// <summary>
/// Table, column and index names in SQL. They come from the module registry, never from a request,
/// and are still checked and quoted: a name outside lower-case letters, digits and underscores is a
/// programming error, refused before any SQL is written with it.
/// </summary>
internal static partial class SqlName
{
    /// <summary>PostgreSQL cuts identifiers at 63 bytes; a longer one would silently name something else.</summary>
    private const int MaxLength = 63;

    /// <summary>The record table of a module: <c>m_</c> and the module's table name, as the LiteDB store names its collections.</summary>
    public static string ModuleTable(string tableName) => Quote("m_" + tableName);

    /// <summary>
    /// A field's name as a key of a record's <c>jsonb</c> (<c>'email1'</c>), for <c>record-&gt;&gt;'email1'</c>:
    /// written into the statement rather than passed as a parameter, so that the planner can match
    /// the expression with the index built on it.
    /// </summary>
    public static string JsonKey(string field)
    {
        Quote(field);
        return "'" + field + "'";
    }

    /// <summary><paramref name="name"/> in double quotes, after checking it is a plain identifier.</summary>
    /// <exception cref="ArgumentException">Not a plain lower-case identifier, or too long.</exception>
    public static string Quote(string name)
    {
        if (!Plain().IsMatch(name) || name.Length > MaxLength)
        {
            throw new ArgumentException($"'{name}' cannot be used as a PostgreSQL name: use lower-case letters, digits and underscores, at most {MaxLength}", nameof(name));
        }

        return '"' + name + '"';
    }

    [GeneratedRegex("^[a-z_][a-z0-9_]*$")]
    private static partial Regex Plain();
}
