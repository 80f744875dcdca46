namespace CrmIntegration.Core.Intake.Assignment;

/// <summary>The rep a lead goes to and why, in words an administrator reading a receipt or log understands.</summary>
public sealed record AssignmentDecision(string UserId, string UserName, string Reason);
