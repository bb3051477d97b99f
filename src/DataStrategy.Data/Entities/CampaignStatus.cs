namespace DataStrategy.Data.Entities;

public enum CampaignStatus
{
    Planning,
    Collecting,
    Analysing,
    Closed,
}
