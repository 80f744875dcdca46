using CrmIntegration.Core.Query;
using static CrmIntegration.Core.Tests.Query.QueryTestData;

namespace CrmIntegration.Core.Tests.Query;

public sealed class QueryParserGrammarTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   \t\r\n")]
    public void ParseWhere_EmptyOrBlank_IsNull(string? query) =>
        Assert.Null(QueryParser.ParseWhere(query, Leads, Registry));

    [Theory]
    [InlineData("leads.last_name = 'Smith'", "last_name = 'Smith'")]
    [InlineData("last_name = 'Smith'", "last_name = 'Smith'")]
    [InlineData("LEADS.Last_Name='Smith'", "last_name = 'Smith'")]
    [InlineData("last_name <> 'a'", "last_name <> 'a'")]
    [InlineData("last_name != 'a'", "last_name <> 'a'")]
    [InlineData("last_name < 'a'", "last_name < 'a'")]
    [InlineData("last_name > 'a'", "last_name > 'a'")]
    [InlineData("last_name <= 'a'", "last_name <= 'a'")]
    [InlineData("last_name >= 'a'", "last_name >= 'a'")]
    [InlineData("last_name like 'Sm%'", "last_name LIKE 'Sm%'")]
    [InlineData("last_name NOT LIKE 'Sm_th'", "NOT last_name LIKE 'Sm_th'")]
    [InlineData("status IN ('New', 'Dead')", "status IN ('New', 'Dead')")]
    [InlineData("status not in ('New')", "NOT status IN ('New')")]
    [InlineData("email1 IS NULL", "email1 IS NULL")]
    [InlineData("email1 is not null", "NOT email1 IS NULL")]
    [InlineData("birthdate BETWEEN '1990-01-01' AND '1999-12-31'", "(birthdate >= '1990-01-01' AND birthdate <= '1999-12-31')")]
    [InlineData("birthdate NOT BETWEEN '1990-01-01' AND '1999-12-31'", "NOT (birthdate >= '1990-01-01' AND birthdate <= '1999-12-31')")]
    [InlineData("leads.deleted = 0", "deleted = 0")]
    [InlineData("leads.deleted = '0'", "deleted = 0")]
    public void ParseWhere_Predicates_RenderCanonically(string query, string expected) =>
        Assert.Equal(expected, Render(query));

    [Theory]
    [InlineData("last_name = 'a' OR first_name = 'b' AND title = 'c'", "(last_name = 'a' OR (first_name = 'b' AND title = 'c'))")]
    [InlineData("last_name = 'a' AND first_name = 'b' OR title = 'c'", "((last_name = 'a' AND first_name = 'b') OR title = 'c')")]
    [InlineData("(last_name = 'a' OR first_name = 'b') AND title = 'c'", "((last_name = 'a' OR first_name = 'b') AND title = 'c')")]
    [InlineData("NOT last_name = 'a' AND title = 'c'", "(NOT last_name = 'a' AND title = 'c')")]
    [InlineData("NOT (last_name = 'a' AND title = 'c')", "NOT (last_name = 'a' AND title = 'c')")]
    [InlineData("not not last_name = 'a'", "NOT NOT last_name = 'a'")]
    [InlineData("((((last_name = 'a'))))", "last_name = 'a'")]
    public void ParseWhere_Precedence_AndBindsTighterThanOr(string query, string expected) =>
        Assert.Equal(expected, Render(query));

    [Theory]
    [InlineData("last_name = 'O''Brien'", "O'Brien")]
    [InlineData("last_name = ''''", "'")]
    [InlineData("last_name = ''", "")]
    [InlineData(@"last_name = 'O\'Brien'", "O'Brien")]
    [InlineData(@"last_name = 'back\\slash'", @"back\slash")]
    [InlineData(@"last_name = '50\%'", @"50\%")]
    [InlineData("last_name = 'Nguyễn -- not a comment; nor /* this */ #'", "Nguyễn -- not a comment; nor /* this */ #")]
    public void ParseWhere_StringLiterals_UnescapeQuotes(string query, string expected)
    {
        var comparison = Assert.IsType<ComparisonExpression>(Where(query));
        Assert.Equal(expected, comparison.Constant.Value);
    }

    [Theory]
    [InlineData("quantity = 42", 42)]
    [InlineData("quantity = -7", -7)]
    [InlineData("quantity = +7", 7)]
    [InlineData("amount >= 12.50", 12.5)]
    [InlineData("amount < - 0.25", -0.25)]
    [InlineData("amount = '3.5'", 3.5)]
    public void ParseWhere_Numbers_ParseAsDecimals(string query, double expected)
    {
        var comparison = Assert.IsType<ComparisonExpression>(Where(query, Invoices));
        Assert.Equal((decimal)expected, comparison.Constant.Number);
    }

    [Theory]
    [InlineData("date_entered > '2024-01-05'", "2024-01-05 00:00:00")]
    [InlineData("date_entered > '2024-01-05T10:20:30'", "2024-01-05 10:20:30")]
    [InlineData("date_entered > '2024-01-05 10:20'", "2024-01-05 10:20:00")]
    [InlineData("birthdate = '1990-02-03'", "1990-02-03")]
    [InlineData("birthdate = 'not a date'", "not a date")]
    public void ParseWhere_Dates_NormaliseToStoredForm(string query, string expected)
    {
        var comparison = Assert.IsType<ComparisonExpression>(Where(query));
        Assert.Equal(expected, comparison.Constant.Value);
    }

    [Fact]
    public void ParseWhere_LongAndChain_StaysFlat()
    {
        var query = string.Join(" AND ", Enumerable.Range(0, 500).Select(i => $"last_name <> 'n{i}'"));
        var and = Assert.IsType<AndExpression>(Where(query));
        Assert.Equal(500, and.Operands.Count);
    }

    [Fact]
    public void ParseWhere_NestingAtTheLimit_IsAccepted()
    {
        var depth = QueryLimits.MaxDepth;
        var query = new string('(', depth) + "last_name = 'a'" + new string(')', depth);
        Assert.Equal("last_name = 'a'", Render(query));
    }

    [Fact]
    public void ParseWhere_RenderedTree_ParsesToItself()
    {
        const string query = "(leads.last_name LIKE 'Ng%' OR first_name IN ('An', 'B''y')) AND NOT status = 'Dead' " +
                             "AND birthdate IS NOT NULL AND date_entered BETWEEN '2024-01-01' AND '2024-12-31 23:59:59'";
        var rendered = Render(query);
        Assert.Equal(rendered, Render(rendered));
    }
}
