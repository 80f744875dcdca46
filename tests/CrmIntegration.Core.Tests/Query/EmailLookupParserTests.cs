using CrmIntegration.Core.Modules;
using CrmIntegration.Core.Query;
using static CrmIntegration.Core.Tests.Query.QueryTestData;

namespace CrmIntegration.Core.Tests.Query;

public sealed class EmailLookupParserTests
{
    [Theory]
    [InlineData("leads.id IN (SELECT bean_id FROM email_addr_bean_rel eabr JOIN email_addresses ea ON (ea.id = eabr.email_address_id) WHERE eabr.deleted=0 AND ea.email_address_caps = 'AN@EXAMPLE.VN')")]
    [InlineData("leads.id IN (SELECT bean_id FROM email_addr_bean_rel eabr JOIN email_addresses ea ON ea.id=eabr.email_address_id WHERE eabr.bean_module='Leads' AND eabr.deleted=0 AND ea.email_address_caps='AN@EXAMPLE.VN')")]
    [InlineData("id in (select eabr.bean_id from email_addr_bean_rel as eabr inner join email_addresses as ea on eabr.email_address_id = ea.id where ea.email_address = 'an@example.vn')")]
    [InlineData("leads.id IN (SELECT bean_id FROM email_addr_bean_rel JOIN email_addresses ON email_addresses.id = email_addr_bean_rel.email_address_id WHERE email_address = 'an@example.vn' AND email_addr_bean_rel.deleted = 0)")]
    [InlineData("leads.id IN (SELECT bean_id FROM email_addr_bean_rel eabr, email_addresses ea WHERE ea.id = eabr.email_address_id AND (ea.email_address_caps = 'AN@EXAMPLE.VN') AND ea.deleted = 0)")]
    [InlineData("leads.id IN (SELECT bean_id FROM email_addr_bean_rel eabr JOIN email_addresses ea ON (ea.id = eabr.email_address_id) WHERE deleted = 0 AND ea.email_address IN ('x@y.z', 'an@example.vn'))")]
    public void Email_Idioms_BecomeEmailMatch(string query)
    {
        var match = Assert.IsType<EmailMatchExpression>(Where(query));
        Assert.Equal(["email1", "email2"], match.Fields.Select(f => f.Name));
        Assert.Null(match.Pattern);
        Assert.Contains(match.Addresses, a => a.Equals("an@example.vn", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Email_LikeVariant_KeepsPattern()
    {
        var match = Assert.IsType<EmailMatchExpression>(Where(
            "leads.id IN (SELECT bean_id FROM email_addr_bean_rel eabr JOIN email_addresses ea ON ea.id = eabr.email_address_id " +
            "WHERE eabr.deleted = 0 AND ea.email_address LIKE '%@example.vn')"));
        Assert.Equal("%@example.vn", match.Pattern);
        Assert.Empty(match.Addresses);
    }

    [Fact]
    public void Email_CombinedWithOtherConditions_Parses()
    {
        var rendered = Render(
            "leads.deleted = 0 AND NOT leads.id IN (SELECT bean_id FROM email_addr_bean_rel eabr JOIN email_addresses ea " +
            "ON ea.id = eabr.email_address_id WHERE ea.email_address_caps = 'A@B.C')");
        Assert.StartsWith("(deleted = 0 AND NOT id IN (SELECT", rendered);
        Assert.Equal(rendered, Render(rendered));
    }

    [Fact]
    public void Email_OnModuleWithoutEmailFields_MatchesNothing()
    {
        var match = Assert.IsType<EmailMatchExpression>(Where(
            "bugs.id IN (SELECT bean_id FROM email_addr_bean_rel eabr JOIN email_addresses ea ON ea.id = eabr.email_address_id " +
            "WHERE ea.email_address = 'a@b.c')", ModuleRegistry.Default.Get("Bugs")));
        Assert.Empty(match.Fields);
        Assert.False(match.Matches(Record("Bugs", "1", ("name", "a@b.c"))));
    }

    [Theory]
    [InlineData("WHERE eabr.bean_module = 'Contacts' AND ea.email_address = 'a@b.c'", "bean_module 'Contacts' at position")]
    [InlineData("WHERE eabr.deleted = 1 AND ea.email_address = 'a@b.c'", "condition 'eabr.deleted = 1'")]
    [InlineData("WHERE eabr.deleted = 0", "needs a condition on email_address")]
    [InlineData("WHERE ea.email_address = 'a@b.c' AND ea.email_address = 'd@e.f'", "second email address condition 'ea.email_address'")]
    [InlineData("WHERE ea.opt_out = 0 AND ea.email_address = 'a@b.c'", "condition 'ea.opt_out = 0'")]
    [InlineData("WHERE ea.nonsense = 'a'", "column 'ea.nonsense' at position")]
    [InlineData("WHERE x.email_address = 'a'", "unknown table or alias 'x'")]
    [InlineData("WHERE lower(ea.email_address) = 'a'", "function call 'lower'")]
    [InlineData("WHERE ea.email_address = 'a' OR 1 = 1", "unexpected 'OR'")]
    public void Email_UnsupportedTerms_AreRefused(string where, string expected)
    {
        var message = Refused(
            $"leads.id IN (SELECT bean_id FROM email_addr_bean_rel eabr JOIN email_addresses ea ON ea.id = eabr.email_address_id {where})");
        Assert.Contains(expected, message);
    }

    [Theory]
    [InlineData("leads.id IN (SELECT bean_id FROM email_addr_bean_rel eabr WHERE eabr.bean_module = 'Leads')", "must join email_addr_bean_rel and email_addresses")]
    [InlineData("leads.id IN (SELECT bean_id FROM email_addr_bean_rel eabr, email_addresses ea WHERE ea.email_address = 'a@b.c')", "must join on email_addresses.id")]
    [InlineData("leads.id IN (SELECT ea.id FROM email_addr_bean_rel eabr JOIN email_addresses ea ON ea.id = eabr.email_address_id WHERE ea.email_address = 'a')", "selected column 'ea.id'")]
    [InlineData("leads.id IN (SELECT bean_id FROM email_addr_bean_rel eabr JOIN email_addresses ea ON ea.id = eabr.bean_id WHERE ea.email_address = 'a')", "join condition on 'ea.id'")]
    [InlineData("leads.id IN (SELECT bean_id FROM email_addr_bean_rel eabr LEFT JOIN email_addresses ea ON ea.id = eabr.email_address_id WHERE ea.email_address = 'a')", "unexpected 'LEFT'")]
    [InlineData("leads.last_name IN (SELECT bean_id FROM email_addr_bean_rel eabr JOIN email_addresses ea ON ea.id = eabr.email_address_id WHERE ea.email_address = 'a')", "subquery at position 21 is only allowed as leads.id IN")]
    [InlineData("leads.id IN (SELECT bean_id FROM email_addr_bean_rel eabr JOIN email_addresses ea ON ea.id = eabr.email_address_id WHERE ea.email_address = 'a' UNION SELECT id FROM users)", "unexpected 'UNION'")]
    public void Email_MalformedSubqueries_AreRefused(string query, string expected) =>
        Assert.Contains(expected, Refused(query));
}
