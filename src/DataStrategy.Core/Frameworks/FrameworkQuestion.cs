using DataStrategy.Core.Text;

namespace DataStrategy.Core.Frameworks;

public sealed class FrameworkQuestion
{
    public string Id { get; set; } = string.Empty;

    public string ThemeId { get; set; } = string.Empty;

    public string? TopicId { get; set; }

    public LocalizedText Text { get; set; } = new();

    /// <summary>Guidance for the interviewer or respondent (optional).</summary>
    public LocalizedText Help { get; set; } = new();

    /// <summary>One descriptor per level value: what the organisation looks like at that level.</summary>
    public SortedDictionary<int, LocalizedText> Descriptors { get; } = [];
}
