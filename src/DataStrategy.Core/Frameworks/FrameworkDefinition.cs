using DataStrategy.Core.Text;

namespace DataStrategy.Core.Frameworks;

/// <summary>
/// A maturity framework version: levels, themes, optional topics and questions, every text
/// multilingual and every element named by a stable ID. Immutable once a campaign uses it.
/// Questions are listed flat and point to their theme (and topic, when the framework has
/// topics): a topic may cross themes, as in the UK government framework (ADR 0007).
/// </summary>
public sealed class FrameworkDefinition
{
    /// <summary>The framework family's stable ID, e.g. "city-data-maturity"; versions share it.</summary>
    public string Id { get; set; } = string.Empty;

    /// <summary>A label for this version, e.g. "2026.1".</summary>
    public string VersionLabel { get; set; } = "1";

    public LocalizedText Name { get; set; } = new();

    public LocalizedText Description { get; set; } = new();

    /// <summary>Who wrote it and under which licence (free text, shown with the framework).</summary>
    public string? Publisher { get; set; }

    public string? Licence { get; set; }

    public List<FrameworkLevel> Levels { get; } = [];

    public List<FrameworkTheme> Themes { get; } = [];

    public List<FrameworkTopic> Topics { get; } = [];

    public List<FrameworkQuestion> Questions { get; } = [];

    public FrameworkTheme? Theme(string id) => Themes.Find(t => t.Id == id);

    public FrameworkTopic? Topic(string? id) => id is null ? null : Topics.Find(t => t.Id == id);

    public FrameworkQuestion? Question(string id) => Questions.Find(q => q.Id == id);

    public IEnumerable<FrameworkQuestion> QuestionsOf(FrameworkTheme theme) => Questions.Where(q => q.ThemeId == theme.Id);

    public int MaxLevel => Levels.Count == 0 ? 0 : Levels.Max(l => l.Value);
}
