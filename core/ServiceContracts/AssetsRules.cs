using CrmIntegration.Core.Errors;
using CrmIntegration.Core.Records;
using CrmIntegration.Core.Records.Rules;
using CrmIntegration.Core.Security;
using CrmIntegration.Core.Storage;

namespace CrmIntegration.Core.ServiceContracts;

/// <summary>
/// An asset's serial number is unique per product model, compared as <see cref="SerialNumber"/>
/// says; <c>serial_key</c> keeps that comparable form so incidents can be logged by serial number
/// alone. A second asset of the same model and serial is refused with fault 50 naming the first.
/// </summary>
public sealed class AssetsRules(ICrmStore store) : IRecordRules
{
    public const string SerialKeyField = "serial_key";

    public string Module => "Assets";

    public void BeforeSave(CrmUser user, CrmRecord record, CrmRecord? before, IReadOnlyDictionary<string, string?> input)
    {
        var key = SerialNumber.Key(record["serial_number"]);
        record[SerialKeyField] = key;
        if (key is null || record.IsDeleted)
        {
            return;
        }

        // With several server instances on one database, two saves of the same serial could each
        // pass the check below before either commits: the store's write lock orders them.
        store.LockRecordWrites();
        var taken = store.FindByKey(Module, SerialKeyField, key)
            .FirstOrDefault(other => other.Id != record.Id && !other.IsDeleted && SerialNumber.SameModel(other["product_model"], record["product_model"]));
        if (taken is not null)
        {
            throw CrmException.Duplicate(Module, taken.Id,
                $"serial number '{record["serial_number"]}' of product model '{record["product_model"]?.Trim()}' is already registered as '{taken["serial_number"]}'");
        }
    }
}
