using CrmIntegration.Core.Records;

namespace CrmIntegration.Core.Query;

/// <summary><c>NOT x</c>; unknown stays unknown, as in SQL.</summary>
public sealed record NotExpression(QueryExpression Operand) : QueryExpression
{
    public override bool? Evaluate(CrmRecord record) => !Operand.Evaluate(record);

    public override string ToString() => $"NOT {Operand}";
}
