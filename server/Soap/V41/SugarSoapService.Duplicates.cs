using CrmIntegration.Server.Soap.V41.Contracts;

namespace CrmIntegration.Server.Soap.V41;

public sealed partial class SugarSoapService
{
    /// <summary>
    /// What a duplicate shows of itself, enough to tell people apart; fields a module lacks are left
    /// out. Anything else is a <c>get_entry</c> away, under the same access rules.
    /// </summary>
    private static readonly string[] DuplicateDisplayFields =
        ["name", "first_name", "last_name", "account_name", "email1", "phone_mobile", "phone_work", "phone_office", "status"];

    public Task<FindDuplicatesResult> FindDuplicatesAsync(string session, string module_name, NameValue[] name_value_list)
    {
        var matches = core.Duplicates.Check(User(session), module_name, EntryMapper.Pairs(name_value_list));
        return Task.FromResult(new FindDuplicatesResult
        {
            ResultCount = matches.Count,
            EntryList = matches.Select(m => new DuplicateEntry
            {
                Id = m.Id,
                ModuleName = m.Module,
                Score = m.Score,
                Rule = m.Rule,
                NameValueList = EntryMapper.ToNameValues(core.Registry.Get(m.Module), m.Record, DuplicateDisplayFields),
            }).ToArray(),
        });
    }
}
