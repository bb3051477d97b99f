namespace DataStrategy.Core.Roadmap;

public enum KpiStatus
{
    /// <summary>No measurement yet.</summary>
    NotMeasured,
    OnTrack,
    AtRisk,
    Achieved,
}
