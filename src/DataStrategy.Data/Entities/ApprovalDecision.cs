namespace DataStrategy.Data.Entities;

public enum ApprovalDecision
{
    Approved,
    ChangesRequested,
}
