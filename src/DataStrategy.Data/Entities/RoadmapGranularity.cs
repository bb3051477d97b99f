namespace DataStrategy.Data.Entities;

public enum RoadmapGranularity
{
    Month,
    Quarter,
}
