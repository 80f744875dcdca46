using CrmIntegration.Core.Records;

namespace CrmIntegration.Core.Intake;

/// <summary>A lead as its submitter may follow it: the record and the user name of the rep it is assigned to.</summary>
public sealed record SubmittedLead(CrmRecord Lead, string? AssignedUserName);

/// <summary>One page of a submitter's leads, oldest first; <see cref="NextPage"/> is 0 on the last page.</summary>
public sealed record SubmissionPage(IReadOnlyList<SubmittedLead> Leads, int Page, int PageSize, int TotalCount)
{
    public int NextPage => Page * PageSize < TotalCount ? Page + 1 : 0;
}
