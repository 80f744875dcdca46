using CrmIntegration.Core.Modules;
using CrmIntegration.Core.Records;

namespace CrmIntegration.Core.Storage;

/// <summary>
/// The records a caller may read, as one exact equality a store can push down: a partner reads only
/// the leads it created (<c>created_by</c> = its id), and of the users only itself (<c>id</c>).
/// Compared exactly (ids are opaque), never ignoring case.
/// </summary>
public sealed record ReadScope(string Field, string Value)
{
    public bool Allows(CrmRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var value = Field == CommonFields.Id ? record.Id : record[Field];
        return string.Equals(value, Value, StringComparison.Ordinal);
    }

    public override string ToString() => $"{Field} = '{Value}'";
}
