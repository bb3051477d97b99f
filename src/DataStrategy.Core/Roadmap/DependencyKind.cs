namespace DataStrategy.Core.Roadmap;

/// <summary>How a dependency ties two tasks together.</summary>
public enum DependencyKind
{
    /// <summary>The successor starts after the predecessor finishes (plus the lag).</summary>
    FinishToStart,

    /// <summary>The successor starts after the predecessor starts (plus the lag).</summary>
    StartToStart,
}
