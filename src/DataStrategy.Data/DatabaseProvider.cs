namespace DataStrategy.Data;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}
