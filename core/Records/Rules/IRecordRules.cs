using CrmIntegration.Core.Records;
using CrmIntegration.Core.Security;

namespace CrmIntegration.Core.Records.Rules;

/// <summary>
/// Business rules particular to one module, run inside the save transaction after the caller's
/// values are applied and before required fields are checked.
/// </summary>
public interface IRecordRules
{
    string Module { get; }

    /// <param name="user">Who saves.</param>
    /// <param name="record">The record as it will be stored; rules may change it.</param>
    /// <param name="before">The stored record before this save, or null when creating.</param>
    /// <param name="input">The caller's raw values (including pseudo-fields such as passwords).</param>
    void BeforeSave(CrmUser user, CrmRecord record, CrmRecord? before, IReadOnlyDictionary<string, string?> input);

    /// <summary>Runs after the record is written, still inside the transaction.</summary>
    void AfterSave(CrmRecord record) { }
}
