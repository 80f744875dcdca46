using CrmIntegration.Core.Query;
using static CrmIntegration.Core.Tests.Query.QueryTestData;

namespace CrmIntegration.Core.Tests.Query;

public sealed class QueryPlannerTests
{
    private const string EmailLookup =
        "id IN (SELECT bean_id FROM email_addr_bean_rel eabr JOIN email_addresses ea ON ea.id = eabr.email_address_id WHERE ";

    private static string? Hint(string query, Core.Modules.ModuleDefinition? module = null) =>
        QueryPlanner.FindIndexHint(Where(query, module ?? Contacts), module ?? Contacts)?.ToString();

    [Theory]
    [InlineData("contacts.last_name = 'Smith'", "[last_name] × [Smith]")]
    [InlineData("id = 'abc'", "[id] × [abc]")]
    [InlineData("assigned_user_id IN ('u1', 'u2', 'u1')", "[assigned_user_id] × [u1, u2]")]
    [InlineData("date_entered = '2024-01-05'", "[date_entered] × [2024-01-05 00:00:00]")]
    [InlineData("last_name = 'a' AND title = 'Giám đốc'", "[last_name] × [a]")]
    [InlineData("title = 'Giám đốc' AND (last_name = 'a' OR first_name = 'b')", "[last_name, first_name] × [a, b]")]
    [InlineData("last_name IN ('a', 'b', 'c') AND assigned_user_id = 'x'", "[assigned_user_id] × [x]")]
    [InlineData("last_name = 'a' OR last_name IN ('b', 'a')", "[last_name] × [a, b]")]
    public void FindIndexHint_IndexedEquality_GivesHint(string query, string expected) =>
        Assert.Equal(expected, Hint(query));

    [Theory]
    [InlineData("title = 'Giám đốc'")]
    [InlineData("last_name LIKE 'Smith'")]
    [InlineData("last_name <> 'Smith'")]
    [InlineData("last_name >= 'Smith'")]
    [InlineData("NOT last_name = 'Smith'")]
    [InlineData("last_name NOT IN ('Smith')")]
    [InlineData("last_name = ''")]
    [InlineData("last_name IN ('a', '')")]
    [InlineData("last_name IS NULL")]
    [InlineData("last_name = 'a' OR title = 'Giám đốc'")]
    [InlineData("last_name BETWEEN 'a' AND 'b'")]
    [InlineData(EmailLookup + "ea.email_address = 'a@b.c')")]
    public void FindIndexHint_WhenNotSound_GivesNone(string query) =>
        Assert.Null(Hint(query));

    [Fact]
    public void FindIndexHint_Null_GivesNone() => Assert.Null(QueryPlanner.FindIndexHint(null, Leads));

    [Theory]
    [InlineData("first_name = 'Smith'")]
    [InlineData("email1 = 'a@b.c'")]
    [InlineData("phone_mobile = '0912345678'")]
    public void FindIndexHint_LeadsFieldsLeftUnindexed_GiveNone(string query) =>
        Assert.Null(Hint(query, Leads));

    [Theory]
    [InlineData("email_key = 'a@b.c'", "[email_key] × [a@b.c]")]
    [InlineData("partner_ref = 'ACME-1'", "[partner_ref] × [ACME-1]")]
    [InlineData("leads.last_name = 'Smith'", "[last_name] × [Smith]")]
    public void FindIndexHint_LeadsKeys_GiveHint(string query, string expected) =>
        Assert.Equal(expected, Hint(query, Leads));

    [Theory]
    [InlineData("email1 = 'An.Nguyen@Example.VN'", "[email_key] × [an.nguyen@example.vn]")]
    [InlineData("email1 IN ('a.b+x@googlemail.com', 'AB@gmail.com')", "[email_key] × [ab@gmail.com]")]
    [InlineData("email1 = 'a@b.c' AND status = 'New'", "[email_key] × [a@b.c]")]
    public void FindLookupHint_LeadsEmail_GoesThroughEmailKey(string query, string expected) =>
        Assert.Equal(expected, QueryPlanner.FindLookupHint(Where(query, Leads), Leads)?.ToString());

    [Theory]
    [InlineData("email1 = 'not an address'")]
    [InlineData("email1 IN ('a@b.c', 'nope')")]
    [InlineData("email1 = ''")]
    [InlineData("email2 = 'a@b.c'")]
    [InlineData("email1 LIKE 'a@b.c'")]
    [InlineData("email1 = 'a@b.c' OR first_name = 'An'")]
    public void FindLookupHint_WithoutAKeyForEveryValue_GivesNone(string query) =>
        Assert.Null(QueryPlanner.FindLookupHint(Where(query, Leads), Leads));

    [Fact]
    public void FindIndexHint_NumericEquality_GivesNone() =>
        Assert.Null(Hint("quantity = 5", Invoices)); // 5 = 5.0 numerically, but the keys '5' and '5.0' differ.

    [Fact]
    public void FindIndexHint_EmailLookupOverIndexedEmailFields_UsesThem()
    {
        Assert.Equal("[email1] × [A@B.C, d@e.f]", Hint(EmailLookup + "ea.email_address IN ('A@B.C', 'd@e.f'))", Invoices));
        Assert.Null(Hint(EmailLookup + "ea.email_address LIKE 'a%')", Invoices));
    }
}
