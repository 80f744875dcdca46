namespace CrmIntegration.Core.Storage;

public enum RelationshipSide
{
    Lhs,
    Rhs,
}
