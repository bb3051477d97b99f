namespace DataStrategy.Core.Analysis;

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
