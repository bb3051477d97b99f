namespace DataStrategy.Data.Entities;

public enum CaseStudyStatus
{
    Draft,
    Published,
}
