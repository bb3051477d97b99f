namespace DataStrategy.Data.Entities;

/// <summary>An editable row with an optimistic concurrency token, renewed on every save.</summary>
public interface IVersioned
{
    Guid Version { get; set; }
}
