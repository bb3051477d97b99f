namespace DataStrategy.Data.Entities;

public enum WorkshopStatus
{
    Planned,
    Live,
    Ended,
}
