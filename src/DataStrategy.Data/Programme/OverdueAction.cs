using DataStrategy.Core.Text;

namespace DataStrategy.Data.Programme;

/// <summary>An action decided in a working session, past its due date and not done.</summary>
public sealed record OverdueAction(Guid SessionId, LocalizedText SessionTitle, LocalizedText Text, DateOnly DueOn);
