namespace DataStrategy.Data.Entities;

/// <summary>What auto-scheduling aims for by default.</summary>
public enum RoadmapObjective
{
    EarliestFinish,
    MostValueByHorizon,
}
