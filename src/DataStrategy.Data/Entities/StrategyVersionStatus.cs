namespace DataStrategy.Data.Entities;

/// <summary>State of the working draft, as a reader of the overview sees it.</summary>
public enum StrategyVersionStatus
{
    InReview,
    ChangesRequested,
    Approved,
    Published,

    /// <summary>A published version a later publication replaced.</summary>
    Superseded,

    /// <summary>A version in review or approved that a later submission replaced before publication.</summary>
    Withdrawn,
}
