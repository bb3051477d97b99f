using DataStrategy.Core.Text;

namespace DataStrategy.Data.Programme;

/// <summary>An initiative past its deadline or its planned end, neither done nor cancelled.</summary>
public sealed record OverdueInitiative(Guid Id, string Code, LocalizedText Title, DateOnly Due);
