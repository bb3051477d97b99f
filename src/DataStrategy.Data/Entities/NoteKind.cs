namespace DataStrategy.Data.Entities;

public enum NoteKind
{
    Note,
    Quote,
}
