using CrmIntegration.Core.Activities;
using CrmIntegration.Core.Conversion;
using CrmIntegration.Server.Soap.V41.Contracts;

namespace CrmIntegration.Server.Soap.V41;

public sealed partial class SugarSoapService
{
    public Task<ConvertLeadResult> ConvertLeadAsync(string session, string lead_id, NameValue[] name_value_list)
    {
        var user = User(session);
        var request = LeadConversionRequest.FromOptions(lead_id ?? throw MissingArgument("lead_id"), EntryMapper.Pairs(name_value_list));
        var result = core.Conversions.Convert(user, request);
        return Task.FromResult(new ConvertLeadResult
        {
            LeadId = result.LeadId,
            ContactId = result.ContactId,
            ContactCreated = result.ContactCreated ? 1 : 0,
            AccountId = result.AccountId,
            AccountCreated = result.AccountCreated ? 1 : 0,
            OpportunityId = result.OpportunityId ?? "",
            ActivitiesMoved = result.ActivitiesMoved,
        });
    }

    public Task<ConvertProspectResult> ConvertProspectAsync(string session, string prospect_id, NameValue[] name_value_list)
    {
        var user = User(session);
        var result = core.Conversions.ConvertProspect(user, prospect_id ?? throw MissingArgument("prospect_id"), EntryMapper.Pairs(name_value_list));
        return Task.FromResult(new ConvertProspectResult
        {
            ProspectId = result.ProspectId,
            LeadId = result.LeadId,
            ActivitiesMoved = result.ActivitiesMoved,
        });
    }

    public Task<GetActivityHistoryResult> GetActivityHistoryAsync(string session, string module_name, string id)
    {
        var user = User(session);
        var history = core.Activities.For(user, module_name, id ?? throw MissingArgument("id"));
        return Task.FromResult(new GetActivityHistoryResult
        {
            ResultCount = history.Count,
            EntryList = history.Select(ToEntry).ToArray(),
        });
    }

    private static EntryValue ToEntry(ActivityItem item) => new()
    {
        Id = item.Id,
        ModuleName = item.Module,
        NameValueList =
        [
            new("name", item.Name), new("status", item.Status), new("date", item.Date), new("date_field", item.DateField),
            new("assigned_user_id", item.AssignedUserId), new("assigned_user_name", item.AssignedUserName),
            new("parent_type", item.ParentType), new("parent_id", item.ParentId),
        ],
    };
}
