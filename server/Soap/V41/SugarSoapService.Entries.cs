using CrmIntegration.Core.Errors;
using CrmIntegration.Core.Modules;
using CrmIntegration.Core.Records;
using CrmIntegration.Core.Security;
using CrmIntegration.Server.Soap.V41.Contracts;

namespace CrmIntegration.Server.Soap.V41;

public sealed partial class SugarSoapService
{
    public async Task<NewSetEntryResult> SetEntryAsync(string session, string module_name, NameValue[] name_value_list)
    {
        var (id, warnings) = await core.Intake.SaveEntryAsync(User(session), module_name, EntryMapper.Pairs(name_value_list));
        return new NewSetEntryResult { Id = id, Warnings = warnings.Count == 0 ? null : warnings.ToArray() };
    }

    public async Task<NewSetEntriesResult> SetEntriesAsync(string session, string module_name, NameValueListItem[] name_value_lists)
    {
        var user = User(session);
        core.Records.Module(user, module_name);
        var items = name_value_lists ?? [];

        // Started together so that new leads share group commits; each item still succeeds or fails alone.
        var saves = items.Select(item => SaveOneAsync(user, module_name, item)).ToArray();
        var results = await Task.WhenAll(saves);
        var errors = results.Select((r, i) => r.Error is { } e
                ? new SetEntriesError { Index = i, Number = (int)e.Code, Name = e.Name, Description = e.Message }
                : null)
            .OfType<SetEntriesError>()
            .ToArray();
        var warnings = results.SelectMany((r, i) => r.Warnings.Select(w => new SetEntriesWarning { Index = i, Description = w })).ToArray();
        return new NewSetEntriesResult
        {
            Ids = results.Select(r => r.Id).ToArray(),
            Errors = errors,
            Warnings = warnings.Length == 0 ? null : warnings,
        };
    }

    private async Task<(string Id, IReadOnlyList<string> Warnings, CrmException? Error)> SaveOneAsync(CrmUser user, string module, NameValueListItem? item)
    {
        try
        {
            var (id, warnings) = await core.Intake.SaveEntryAsync(user, module, EntryMapper.Pairs(item?.Items));
            return (id, warnings, null);
        }
        catch (CrmException e)
        {
            return ("", [], e);
        }
    }

    public Task<GetEntryResultVersion2> GetEntryAsync(
        string session, string module_name, string id, string[] select_fields,
        LinkNameToFieldsArray[] link_name_to_fields_array, bool track_view) =>
        GetEntriesAsync(session, module_name, [id], select_fields, link_name_to_fields_array, track_view);

    public Task<GetEntryResultVersion2> GetEntriesAsync(
        string session, string module_name, string[] ids, string[] select_fields,
        LinkNameToFieldsArray[] link_name_to_fields_array, bool track_view)
    {
        var user = User(session);
        var module = core.Records.Module(user, module_name);
        var entries = new List<EntryValue>();
        var found = new List<CrmRecord>();
        foreach (var id in ids ?? [])
        {
            if (core.Records.Get(user, module.Name, id) is { } record)
            {
                entries.Add(EntryMapper.ToEntry(module, record, select_fields));
                found.Add(record);
            }
            else
            {
                entries.Add(EntryMapper.MissingEntry(module.Name, id));
            }
        }

        return Task.FromResult(new GetEntryResultVersion2
        {
            EntryList = entries.ToArray(),
            RelationshipList = RelationshipLists(user, module, found, link_name_to_fields_array),
        });
    }

    public Task<GetEntryListResultVersion2> GetEntryListAsync(
        string session, string module_name, string query, string order_by, int offset, string[] select_fields,
        LinkNameToFieldsArray[] link_name_to_fields_array, int max_results, int deleted, bool favorites)
    {
        var user = User(session);
        var module = core.Records.Module(user, module_name);
        var page = core.Records.List(user, module.Name, new ListRequest(query, order_by, offset, max_results, IncludeDeleted(deleted)));
        var skip = Math.Max(offset, 0);
        return Task.FromResult(new GetEntryListResultVersion2
        {
            ResultCount = page.Records.Count,
            TotalCount = page.TotalCount,
            NextOffset = skip + page.Records.Count,
            EntryList = page.Records.Select(r => EntryMapper.ToEntry(module, r, select_fields)).ToArray(),
            RelationshipList = RelationshipLists(user, module, page.Records, link_name_to_fields_array),
        });
    }

    public Task<GetEntriesCountResult> GetEntriesCountAsync(string session, string module_name, string query, int deleted) =>
        Task.FromResult(new GetEntriesCountResult
        {
            ResultCount = core.Records.Count(User(session), module_name, query, IncludeDeleted(deleted)),
        });

    /// <summary>
    /// SugarCRM's <c>relationship_list</c>: parallel to the entries, for each requested link the
    /// related records with the requested fields. Empty when no links were asked for.
    /// </summary>
    private LinkList2[] RelationshipLists(
        CrmUser user, ModuleDefinition module, IReadOnlyList<CrmRecord> records, LinkNameToFieldsArray[]? links)
    {
        var wanted = (links ?? []).Where(l => !string.IsNullOrEmpty(l.Name)).ToList();
        if (wanted.Count == 0)
        {
            return [];
        }

        return records.Select(record => new LinkList2
        {
            LinkList = wanted.Select(link =>
            {
                var related = core.Relationships.GetRelated(user, module.Name, record.Id, link.Name!, new ListRequest());
                var relatedModule = core.Registry.Get(module.FindLink(link.Name!)!.Module);
                return new LinkNameValue
                {
                    Name = link.Name,
                    Records = related.Records
                        .Select(r => new LinkValue2 { LinkValue = EntryMapper.ToNameValues(relatedModule, r, link.Value) })
                        .ToArray(),
                };
            }).ToArray(),
        }).ToArray();
    }
}
