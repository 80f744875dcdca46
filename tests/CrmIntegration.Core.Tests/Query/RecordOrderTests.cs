using CrmIntegration.Core.Query;
using static CrmIntegration.Core.Tests.Query.QueryTestData;

namespace CrmIntegration.Core.Tests.Query;

public sealed class RecordOrderTests
{
    private static string Sorted(string orderBy, Core.Modules.ModuleDefinition module, params Core.Records.CrmRecord[] records)
    {
        var list = records.ToList();
        list.Sort(RecordOrder.Compare(QueryParser.ParseOrderBy(orderBy, module, Registry)));
        return string.Join(",", list.Select(r => r.Id));
    }

    [Fact]
    public void Text_SortsCaseInsensitively_MissingAndEmptyFirstById() =>
        Assert.Equal("e,n,b,a,c", Sorted("last_name", Leads,
            Lead("a", ("last_name", "bravo")), Lead("b", ("last_name", "Alpha")), Lead("c", ("last_name", "Charlie")),
            Lead("n"), Lead("e", ("last_name", ""))));

    [Fact]
    public void Text_Descending_MissingLast() =>
        Assert.Equal("c,a,b,n", Sorted("leads.last_name DESC", Leads,
            Lead("a", ("last_name", "bravo")), Lead("b", ("last_name", "Alpha")), Lead("c", ("last_name", "Charlie")), Lead("n")));

    [Fact]
    public void Numbers_SortNumerically() =>
        Assert.Equal("two,nine,ten", Sorted("quantity", Invoices,
            Record("Invoices", "ten", ("quantity", "10")), Record("Invoices", "two", ("quantity", "2")),
            Record("Invoices", "nine", ("quantity", "9"))));

    [Fact]
    public void Dates_SortChronologically() =>
        Assert.Equal("old,new", Sorted("date_entered", Leads,
            Lead("new", ("date_entered", "2024-01-02 00:00:00")), Lead("old", ("date_entered", "2023-12-31 23:59:59"))));

    [Fact]
    public void SeveralTerms_ThenId_BreakTies() =>
        Assert.Equal("b,c,a,d", Sorted("status DESC, last_name", Leads,
            Lead("d", ("status", "Dead"), ("last_name", "x")), Lead("c", ("status", "New"), ("last_name", "x")),
            Lead("b", ("status", "New"), ("last_name", "x")), Lead("a", ("status", "New"), ("last_name", "y"))));
}
