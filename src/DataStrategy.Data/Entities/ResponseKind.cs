namespace DataStrategy.Data.Entities;

public enum ResponseKind
{
    Interview,
    Survey,
    Imported,
}
