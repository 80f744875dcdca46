using CrmIntegration.Core.Records;

namespace CrmIntegration.Core.Query;

/// <summary>Any operand holds (true wins over unknown). Chains are flat, so long ones do not nest deeply.</summary>
public sealed record OrExpression(IReadOnlyList<QueryExpression> Operands) : QueryExpression
{
    public override bool? Evaluate(CrmRecord record)
    {
        bool? result = false;
        foreach (var operand in Operands)
        {
            var value = operand.Evaluate(record);
            if (value == true)
            {
                return true;
            }

            if (value is null)
            {
                result = null;
            }
        }

        return result;
    }

    public override string ToString() => "(" + string.Join(" OR ", Operands) + ")";
}
