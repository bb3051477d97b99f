namespace DataStrategy.Core.Analysis;

/// <summary>
/// A campaign's answers in columnar form: one array per column, indexes instead of IDs, so the
/// kernel is a single pass over plain arrays (see docs/benchmarks.md). Build it with
/// <see cref="AnalysisDataBuilder"/>.
/// </summary>
public sealed class AnalysisData
{
    /// <summary>Stored value of a "don't know" answer.</summary>
    public const sbyte DontKnow = 0;

    /// <summary>Stored value of a "not applicable" answer.</summary>
    public const sbyte NotApplicable = -1;

    internal AnalysisData(
        int maxLevel,
        AnalysisStructure structure,
        string[] departments,
        int[] departmentKind,
        int[] respondentDepartment,
        int[] respondentKind,
        int[] answerRespondent,
        int[] answerQuestion,
        sbyte[] answerValue,
        int answerCount)
    {
        MaxLevel = maxLevel;
        Structure = structure;
        Departments = departments;
        DepartmentKind = departmentKind;
        RespondentDepartment = respondentDepartment;
        RespondentKind = respondentKind;
        AnswerRespondent = answerRespondent;
        AnswerQuestion = answerQuestion;
        AnswerValue = answerValue;
        AnswerCount = answerCount;
    }

    /// <summary>Levels run from 1 to this value.</summary>
    public int MaxLevel { get; }

    public AnalysisStructure Structure { get; }

    /// <summary>Department keys; respondents point into this list.</summary>
    public IReadOnlyList<string> Departments { get; }

    /// <summary>The kind (0…<see cref="KindCount"/>-1) of each department.</summary>
    internal int[] DepartmentKind { get; }

    /// <summary>Department index of each respondent, or -1.</summary>
    internal int[] RespondentDepartment { get; }

    /// <summary>Respondent type of each respondent (0…<see cref="KindCount"/>-1).</summary>
    internal int[] RespondentKind { get; }

    internal int[] AnswerRespondent { get; }

    internal int[] AnswerQuestion { get; }

    /// <summary>1…MaxLevel, <see cref="DontKnow"/> or <see cref="NotApplicable"/>.</summary>
    internal sbyte[] AnswerValue { get; }

    public int AnswerCount { get; }

    public int RespondentCount => RespondentDepartment.Length;

    /// <summary>Department kinds and respondent types are small enumerations; 8 is their upper bound.</summary>
    public const int KindCount = 8;

    public int DepartmentKindOf(int department) => DepartmentKind[department];
}

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

/// <summary>Collects respondents and answers into <see cref="AnalysisData"/>.</summary>
public sealed class AnalysisDataBuilder
{
    private readonly AnalysisStructure _structure;
    private readonly int _maxLevel;
    private readonly List<string> _departments = [];
    private readonly List<int> _departmentKind = [];
    private readonly Dictionary<string, int> _departmentIndex = new(StringComparer.Ordinal);
    private readonly List<int> _respondentDepartment = [];
    private readonly List<int> _respondentKind = [];
    private int[] _answerRespondent;
    private int[] _answerQuestion;
    private sbyte[] _answerValue;
    private int _count;

    public AnalysisDataBuilder(AnalysisStructure structure, int maxLevel, int expectedAnswers = 1024)
    {
        ArgumentNullException.ThrowIfNull(structure);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLevel, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(maxLevel, 100);
        _structure = structure;
        _maxLevel = maxLevel;
        var capacity = Math.Max(16, expectedAnswers);
        _answerRespondent = new int[capacity];
        _answerQuestion = new int[capacity];
        _answerValue = new sbyte[capacity];
    }

    public AnalysisStructure Structure => _structure;

    /// <summary>Declares a department and its kind (0…7); returns its index.</summary>
    public int AddDepartment(string key, int kind)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(kind);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(kind, AnalysisData.KindCount);
        if (_departmentIndex.TryGetValue(key, out var existing))
        {
            return existing;
        }

        _departments.Add(key);
        _departmentKind.Add(kind);
        _departmentIndex[key] = _departments.Count - 1;
        return _departments.Count - 1;
    }

    public int DepartmentIndex(string? key) => key is not null && _departmentIndex.TryGetValue(key, out var i) ? i : -1;

    /// <summary>Adds a respondent in a department (-1 for none) with a respondent type (0…7); returns its index.</summary>
    public int AddRespondent(int department, int kind)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(department, -1);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(department, _departments.Count);
        ArgumentOutOfRangeException.ThrowIfNegative(kind);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(kind, AnalysisData.KindCount);
        _respondentDepartment.Add(department);
        _respondentKind.Add(kind);
        return _respondentDepartment.Count - 1;
    }

    /// <summary>Adds an answer: a level 1…max, <see cref="AnalysisData.DontKnow"/> or <see cref="AnalysisData.NotApplicable"/>.
    /// Answers to questions outside the framework and out-of-scale levels are ignored and counted.</summary>
    public void AddAnswer(int respondent, int question, int value)
    {
        if ((uint)respondent >= (uint)_respondentDepartment.Count || (uint)question >= (uint)_structure.QuestionIds.Count || value < AnalysisData.NotApplicable || value > _maxLevel)
        {
            Ignored++;
            return;
        }

        if (_count == _answerValue.Length)
        {
            var size = _count * 2;
            Array.Resize(ref _answerRespondent, size);
            Array.Resize(ref _answerQuestion, size);
            Array.Resize(ref _answerValue, size);
        }

        _answerRespondent[_count] = respondent;
        _answerQuestion[_count] = question;
        _answerValue[_count] = (sbyte)value;
        _count++;
    }

    public void AddAnswer(int respondent, string questionId, int value)
    {
        if (_structure.QuestionIndex.TryGetValue(questionId, out var q))
        {
            AddAnswer(respondent, q, value);
        }
        else
        {
            Ignored++;
        }
    }

    /// <summary>Answers left out because their question is not in the framework or their level is off the scale.</summary>
    public int Ignored { get; private set; }

    public AnalysisData Build() => new(
        _maxLevel,
        _structure,
        [.. _departments],
        [.. _departmentKind],
        [.. _respondentDepartment],
        [.. _respondentKind],
        _answerRespondent,
        _answerQuestion,
        _answerValue,
        _count);
}
