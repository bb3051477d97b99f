using DataStrategy.Core.Text;

namespace DataStrategy.Core.Documents;

/// <param name="Name">Null for initiatives in no workstream.</param>
public sealed record RoadmapSectionWorkstream(LocalizedText? Name, IReadOnlyList<RoadmapSectionInitiative> Initiatives);
