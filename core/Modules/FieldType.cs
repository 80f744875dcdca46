namespace CrmIntegration.Core.Modules;

/// <summary>Field types, named as SugarCRM's vardefs name them on the wire (<see cref="FieldTypeNames"/>).</summary>
public enum FieldType
{
    Id,
    Varchar,
    Name,
    Text,
    Email,
    Phone,
    Url,
    Enum,
    MultiEnum,
    Bool,
    Int,
    Decimal,
    Currency,
    Date,
    DateTime,
    Relate,
    AutoIncrement,
    Password,
}
