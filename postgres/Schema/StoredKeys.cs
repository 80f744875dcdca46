using System.Text.Json;
using CrmIntegration.Core.Modules;
using CrmIntegration.Core.Query;
using CrmIntegration.Core.Records;

namespace CrmIntegration.Storage.PostgreSql.Schema;

/// <summary>
/// What the store writes beside a record so that the database can filter and order it with the
/// core's semantics (<see cref="ComparisonExpression"/>, <see cref="RecordOrder"/>): the
/// <c>keys</c> and <c>nums</c> columns of <see cref="ModuleTables"/>.
/// </summary>
internal static class StoredKeys
{
    /// <summary>
    /// Every value of a non-numeric field in its comparable form (<see cref="QueryConstant.StoredKey"/>:
    /// folded text, the ISO date, the exact id); a value that counts as missing is left out, so SQL
    /// sees NULL and the comparison is unknown, as in the core.
    /// </summary>
    public static string Keys(ModuleDefinition module, CrmRecord record)
    {
        var keys = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var field in module.Fields)
        {
            var kind = ValueKinds.Of(field);
            if (kind != ValueKind.Numeric && QueryConstant.StoredKey(kind, record[field.Name]) is { } key)
            {
                keys[field.Name] = key;
            }
        }

        return JsonSerializer.Serialize(keys);
    }

    /// <summary>The numeric fields' values that read as numbers (<see cref="QueryConstant.TryNumber"/>); others are left out.</summary>
    public static string Numbers(ModuleDefinition module, CrmRecord record)
    {
        var numbers = new Dictionary<string, decimal>(StringComparer.Ordinal);
        foreach (var field in module.Fields.Where(f => ValueKinds.Of(f) == ValueKind.Numeric))
        {
            if (QueryConstant.TryNumber(record[field.Name]?.Trim()) is { } number)
            {
                numbers[field.Name] = number;
            }
        }

        return JsonSerializer.Serialize(numbers);
    }
}
