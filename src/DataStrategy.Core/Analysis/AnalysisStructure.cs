namespace DataStrategy.Core.Analysis;

/// <summary>The framework's shape as the analysis needs it: question → theme and topic.</summary>
public sealed class AnalysisStructure
{
    public AnalysisStructure(IReadOnlyList<string> themeIds, IReadOnlyList<string> topicIds, IReadOnlyList<(string Id, string ThemeId, string? TopicId)> questions)
    {
        ArgumentNullException.ThrowIfNull(themeIds);
        ArgumentNullException.ThrowIfNull(topicIds);
        ArgumentNullException.ThrowIfNull(questions);
        ThemeIds = [.. themeIds];
        TopicIds = [.. topicIds];
        var questionIds = new string[questions.Count];
        QuestionIds = questionIds;
        QuestionTheme = new int[questions.Count];
        QuestionTopic = new int[questions.Count];
        var themeIndex = ThemeIds.Select((id, i) => (id, i)).ToDictionary(x => x.id, x => x.i, StringComparer.Ordinal);
        var topicIndex = TopicIds.Select((id, i) => (id, i)).ToDictionary(x => x.id, x => x.i, StringComparer.Ordinal);
        for (var q = 0; q < questions.Count; q++)
        {
            var (id, theme, topic) = questions[q];
            questionIds[q] = id;
            QuestionTheme[q] = themeIndex.TryGetValue(theme, out var t) ? t : throw new ArgumentException($"Question {id} names unknown theme {theme}.", nameof(questions));
            QuestionTopic[q] = topic is null ? -1 : topicIndex.TryGetValue(topic, out var p) ? p : throw new ArgumentException($"Question {id} names unknown topic {topic}.", nameof(questions));
            QuestionIndex[id] = q;
        }
    }

    public IReadOnlyList<string> ThemeIds { get; }

    public IReadOnlyList<string> TopicIds { get; }

    public IReadOnlyList<string> QuestionIds { get; }

    internal int[] QuestionTheme { get; }

    internal int[] QuestionTopic { get; }

    public Dictionary<string, int> QuestionIndex { get; } = new(StringComparer.Ordinal);

    public int ThemeOf(int question) => QuestionTheme[question];

    public int TopicOf(int question) => QuestionTopic[question];

    public static AnalysisStructure From(Frameworks.FrameworkDefinition framework)
    {
        ArgumentNullException.ThrowIfNull(framework);
        return new AnalysisStructure(
            framework.Themes.Select(t => t.Id).ToList(),
            framework.Topics.Select(t => t.Id).ToList(),
            framework.Questions.Select(q => (q.Id, q.ThemeId, q.TopicId)).ToList());
    }
}
