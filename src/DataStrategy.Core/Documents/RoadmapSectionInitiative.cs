using DataStrategy.Core.Text;

namespace DataStrategy.Core.Documents;

/// <param name="Status">A canonical status name (Core.Roadmap.Exchange.RoadmapExchange.Statuses).</param>
public sealed record RoadmapSectionInitiative(string Code, LocalizedText Title, IReadOnlyList<LocalizedText> Objectives, DateOnly? Start, DateOnly? End, string Status);
