using CrmIntegration.Core.Records;

namespace CrmIntegration.Core.Query;

/// <summary>All operands hold (false wins over unknown). Chains are flat, so long ones do not nest deeply.</summary>
public sealed record AndExpression(IReadOnlyList<QueryExpression> Operands) : QueryExpression
{
    public override bool? Evaluate(CrmRecord record)
    {
        bool? result = true;
        foreach (var operand in Operands)
        {
            var value = operand.Evaluate(record);
            if (value == false)
            {
                return false;
            }

            if (value is null)
            {
                result = null;
            }
        }

        return result;
    }

    public override string ToString() => "(" + string.Join(" AND ", Operands) + ")";
}
