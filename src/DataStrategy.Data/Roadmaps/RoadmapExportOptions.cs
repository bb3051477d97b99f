namespace DataStrategy.Data.Roadmaps;

/// <summary>Who reads the export, which decides what it may contain.</summary>
/// <param name="LeadNames">Name a person leading an initiative (personal data; only for those who see stakeholders).</param>
/// <param name="Confidential">Budgets and measurement notes; left out for the public page.</param>
public sealed record RoadmapExportOptions(string Language, bool LeadNames, bool Confidential = true);
