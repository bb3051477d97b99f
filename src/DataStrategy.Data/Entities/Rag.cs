namespace DataStrategy.Data.Entities;

public enum Rag
{
    None,
    Green,
    Amber,
    Red,
}
