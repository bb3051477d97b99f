namespace DataStrategy.Data.Entities;

public enum ProposalState
{
    Running,
    Finished,
    Applied,
    Discarded,
}
