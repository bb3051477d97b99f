namespace DataStrategy.Core.Roadmap;

/// <summary>Why an initiative is flagged as slipping (several reasons may hold at once).</summary>
[Flags]
public enum SlipReasons
{
    None = 0,

    /// <summary>The current plan finishes later than the baseline did.</summary>
    LaterThanBaseline = 1,

    /// <summary>Percent complete is at least <see cref="Tracking.BehindThreshold"/> points below the linear expectation.</summary>
    BehindExpected = 2,

    /// <summary>Its owner rated it red.</summary>
    Red = 4,
}
