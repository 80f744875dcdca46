using CrmIntegration.Core.Modules;
using CrmIntegration.Core.Query;

namespace CrmIntegration.Core.Storage.LiteDb;

/// <summary>
/// A condition a <see cref="ModuleTally"/> can count exactly: nothing, or terms on one field that are
/// equalities, IN lists and comparisons (they compare the same keys the tally holds), optionally with
/// <c>deleted = 0</c> or <c>deleted = 1</c> (SugarCRM clients add the first to every query).
/// </summary>
internal sealed record CountShape(FieldDefinition? Field, IReadOnlySet<string>? Keys, KeyRange Range, int? DeletedEquals)
{
    public static CountShape? Of(ModuleDefinition module, IReadOnlyList<QueryExpression> conjuncts)
    {
        FieldDefinition? field = null;
        HashSet<string>? keys = null;
        var range = KeyRange.All;
        int? deleted = null;
        foreach (var term in conjuncts)
        {
            if (term is ComparisonExpression { Field.Name: CommonFields.Deleted, Operator: ComparisonOperator.Equal } d
                && d.Constant.Number is 0 or 1 && deleted is null && module.FindField(CommonFields.Deleted) == d.Field)
            {
                deleted = (int)d.Constant.Number.Value;
                continue;
            }

            var (termField, termKeys) = term switch
            {
                ComparisonExpression c => (c.Field, c.Operator == ComparisonOperator.Equal ? new HashSet<string>([c.Constant.Key]) : null),
                InExpression i => (i.Field, i.Values.Select(v => v.Key).ToHashSet(StringComparer.Ordinal)),
                _ => (null, null),
            };
            if (termField is null || ValueKinds.Of(termField) == ValueKind.Numeric || (field is not null && field != termField)
                || term is ComparisonExpression { Operator: ComparisonOperator.NotEqual })
            {
                return null;
            }

            field = termField;
            if (termKeys is not null)
            {
                keys = keys is null ? termKeys : keys.Intersect(termKeys, StringComparer.Ordinal).ToHashSet(StringComparer.Ordinal);
            }
            else if (term is ComparisonExpression c)
            {
                range = c.Operator switch
                {
                    ComparisonOperator.Greater => range.WithLow(c.Constant.Key, inclusive: false),
                    ComparisonOperator.GreaterOrEqual => range.WithLow(c.Constant.Key, inclusive: true),
                    ComparisonOperator.Less => range.WithHigh(c.Constant.Key, inclusive: false),
                    _ => range.WithHigh(c.Constant.Key, inclusive: true),
                };
            }
        }

        return new CountShape(field, keys, range, deleted);
    }

    /// <summary>The matches among live records (and deleted ones, when <paramref name="live"/>/<paramref name="deletedToo"/> say so).</summary>
    public long CountIn(ModuleTally tally, bool live, bool deletedToo)
    {
        if (Field is null)
        {
            return (live ? tally.Live : 0) + (deletedToo ? tally.Deleted : 0);
        }

        var field = tally.Field(Field.Name)!;
        long Of(KeyMultiset set) => Keys is null
            ? set.CountRange(Range.Low, Range.LowInclusive, Range.High, Range.HighInclusive)
            : Keys.Where(Range.Contains).Sum(set.Count);
        return (live ? Of(field.Live) : 0) + (deletedToo ? Of(field.Deleted) : 0);
    }
}
