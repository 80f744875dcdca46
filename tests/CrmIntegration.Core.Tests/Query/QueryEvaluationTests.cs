using CrmIntegration.Core.Records;
using static CrmIntegration.Core.Tests.Query.QueryTestData;

namespace CrmIntegration.Core.Tests.Query;

public sealed class QueryEvaluationTests
{
    private static readonly CrmRecord Nguyen = Lead("1",
        ("last_name", "Nguyễn"), ("first_name", "An"), ("status", "New"), ("email1", "An.Nguyen@Example.VN"),
        ("birthdate", "1990-05-17"), ("date_entered", "2024-03-01 08:30:00"), ("do_not_call", "0"), ("deleted", "0"),
        ("title", ""));

    private static readonly CrmRecord Smith = Lead("2",
        ("last_name", "Smith"), ("first_name", null), ("status", "Dead"), ("email2", "smith@example.com"),
        ("date_entered", "2023-12-31 23:59:59"), ("do_not_call", "1"), ("deleted", "1"));

    [Theory]
    [InlineData("last_name = 'nguyễn'", true)]
    [InlineData("last_name = 'NGUYỄN'", true)]
    [InlineData("last_name = 'Nguyen'", false)]
    [InlineData("last_name = 'Nguye\u0302\u0303n'", true)]
    [InlineData("last_name <> 'Nguyen'", true)]
    [InlineData("last_name LIKE 'ngu%'", true)]
    [InlineData("last_name LIKE 'ngu_ễn'", true)]
    [InlineData("last_name LIKE 'ngu_en'", false)]
    [InlineData("last_name NOT LIKE '%x%'", true)]
    [InlineData("status IN ('dead', 'new')", true)]
    [InlineData("status NOT IN ('Dead')", true)]
    [InlineData("title IS NULL", true)]
    [InlineData("title = ''", true)]
    [InlineData("department IS NULL", true)]
    [InlineData("first_name IS NOT NULL", true)]
    [InlineData("birthdate < '2000-01-01'", true)]
    [InlineData("birthdate BETWEEN '1990-05-17' AND '1990-05-17'", true)]
    [InlineData("date_entered >= '2024-03-01'", true)]
    [InlineData("date_entered > '2024-03-01 08:30:00'", false)]
    [InlineData("date_entered = '2024-03-01T08:30:00'", true)]
    [InlineData("do_not_call = 0", true)]
    [InlineData("do_not_call = 0.0", true)]
    [InlineData("leads.deleted = 0 AND status = 'New'", true)]
    [InlineData("status = 'Dead' OR first_name = 'An'", true)]
    [InlineData("NOT (status = 'Dead' OR first_name = 'An')", false)]
    public void Matches_Nguyen(string query, bool expected) =>
        Assert.Equal(expected, Where(query).Matches(Nguyen));

    [Theory]
    [InlineData("first_name = 'x'", null)]
    [InlineData("first_name <> 'x'", null)]
    [InlineData("NOT first_name = 'x'", null)]
    [InlineData("first_name LIKE '%'", null)]
    [InlineData("first_name IN ('x')", null)]
    [InlineData("first_name IS NULL", true)]
    [InlineData("first_name = 'x' OR last_name = 'Smith'", true)]
    [InlineData("first_name = 'x' OR last_name = 'Jones'", null)]
    [InlineData("first_name = 'x' AND last_name = 'Jones'", false)]
    [InlineData("first_name = 'x' AND last_name = 'Smith'", null)]
    [InlineData("birthdate < '2100-01-01'", null)]
    public void Evaluate_MissingValues_FollowThreeValuedLogic(string query, bool? expected) =>
        Assert.Equal(expected, Where(query).Evaluate(Smith));

    [Fact]
    public void Matches_UnknownIsNotAMatch() =>
        Assert.False(Where("NOT first_name = 'x'").Matches(Smith));

    [Theory]
    [InlineData("id = 'A1'", true)]
    [InlineData("id = 'a1'", false)]
    [InlineData("id IN ('a1', 'b2')", false)]
    [InlineData("id LIKE 'a%'", false)]
    [InlineData("id LIKE 'A%'", true)]
    public void Ids_CompareExactly(string query, bool expected) =>
        Assert.Equal(expected, Where(query).Matches(Lead("A1")));

    [Theory]
    [InlineData("quantity = 10", true)]
    [InlineData("quantity > 9", true)]
    [InlineData("quantity < 9.5", false)]
    [InlineData("quantity IN (1, 10.0)", true)]
    [InlineData("amount = 1234.5", true)]
    [InlineData("amount > 999", true)]
    [InlineData("amount < -1", false)]
    [InlineData("name > 'Z'", false)]
    public void Numbers_CompareNumerically(string query, bool expected)
    {
        // As strings "10" < "9" and "1234.50" > "999" only by accident; as numbers both are clear.
        var invoice = Record("Invoices", "i1", ("quantity", "10"), ("amount", "1234.50"), ("name", "b"));
        Assert.Equal(expected, Where(query, Invoices).Matches(invoice));
    }

    [Fact]
    public void Numbers_EmptyIsMissing()
    {
        var invoice = Record("Invoices", "i1", ("quantity", ""));
        Assert.Null(Where("quantity = 0", Invoices).Evaluate(invoice));
        Assert.True(Where("quantity IS NULL", Invoices).Matches(invoice));
    }

    [Theory]
    [InlineData("'AN.NGUYEN@EXAMPLE.VN'", true)]
    [InlineData("'an.nguyen@example.vn'", true)]
    [InlineData("'smith@example.com'", false)]
    public void EmailLookup_MatchesAnyEmailField_CaseInsensitively(string address, bool expectedForNguyen)
    {
        var query = "leads.id IN (SELECT bean_id FROM email_addr_bean_rel eabr JOIN email_addresses ea " +
                    $"ON ea.id = eabr.email_address_id WHERE eabr.deleted = 0 AND ea.email_address_caps = {address})";
        Assert.Equal(expectedForNguyen, Where(query).Matches(Nguyen));
        Assert.Equal(!expectedForNguyen, Where(query).Matches(Smith));
    }

    [Fact]
    public void EmailLookup_Like_MatchesPattern()
    {
        var query = "leads.id IN (SELECT bean_id FROM email_addr_bean_rel eabr JOIN email_addresses ea " +
                    "ON ea.id = eabr.email_address_id WHERE ea.email_address LIKE '%@EXAMPLE.com')";
        Assert.False(Where(query).Matches(Nguyen));
        Assert.True(Where(query).Matches(Smith));
    }
}
