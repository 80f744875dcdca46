using CrmIntegration.Core.Errors;
using CrmIntegration.Core.Query;
using static CrmIntegration.Core.Tests.Query.QueryTestData;

namespace CrmIntegration.Core.Tests.Query;

public sealed class QueryRefusalTests
{
    [Theory]
    [InlineData("1=1; DROP TABLE leads", "';' at position 4 — a query is a single condition")]
    [InlineData("last_name = 'a'; DROP TABLE leads", "';' at position 16")]
    [InlineData("leads.id IN (SELECT id FROM users)", "subquery over table 'users' at position 29 is not allowed")]
    [InlineData("lower(last_name) = 'x'", "function call 'lower' at position 1 is not allowed")]
    [InlineData("last_name = lower('X')", "function call 'lower' at position 13 is not allowed")]
    [InlineData("sleep(5)", "function call 'sleep' at position 1 is not allowed")]
    [InlineData("last_name = 'a' AND sleep(5) = 0", "function call 'sleep' at position 21")]
    [InlineData("concat(first_name, last_name) = 'ab'", "function call 'concat'")]
    [InlineData("leads.sleep(5) = 0", "function call 'leads.sleep'")]
    [InlineData("last_name = 'a' -- comment", "comment '--' at position 17 is not allowed")]
    [InlineData("last_name = 'a' /* x */", "comment '/*' at position 17 is not allowed")]
    [InlineData("last_name = 'a' # x", "comment '#' at position 17 is not allowed")]
    [InlineData("leads.foo = 'x'", "unknown field 'leads.foo' at position 1")]
    [InlineData("foo = 'x'", "unknown field 'leads.foo' at position 1")]
    [InlineData("users.user_name = 'admin'", "table 'users' at position 1; a Leads query can only use leads fields")]
    [InlineData("nowhere.last_name = 'x'", "unknown table 'nowhere' at position 1")]
    [InlineData("db.leads.last_name = 'x'", "three-part name 'db.leads.…' at position 1")]
    [InlineData("leads.last_name.x = 'x'", "three-part name 'leads.last_name.…' at position 1")]
    [InlineData("last_name = 'unterminated", "unterminated string starting at position 13")]
    [InlineData("last_name = 'a' 'b'", "unexpected string 'b' at position 17 after a complete condition")]
    [InlineData("last_name = 'a' first_name = 'b'", "unexpected 'first_name' at position 17")]
    [InlineData("last_name = first_name", "bare identifier 'first_name' at position 13 on the right side is not allowed")]
    [InlineData("last_name = NULL", "comparison with NULL at position 13 is never true")]
    [InlineData("'1' = '1'", "value string '1' at position 1 where a field name was expected")]
    [InlineData("1 = 1", "value '1' at position 1 where a field name was expected")]
    [InlineData("last_name = 'a' OR", "the query ends at position 19 where a field name was expected")]
    [InlineData("(last_name = 'a'", "the query ends at position 17 where ')' to close the '(' at position 1 was expected")]
    [InlineData("last_name = 'a')", "unexpected ')' at position 16")]
    [InlineData("last_name 'a'", "unexpected string 'a' at position 11; expected a comparison, LIKE, IN, BETWEEN or IS NULL")]
    [InlineData("last_name LIKE 5", "unexpected '5' at position 16; expected a quoted pattern after LIKE")]
    [InlineData("last_name LIKE 'a' ESCAPE '!'", "ESCAPE at position 20 is not supported")]
    [InlineData("last_name IN ()", "unexpected ')' at position 15; expected a quoted string or a number")]
    [InlineData("last_name = \"a\"", "double-quoted text at position 13 is not allowed")]
    [InlineData("`last_name` = 'a'", "backtick-quoted name at position 1 is not allowed")]
    [InlineData("last_name = 0x41", "malformed number '0x41' at position 13")]
    [InlineData("last_name = 1e9", "malformed number '1e9'")]
    [InlineData("last_name = @@version", "unexpected character '@' at position 13")]
    [InlineData("last_name = 'a' UNION SELECT user_hash FROM users", "unexpected 'UNION' at position 17")]
    [InlineData("UNION SELECT 1", "keyword 'UNION' at position 1 is not allowed here")]
    [InlineData("last_name = 'a' || 1", "unexpected character '|' at position 17")]
    [InlineData("last_name = \0'a'", "unexpected character U+0000 at position 13")]
    [InlineData("last_name = - 'a'", "unexpected string 'a' at position 15; expected a number after '-'")]
    [InlineData("EXISTS (SELECT 1)", "keyword 'EXISTS' at position 1")]
    public void ParseWhere_Refuses_NamingWhatAndWhere(string query, string expected) =>
        Assert.Contains(expected, Refused(query));

