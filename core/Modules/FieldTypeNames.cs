namespace CrmIntegration.Core.Modules;

/// <summary>The type names <c>get_module_fields</c> reports, as SugarCRM spells them.</summary>
public static class FieldTypeNames
{
    public static string WireName(this FieldType type) => type switch
    {
        FieldType.Id => "id",
        FieldType.Varchar => "varchar",
        FieldType.Name => "name",
        FieldType.Text => "text",
        FieldType.Email => "email",
        FieldType.Phone => "phone",
        FieldType.Url => "url",
        FieldType.Enum => "enum",
        FieldType.MultiEnum => "multienum",
        FieldType.Bool => "bool",
        FieldType.Int => "int",
        FieldType.Decimal => "decimal",
        FieldType.Currency => "currency",
        FieldType.Date => "date",
        FieldType.DateTime => "datetime",
        FieldType.Relate => "relate",
        FieldType.AutoIncrement => "int",
        FieldType.Password => "password",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };

    /// <summary>Numeric types compare and sort as numbers, everything else as ordinal strings.</summary>
    public static bool IsNumeric(this FieldType type) =>
        type is FieldType.Int or FieldType.Decimal or FieldType.Currency or FieldType.AutoIncrement;
}
