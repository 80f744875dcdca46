using System.Text;
using CrmIntegration.Core.Errors;
using CrmIntegration.Core.Modules;
using CrmIntegration.Core.Validation;
using CrmIntegration.Core.Tests.Infrastructure;

namespace CrmIntegration.Core.Tests.Validation;

/// <summary>
/// Each field type against good and bad input. Real module fields where the catalog has the type;
/// a small test module for the numeric and datetime types Leads does not have yet.
/// </summary>
public sealed class FieldValueNormalizerTests
{
    private static readonly ModuleDefinition Widgets = new("Widgets", "widgets", "Widgets", "Linh kiện",
    [
        new FieldDefinition("quantity", FieldType.Int, "Quantity", "Số lượng"),
        new FieldDefinition("price", FieldType.Decimal, "Price", "Giá"),
        new FieldDefinition("amount", FieldType.Currency, "Amount", "Số tiền"),
        new FieldDefinition("shipped_at", FieldType.DateTime, "Shipped", "Ngày giao"),
        new FieldDefinition("code", FieldType.Varchar, "Code", "Mã") { MaxLength = 5 },
    ], []);

    [Theory]
    [InlineData("quantity", "42", "42")]
    [InlineData("quantity", " -7 ", "-7")]
    [InlineData("quantity", "+3", "3")]
    [InlineData("price", "1234.50", "1234.50")]
    [InlineData("price", "-0.5", "-0.5")]
    [InlineData("amount", "100", "100")]
    [InlineData("shipped_at", "2026-03-02 08:30:00", "2026-03-02 08:30:00")]
    [InlineData("shipped_at", "2026-03-02T15:30:00+07:00", "2026-03-02 08:30:00")]
    [InlineData("shipped_at", "2026-03-02T08:30:00Z", "2026-03-02 08:30:00")]
    [InlineData("shipped_at", "2026-03-02 08:30", "2026-03-02 08:30:00")]
    [InlineData("shipped_at", "2026-03-02", "2026-03-02 00:00:00")]
    [InlineData("code", "AB-12", "AB-12")]
    public void TestModule_AcceptsAndNormalises(string field, string input, string expected)
    {
        Assert.Equal(expected, FieldValueNormalizer.Normalize(Widgets, Widgets.FindField(field)!, input));
    }

    [Theory]
    [InlineData("quantity", "4.2")]
    [InlineData("quantity", "abc")]
    [InlineData("quantity", "1,000")]
    [InlineData("quantity", "99999999999999999999")]
    [InlineData("price", "1,234.50")]
    [InlineData("price", "12,5")]
    [InlineData("price", "1e3")]
    [InlineData("amount", "one hundred")]
    [InlineData("shipped_at", "02/03/2026 08:30")]
    [InlineData("shipped_at", "2026-02-30 08:30:00")]
    [InlineData("shipped_at", "yesterday")]
    [InlineData("code", "ABC-123")]
    public void TestModule_RejectsWith1001NamingModuleAndField(string field, string input)
    {
        var error = CrmAssert.Fails(CrmErrorCode.InvalidData,
            () => FieldValueNormalizer.Normalize(Widgets, Widgets.FindField(field)!, input));

        Assert.Contains($"Widgets.{field} ", error.Message);
    }

    [Theory]
    [InlineData("do_not_call", "1", "1")]
    [InlineData("do_not_call", "TRUE", "1")]
    [InlineData("do_not_call", "yes", "1")]
    [InlineData("do_not_call", "off", "0")]
    [InlineData("do_not_call", "0", "0")]
    [InlineData("birthdate", "1990-12-31", "1990-12-31")]
    [InlineData("birthdate", "2024-02-29", "2024-02-29")]
    [InlineData("status", "Dead", "Dead")]
    [InlineData("status", "in process", "In Process")]
    [InlineData("lead_source", "Cold Call", "Cold Call")]
    [InlineData("lead_source", "Gọi điện chủ động", "Cold Call")]
    [InlineData("lead_source", "trade show", "Trade Show")]
    [InlineData("status", "Đã chuyển đổi", "Converted")]
    [InlineData("email1", " nhung.nguyen@example.vn ", "nhung.nguyen@example.vn")]
    [InlineData("phone_mobile", "+84 912 345 678", "+84 912 345 678")]
    [InlineData("phone_work", "(028) 3822 1234", "(028) 3822 1234")]
    [InlineData("account_id", "a1b2-c3_d4.e5", "a1b2-c3_d4.e5")]
    [InlineData("title", "", "")]
    public void Leads_AcceptsAndNormalises(string field, string input, string expected)
    {
        Assert.Equal(expected, Normalize("Leads", field, input));
    }

    [Theory]
    [InlineData("do_not_call", "maybe")]
    [InlineData("do_not_call", "2")]
    [InlineData("birthdate", "31/12/1990")]
    [InlineData("birthdate", "2023-02-29")]
    [InlineData("birthdate", "1990-12-31 10:00:00")]
    [InlineData("status", "Closed")]
    [InlineData("lead_source", "Facebook")]
    [InlineData("email1", "no-at-sign.vn")]
    [InlineData("email1", "two@@example.vn")]
    [InlineData("email1", "@example.vn")]
    [InlineData("email1", "nhung@")]
    [InlineData("email1", "nhung nguyen@example.vn")]
    [InlineData("account_id", "not an id!")]
    [InlineData("account_id", "0123456789012345678901234567890123456")]
    public void Leads_RejectsWith1001NamingModuleAndField(string field, string input)
    {
        var error = CrmAssert.Fails(CrmErrorCode.InvalidData, () => Normalize("Leads", field, input));

        Assert.Contains($"Leads.{field} ", error.Message);
        Assert.StartsWith("Invalid data: ", error.Message);
    }

    [Theory]
    [InlineData("title", 100)]
    [InlineData("phone_mobile", 100)]
    [InlineData("email1", 100)]
    [InlineData("primary_address_postalcode", 20)]
    public void MaxLength_IsCountedInCharactersUsersSee(string field, int max)
    {
        // 'ễ' is one character but three code units when decomposed; an email needs its '@'.
        var fits = field == "email1" ? new string('ễ', max - 5) + "@b.vn" : new string('ễ', max);
        var longer = "ễ" + fits;

        Assert.Equal(fits.Normalize(NormalizationForm.FormC), Normalize("Leads", field, fits.Normalize(NormalizationForm.FormD)));
        var error = CrmAssert.Fails(CrmErrorCode.InvalidData, () => Normalize("Leads", field, longer));
        Assert.Contains($"Leads.{field} ", error.Message);
        Assert.Contains($"at most {max}", error.Message);
    }

    [Fact]
    public void Null_StaysNull()
    {
        Assert.Null(Normalize("Leads", "birthdate", null));
    }

    [Fact]
    public void BadValue_ThroughRecordService_IsRefusedBeforeAnythingIsStored()
    {
        using var test = new TestCore();
        var seller = test.Core.AddUser("seller");

        var error = CrmAssert.Fails(CrmErrorCode.InvalidData, () => test.Core.AddLead(seller, "Lý", ("birthdate", "31/12/1990")));

        Assert.Contains("Leads.birthdate", error.Message);
        Assert.Equal(0, test.Core.Store.Count("Leads"));
    }

    private static string? Normalize(string module, string field, string? value)
    {
        var definition = ModuleRegistry.Default.Get(module);
        return FieldValueNormalizer.Normalize(definition, definition.FindField(field) ?? throw new ArgumentException(field), value);
    }
}
