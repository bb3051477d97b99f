using DataStrategy.Core.Text;

namespace DataStrategy.Core.Frameworks;

/// <summary>One translatable text of a framework, named by a stable ID such as <c>question.lead-01.level.3</c>.</summary>
public sealed record TextSlot(string Id, string Kind, LocalizedText Text);