    [Theory]
    [InlineData("user_hash = 'x'", "field 'users.user_hash' at position 1 cannot be used in a query")]
    [InlineData("users.user_hash LIKE 'a%'", "field 'users.user_hash' at position 1 cannot be used in a query")]
    [InlineData("failed_logins > 0", "field 'users.failed_logins'")]
    [InlineData("user_name = 'a' OR (locked_until IS NULL)", "field 'users.locked_until' at position 21")]
    public void ParseWhere_SensitiveUserFields_AreRefused(string query, string expected) =>
        Assert.Contains(expected, Refused(query, Users));

    [Fact]
    public void ParseWhere_NumericFieldWithText_IsRefused() =>
        Assert.Contains("'abc' at position 12 is not a number, but invoices.quantity is numeric", Refused("quantity = 'abc'", Invoices));

    [Fact]
    public void ParseWhere_TooDeep_IsRefused()
    {
        var depth = QueryLimits.MaxDepth + 1;
        var message = Refused(new string('(', depth) + "last_name = 'a'" + new string(')', depth));
        Assert.Contains($"nesting deeper than {QueryLimits.MaxDepth} levels at position {depth}", message);
    }

    [Fact]
    public void ParseWhere_DeepNot_IsRefused() =>
        Assert.Contains("nesting deeper than", Refused(string.Concat(Enumerable.Repeat("NOT ", 100)) + "last_name = 'a'"));

    [Fact]
    public void ParseWhere_HugeNesting_IsRefusedWithoutStackOverflow() =>
        Assert.Contains("nesting deeper than", Refused(new string('(', 5_000) + "last_name = 'a'" + new string(')', 5_000)));

    [Fact]
    public void ParseWhere_TooLong_IsRefused()
    {
        var query = "last_name = '" + new string('x', QueryLimits.MaxLength) + "'";
        Assert.Contains($"the query is {query.Length} characters long; at most {QueryLimits.MaxLength} are allowed", Refused(query));
    }

    [Fact]
    public void ParseWhere_LoneSurrogate_IsRefused() =>
        Assert.Contains("invalid Unicode U+D800 at position 15", Refused("last_name = 'a\ud800'"));

    [Fact]
    public void ParseWhere_LongValue_IsClippedInMessage()
    {
        var message = Refused("last_name = " + new string('z', 5000));
        Assert.True(message.Length < 200, message);
    }

    [Theory]
    [InlineData("last_name; DROP", "';' at position 10")]
    [InlineData("foo", "unknown field 'leads.foo' at position 1")]
    [InlineData("users.last_name", "table 'users' at position 1")]
    [InlineData("last_name DESC ASC", "unexpected 'ASC' at position 16; expected ',', ASC, DESC or the end of the ORDER BY")]
    [InlineData("last_name,", "the query ends at position 11 where a field name was expected")]
    [InlineData("ORDER BY last_name", "keyword 'ORDER' at position 1")]
    [InlineData("rand()", "function call 'rand' at position 1")]
    [InlineData("1", "unexpected '1' at position 1; expected a field name")]
    public void ParseOrderBy_Refuses_NamingWhatAndWhere(string orderBy, string expected)
    {
        var error = Assert.Throws<CrmException>(() => QueryParser.ParseOrderBy(orderBy, Leads, Registry));
        Assert.Equal(CrmErrorCode.AccessDenied, error.Code);
        Assert.Contains(expected, error.Message);
    }

    [Fact]
    public void ParseOrderBy_SensitiveField_IsRefused()
    {
        var error = Assert.Throws<CrmException>(() => QueryParser.ParseOrderBy("user_hash", Users, Registry));
        Assert.Contains("field 'users.user_hash' at position 1 cannot be used in a query", error.Message);
    }
}
