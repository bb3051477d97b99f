namespace DataStrategy.Data.Entities;

public enum FrameworkOrigin
{
    BuiltIn,
    Imported,
    Edited,
}
