namespace DataStrategy.Data.Entities;

public enum FindingStatus
{
    Accepted,

    /// <summary>A suggestion the facilitator discarded: kept so it is not suggested again.</summary>
    Discarded,
}
