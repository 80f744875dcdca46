using CrmIntegration.Core.Errors;
using CrmIntegration.Core.Records;
using CrmIntegration.Core.Relationships;
using CrmIntegration.Server.Soap.V41.Contracts;

namespace CrmIntegration.Server.Soap.V41;

public sealed partial class SugarSoapService
{
    public Task<NewSetRelationshipListResult> SetRelationshipAsync(
        string session, string module_name, string module_id, string link_field_name, string[] related_ids,
        NameValue[] name_value_list, int delete)
    {
        var result = core.Relationships.SetRelationship(
            User(session), module_name, module_id ?? "", link_field_name ?? "", related_ids ?? [],
            EntryMapper.Dictionary(name_value_list), delete != 0);
        return Task.FromResult(ToContract(result));
    }

    public Task<NewSetRelationshipListResult> SetRelationshipsAsync(
        string session, string[] module_names, string[] module_ids, string[] link_field_names,
        SelectFieldsList[] related_ids, NameValueListItem[] name_value_lists, int[] delete_array)
    {
        var user = User(session);
        var count = module_names?.Length ?? 0;
        if (module_ids?.Length != count || link_field_names?.Length != count || related_ids?.Length != count)
        {
            throw CrmException.InvalidData(
                "module_names, module_ids, link_field_names and related_ids must be parallel arrays of the same length");
        }

        var total = new LinkResult(0, 0, 0);
        for (var i = 0; i < count; i++)
        {
            var extra = name_value_lists is { } lists && i < lists.Length ? EntryMapper.Dictionary(lists[i]?.Items) : null;
            var delete = delete_array is { } flags && i < flags.Length && flags[i] != 0;
            total += core.Relationships.SetRelationship(
                user, module_names![i], module_ids[i], link_field_names[i], related_ids[i]?.Ids ?? [], extra, delete);
        }

        return Task.FromResult(ToContract(total));
    }

    public Task<GetEntryResultVersion2> GetRelationshipsAsync(
        string session, string module_name, string module_id, string link_field_name, string related_module_query,
        string[] related_fields, LinkNameToFieldsArray[] related_module_link_name_to_fields_array, int deleted,
        string order_by, int offset, int limit)
    {
        var user = User(session);
        var link = core.Relationships.Resolve(user, module_name, link_field_name ?? "");
        var related = core.Relationships.GetRelated(
            user, link.Module.Name, module_id ?? "", link.Link.Name,
            new ListRequest(related_module_query, order_by, offset, limit, IncludeDeleted(deleted)));
        return Task.FromResult(new GetEntryResultVersion2
        {
            EntryList = related.Records.Select(r => EntryMapper.ToEntry(link.Related, r, related_fields)).ToArray(),
            RelationshipList = RelationshipLists(user, link.Related, related.Records, related_module_link_name_to_fields_array),
        });
    }

    public Task<ReturnSearchResult> SearchByModuleAsync(
        string session, string search_string, string[] modules, int offset, int max_results, string assigned_user_id,
        string[] select_fields, bool unified_search_only, bool favorites)
    {
        var user = User(session);
        var hits = core.Search.Search(user, search_string, modules ?? [], offset, max_results, assigned_user_id);
        return Task.FromResult(new ReturnSearchResult
        {
            EntryList = hits.Select(hit =>
            {
                var module = core.Registry.Get(hit.Module);
                return new SearchLinkNameValue
                {
                    Name = module.Name,
                    Records = hit.Records.Select(r => new LinkValue2 { LinkValue = EntryMapper.ToNameValues(module, r, select_fields) }).ToArray(),
                };
            }).ToArray(),
        });
    }

    private static NewSetRelationshipListResult ToContract(LinkResult result) =>
        new() { Created = result.Created, Failed = result.Failed, Deleted = result.Deleted };
}
