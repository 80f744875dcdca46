using CrmIntegration.Core.Errors;
using CrmIntegration.Core.Modules;
using CrmIntegration.Core.Query;
using CrmIntegration.Core.Records;

namespace CrmIntegration.Core.Tests.Query;

/// <summary>Modules, records and parse helpers shared by the query tests.</summary>
internal static class QueryTestData
{
    public static ModuleRegistry Registry => ModuleRegistry.Default;

    public static ModuleDefinition Leads => Registry.Get("Leads");

    public static ModuleDefinition Accounts => Registry.Get("Accounts");

    /// <summary>Contacts keep store indexes on names and addresses (Leads do not: LeadsModule).</summary>
    public static ModuleDefinition Contacts => Registry.Get("Contacts");

    public static ModuleDefinition Users => Registry.Get("Users");

    /// <summary>
    /// A test-only module with integer and decimal fields, which Leads, Accounts and Users lack;
    /// it is handed to the parser directly and never joins the registry.
    /// </summary>
    public static ModuleDefinition Invoices { get; } = new(
        "Invoices", "invoices", "Invoices", "Hoá đơn",
        [
            new FieldDefinition(CommonFields.Id, FieldType.Id, "ID", "Mã") { Indexed = true },
            new FieldDefinition("name", FieldType.Name, "Name", "Tên") { Indexed = true },
            new FieldDefinition("quantity", FieldType.Int, "Quantity", "Số lượng") { Indexed = true },
            new FieldDefinition("amount", FieldType.Decimal, "Amount", "Số tiền"),
            new FieldDefinition("email1", FieldType.Email, "Email", "Email") { Indexed = true },
            new FieldDefinition(CommonFields.Deleted, FieldType.Bool, "Deleted", "Đã xoá"),
        ],
        []);

    public static QueryExpression Where(string query, ModuleDefinition? module = null) =>
        QueryParser.ParseWhere(query, module ?? Leads, Registry) ?? throw new InvalidOperationException("parsed to null");

    /// <summary>The canonical rendering of the parsed query (fully parenthesised, bare field names).</summary>
    public static string Render(string query, ModuleDefinition? module = null) => Where(query, module).ToString()!;

    /// <summary>Asserts the query is refused with fault 40 and returns the message.</summary>
    public static string Refused(string query, ModuleDefinition? module = null)
    {
        var error = Assert.Throws<CrmException>(() => QueryParser.ParseWhere(query, module ?? Leads, Registry));
        Assert.Equal(CrmErrorCode.AccessDenied, error.Code);
        Assert.StartsWith("Query refused: ", error.Message);
        return error.Message;
    }

    public static CrmRecord Lead(string id, params (string Field, string? Value)[] values) =>
        Record("Leads", id, values);

    public static CrmRecord Record(string module, string id, params (string Field, string? Value)[] values)
    {
        var record = new CrmRecord(module) { Id = id };
        foreach (var (field, value) in values)
        {
            record[field] = value;
        }

        return record;
    }
}
