using System.Collections.Concurrent;
using CrmIntegration.Core.Matching.Normalization;
using CrmIntegration.Core.Records;
using CrmIntegration.Core.Security;
using CrmIntegration.Core.Storage;

namespace CrmIntegration.Core.Intake.Assignment;

/// <summary>
/// Picks the sales rep for a new lead by <see cref="AssignmentOptions"/>: the first matching rule's
/// user, or the next member of its team in turn. Only active internal users receive leads; a rule
/// whose user or whole team is unavailable is passed over, so a rep on leave never silently
/// swallows leads.
/// </summary>
/// <remarks>
/// The round-robin position is a store sequence per team, so it survives restarts and concurrent
/// submissions never hand two leads to one rep while skipping another. Call inside the intake
/// transaction: a rolled-back submission then does not use up a turn.
/// </remarks>
public sealed class LeadAssigner
{
    private const string SequencePrefix = "assignment.team.";

    private readonly ICrmStore _store;
    private readonly UserDirectory _users;
    private readonly AssignmentOptions _options;

    // User name → id of the reps named in the options. Every lead asks about every member of its
    // team; resolving the names through the store each time was an index search per member and lead.
    // An id stays valid only while the user it names still has that name (checked on each use).
    private readonly ConcurrentDictionary<string, string> _idsByUserName = new(StringComparer.OrdinalIgnoreCase);

    /// <exception cref="InvalidOperationException">The options are inconsistent (see <see cref="AssignmentOptions.Validate"/>).</exception>
    public LeadAssigner(ICrmStore store, UserDirectory users, AssignmentOptions options)
    {
        options.Validate();
        _store = store;
        _users = users;
        _options = options;
    }

    /// <summary>Null when no rule applies and there is no default team (the lead stays unassigned).</summary>
    public AssignmentDecision? Choose(CrmRecord lead, CrmUser submitter)
    {
        foreach (var rule in _options.Rules.Where(r => Applies(r, lead, submitter)))
        {
            var decision = rule.User is { Length: > 0 } user
                ? ToUser(user, $"rule '{rule}'")
                : FromTeam(rule.Team!, $"rule '{rule}'");
            if (decision is not null)
            {
                return decision;
            }
        }

        return _options.DefaultTeam is { Length: > 0 } team ? FromTeam(team, $"default team {team}") : null;
    }

    private static bool Applies(AssignmentRule rule, CrmRecord lead, CrmUser submitter)
    {
        if (rule.Partner is { Length: > 0 } partner
            && !(submitter.IsPartner && string.Equals(partner, submitter.UserName, StringComparison.OrdinalIgnoreCase)))
        {
            return false;
        }

        if (rule.Field is { Length: > 0 } field)
        {
            var value = TextFold.Fold(lead[field]);
            return value.Length > 0 && rule.Values.Any(v => TextFold.Fold(v) == value);
        }

        return true;
    }

    private AssignmentDecision? ToUser(string userName, string reason) =>
        Available(userName) is { } user ? new AssignmentDecision(user.Id, user.UserName, reason) : null;

    private AssignmentDecision? FromTeam(string team, string reason)
    {
        var available = _options.Teams[team].Select(Available).OfType<CrmUser>().ToList();
        if (available.Count == 0)
        {
            return null;
        }

        var turn = _store.NextSequence(SequencePrefix + team.ToLowerInvariant());
        var user = available[(int)((turn - 1) % available.Count)];
        return new AssignmentDecision(user.Id, user.UserName, $"{reason}, round-robin");
    }

    private CrmUser? Available(string userName) =>
        Resolve(userName) is { Active: true, IsPartner: false } user ? user : null;

    private CrmUser? Resolve(string userName)
    {
        if (_idsByUserName.TryGetValue(userName, out var id) && _users.Find(id) is { } known
            && string.Equals(known.UserName, userName, StringComparison.OrdinalIgnoreCase))
        {
            return known;
        }

        // Unknown names are not remembered: a rep added later is found on the next lead.
        if (_users.FindByUserName(userName) is not { } record || _users.Find(record.Id) is not { } user)
        {
            _idsByUserName.TryRemove(userName, out _);
            return null;
        }

        _idsByUserName[userName] = user.Id;
        return user;
    }
}
