using CrmIntegration.Core.Errors;
using CrmIntegration.Core.Query;
using CrmIntegration.Core.Records;
using CrmIntegration.Core.Text;
using static CrmIntegration.Core.Tests.Query.QueryTestData;

namespace CrmIntegration.Core.Tests.Query;

/// <summary>
/// Randomized checks: generated fragments parse and evaluate; mutated and hostile ones parse or
/// are refused with fault 40 and nothing else; and the planner's hints are sound everywhere.
/// The seed is in every failure message; set QUERY_FUZZ_SEED to replay another one.
/// </summary>
public sealed class QueryFuzzTests
{
    private const int ValidPerSeed = 3_000;

    public static TheoryData<int> Seeds()
    {
        var seeds = new TheoryData<int> { 1, 20_240_517 };
        if (int.TryParse(Environment.GetEnvironmentVariable("QUERY_FUZZ_SEED"), out var extra))
        {
            seeds.Add(extra);
        }

        return seeds;
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void GeneratedFragments_ParseEvaluateAndPlanSoundly(int seed)
    {
        var random = new Random(seed);
        var generator = new QueryFragmentGenerator(random);
        var stats = new Stats();
        for (var n = 0; n < ValidPerSeed; n++)
        {
            var query = string.Join(random.Next(5) == 0 ? "\n " : " ", generator.Condition());
            QueryExpression? parsed;
            try
            {
                parsed = Where(query);
            }
            catch (Exception e)
            {
                throw new InvalidOperationException($"seed {seed}, case {n}: valid fragment failed to parse: {query}", e);
            }

            Check(parsed, query, $"seed {seed}, case {n}", stats);
            var rendered = parsed.ToString()!;
            Assert.True(rendered == Render(rendered), $"seed {seed}, case {n}: rendering does not round-trip: {query} → {rendered}");
        }

        // Guards against a generator that drifted into trivia: the checks above must have had work to do.
        Assert.True(stats.Matched > ValidPerSeed, $"seed {seed}: only {stats.Matched} matches");
        Assert.True(stats.Hinted > ValidPerSeed / 20, $"seed {seed}: only {stats.Hinted} hinted queries");
        Assert.True(stats.HintedMatches > 0, $"seed {seed}: no hinted query matched anything");
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void MutatedFragments_ParseOrAreRefusedWith40(int seed)
    {
        var random = new Random(seed);
        var generator = new QueryFragmentGenerator(random);
        var mutator = new QueryMutator(random);
        var stats = new Stats();
        for (var n = 0; n < ValidPerSeed; n++)
        {
            var tokens = generator.Condition();
            for (var m = 0; m < 3; m++)
            {
                ParseOrRefuse(mutator.Mutate(tokens), $"seed {seed}, case {n}.{m}", stats);
            }
        }

        Assert.True(stats.Refused > ValidPerSeed, $"seed {seed}: only {stats.Refused} refusals");
        Assert.True(stats.Parsed > ValidPerSeed / 10, $"seed {seed}: only {stats.Parsed} mutants parsed");
    }

    [Fact]
    public void InjectionStrings_ParseOrAreRefusedWith40()
    {
        var stats = new Stats();
        foreach (var (query, n) in InjectionStrings.All().Select((q, n) => (q, n)))
        {
            ParseOrRefuse(query, $"injection {n}", stats);
            try
            {
                QueryParser.ParseOrderBy(query, Leads, Registry);
            }
            catch (CrmException e) when (e.Code == CrmErrorCode.AccessDenied)
            {
            }
        }

        Assert.True(stats.Refused > 50, $"only {stats.Refused} injection strings refused");
    }

    private static void ParseOrRefuse(string query, string label, Stats stats)
    {
        QueryExpression? parsed;
        try
        {
            parsed = QueryParser.ParseWhere(query, Leads, Registry);
        }
        catch (CrmException e) when (e.Code == CrmErrorCode.AccessDenied)
        {
            stats.Refused++;
            Assert.True(e.Message.Length < 400, $"{label}: message too long for a fault: {e.Message}");
            return;
        }
        catch (Exception e)
        {
            throw new InvalidOperationException($"{label}: {e.GetType().Name} instead of fault 40 for: {Show(query)}", e);
        }

        stats.Parsed++;
        if (parsed is not null)
        {
            Check(parsed, query, label, stats);
        }
    }

    /// <summary>Evaluates on every sample and checks the hint covers every match.</summary>
    private static void Check(QueryExpression parsed, string query, string label, Stats stats)
    {
        var hint = QueryPlanner.FindIndexHint(parsed, Leads);
        if (hint is not null)
        {
            stats.Hinted++;
            Assert.All(hint.Fields, f => Assert.True(Leads.FindField(f)?.Indexed, $"{label}: hint names unindexed field {f}"));
        }

        foreach (var record in QuerySamples.Leads)
        {
            if (!parsed.Matches(record))
            {
                continue;
            }

            stats.Matched++;
            if (hint is null)
            {
                continue;
            }

            stats.HintedMatches++;
            var found = hint.Fields.Any(f => hint.Values.Any(v => FoundByKey(record, f, v)));
            Assert.True(found, $"{label}: hint {hint} misses {record.Id} matching {Show(query)}");
        }
    }

    /// <summary>What the store's FindByKey returns: exact id lookup, else folded equality on non-empty values.</summary>
    private static bool FoundByKey(CrmRecord record, string field, string value) =>
        field == "id"
            ? record.Id == value
            : record[field] is { Length: > 0 } stored && KeyFold.Fold(stored) == KeyFold.Fold(value);

    private static string Show(string query) => query.Length <= 300 ? query : query[..300] + "…";

    private sealed class Stats
    {
        public int Parsed { get; set; }

        public int Refused { get; set; }

        public int Matched { get; set; }

        public int Hinted { get; set; }

        public int HintedMatches { get; set; }
    }
}
