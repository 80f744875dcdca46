using CrmIntegration.Core.Query;
using static CrmIntegration.Core.Tests.Query.QueryTestData;

namespace CrmIntegration.Core.Tests.Query;

public sealed class OrderByParserTests
{
    [Theory]
    [InlineData(null, "")]
    [InlineData("  ", "")]
    [InlineData("last_name", "last_name ASC")]
    [InlineData("leads.last_name desc", "last_name DESC")]
    [InlineData("LEADS.date_entered DESC, first_name asc, id", "date_entered DESC|first_name ASC|id ASC")]
    public void ParseOrderBy_Terms(string? orderBy, string expected) =>
        Assert.Equal(expected, string.Join("|", QueryParser.ParseOrderBy(orderBy, Leads, Registry)));
}
