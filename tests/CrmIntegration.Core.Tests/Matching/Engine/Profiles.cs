using CrmIntegration.Core.Matching;
using CrmIntegration.Core.Records;

namespace CrmIntegration.Core.Tests.Matching.Engine;

/// <summary>Test records and profiles. Values avoid diacritics and phone formatting where a test is
/// not about normalisation, so they hold with the placeholder normalisers and the real ones alike.</summary>
internal static class Profiles
{
    private static int _next;

    public static CrmRecord Lead(string first, string last, string? email = null, string? mobile = null, string? work = null, string? company = null, string? id = null) =>
        new("Leads", new Dictionary<string, string?>
        {
            ["id"] = id ?? $"lead-{Interlocked.Increment(ref _next)}",
            ["first_name"] = first,
            ["last_name"] = last,
            ["email1"] = email,
            ["phone_mobile"] = mobile,
            ["phone_work"] = work,
            ["account_name"] = company,
        });

    public static CrmRecord Contact(string first, string last, string? email = null, string? mobile = null, string? accountId = null, string? id = null) =>
        new("Contacts", new Dictionary<string, string?>
        {
            ["id"] = id ?? $"contact-{Interlocked.Increment(ref _next)}",
            ["first_name"] = first,
            ["last_name"] = last,
            ["email1"] = email,
            ["phone_mobile"] = mobile,
            ["account_id"] = accountId,
        });

    public static CrmRecord Account(string name, string? email = null, string? office = null, string? id = null) =>
        new("Accounts", new Dictionary<string, string?>
        {
            ["id"] = id ?? $"account-{Interlocked.Increment(ref _next)}",
            ["name"] = name,
            ["email1"] = email,
            ["phone_office"] = office,
        });

    public static MatchProfile Of(CrmRecord record) => new MatchProfileFactory().Create(record);

    /// <summary>A frequency table of many people in which these surnames and given names recur as told.</summary>
    public static FrequencyTable Population(int people, params (string Token, int Count)[] tokens)
    {
        var profiles = new List<MatchProfile>(people);
        var factory = new MatchProfileFactory();
        for (var i = 0; i < people; i++)
        {
            var name = $"x{i}";
            foreach (var (token, count) in tokens)
            {
                if (i < count)
                {
                    name += " " + token;
                }
            }

            profiles.Add(factory.Create(Lead(name, "")));
        }

        return FrequencyTable.Build(profiles);
    }
}
