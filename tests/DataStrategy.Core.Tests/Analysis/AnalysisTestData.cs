using DataStrategy.Core.Analysis;

namespace DataStrategy.Core.Tests.Analysis;

/// <summary>One raw answer: a level 1…max, 0 for don't know, -1 for not applicable.</summary>
internal sealed record RawAnswer(int Respondent, int Question, int Value);

/// <summary>A campaign kept as plain lists, so tests can recompute every number without the engine.</summary>
internal sealed class TestCampaign
{
    public required AnalysisStructure Structure { get; init; }

    public required int MaxLevel { get; init; }

    /// <summary>Kind of each department, by department index.</summary>
    public required IReadOnlyList<int> DepartmentKinds { get; init; }

    /// <summary>Department (-1 for none) and respondent type of each respondent.</summary>
    public required IReadOnlyList<(int Department, int Type)> Respondents { get; init; }

    public required IReadOnlyList<RawAnswer> Answers { get; init; }

    public AnalysisData Build()
    {
        var builder = new AnalysisDataBuilder(Structure, MaxLevel, expectedAnswers: 4);
        for (var d = 0; d < DepartmentKinds.Count; d++)
        {
            Assert.Equal(d, builder.AddDepartment("dept-" + d.ToString(System.Globalization.CultureInfo.InvariantCulture), DepartmentKinds[d]));
        }

        foreach (var (department, type) in Respondents)
        {
            builder.AddRespondent(department, type);
        }

        foreach (var a in Answers)
        {
            builder.AddAnswer(a.Respondent, a.Question, a.Value);
        }

        Assert.Equal(0, builder.Ignored);
        return builder.Build();
    }

    public int DepartmentKindOf(int respondent) =>
        Respondents[respondent].Department is var d and >= 0 ? DepartmentKinds[d] : -1;
}

internal static class AnalysisTestData
{
    public static readonly RollUpRule[] AllRules =
    [
        new(RollUpKind.Mean),
        new(RollUpKind.Median),
        new(RollUpKind.MinimumLevelMet),
        new(RollUpKind.ShareAtLevel, 0.5),
        new(RollUpKind.ShareAtLevel, 0.8),
        new(RollUpKind.ShareAtLevel, 1.0),
    ];

    /// <summary>
    /// A random campaign: questions spread round-robin over themes, every third question without a
    /// topic, each respondent answering a question with probability <paramref name="answerRate"/>;
    /// 10% of answers are don't know and 5% not applicable. Respondents lean high or low so
    /// departments differ. Some respondents have no department.
    /// </summary>
    public static TestCampaign Generate(
        int seed,
        int respondents,
        int questions,
        int themes = 4,
        int topics = 3,
        int departments = 6,
        int maxLevel = 5,
        double answerRate = 0.85,
        double noDepartmentRate = 0.05)
    {
        var random = new Random(seed);
        var themeIds = Enumerable.Range(0, themes).Select(t => "theme-" + t.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();
        var topicIds = Enumerable.Range(0, topics).Select(t => "topic-" + t.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();
        var questionList = Enumerable.Range(0, questions)
            .Select(q => (
                Id: "q-" + q.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ThemeId: themeIds[q % themes],
                TopicId: topics == 0 || q % 3 == 2 ? null : topicIds[q % topics]))
            .ToList();
        var structure = new AnalysisStructure(themeIds, topicIds, questionList);
        var kinds = Enumerable.Range(0, departments).Select(_ => random.Next(3)).ToList();
        var people = new List<(int Department, int Type)>(respondents);
        var answers = new List<RawAnswer>();
        for (var r = 0; r < respondents; r++)
        {
            var department = departments == 0 || random.NextDouble() < noDepartmentRate ? -1 : random.Next(departments);
            people.Add((department, random.Next(3)));
            var lean = random.NextDouble() < 0.5 ? 0 : 1;
            for (var q = 0; q < questions; q++)
            {
                if (random.NextDouble() >= answerRate)
                {
                    continue;
                }

                var roll = random.NextDouble();
                var value = roll < 0.10 ? AnalysisData.DontKnow
                    : roll < 0.15 ? AnalysisData.NotApplicable
                    : Math.Clamp(random.Next(1, maxLevel + 1) + (lean == 1 && random.NextDouble() < 0.3 ? 1 : 0), 1, maxLevel);
                answers.Add(new RawAnswer(r, q, value));
            }
        }

        return new TestCampaign
        {
            Structure = structure,
            MaxLevel = maxLevel,
            DepartmentKinds = kinds,
            Respondents = people,
            Answers = answers,
        };
    }

    /// <summary>Every group of a result: everyone, each department, each department kind, each respondent type.</summary>
    public static IEnumerable<GroupResult> Groups(AnalysisResult result) =>
        new[] { result.All }.Concat(result.Departments).Concat(result.DepartmentKinds).Concat(result.RespondentTypes);

    /// <summary>Every node of a group: questions, topics, themes and the overall node.</summary>
    public static IEnumerable<NodeStatistics> Nodes(GroupResult group) =>
        group.Questions.Concat(group.Topics).Concat(group.Themes).Append(group.Overall);
}

/// <summary>
/// The small hand-built campaign of the scenario tests. Themes T1 (q1, q2) and T2 (q3, q4); topic
/// P1 holds q1 and q2, P2 holds q3, q4 has no topic. Levels 1…5. Department 0 "finance" (kind 0)
/// has r0–r2, department 1 "urbanism" (kind 1) has r3–r5; r0 and r3 were interviewed (type 1),
/// the others answered the survey (type 0).
/// <code>
///        q1  q2  q3  q4
///   r0    1   2   3  DK
///   r1    2   2   4   4
///   r2    3  DK  NA   5
///   r3    4   3   2   2
///   r4    5   4  NA  NA
///   r5    2  DK   1   3
/// </code>
/// </summary>
internal static class SmallCampaign
{
    public const int Survey = 0;
    public const int Interview = 1;
    public const int Finance = 0;
    public const int Urbanism = 1;

    private const int DK = AnalysisData.DontKnow;
    private const int NA = AnalysisData.NotApplicable;

    private static readonly int[][] Grid =
    [
        [1, 2, 3, DK],
        [2, 2, 4, 4],
        [3, DK, NA, 5],
        [4, 3, 2, 2],
        [5, 4, NA, NA],
        [2, DK, 1, 3],
    ];

    public static AnalysisStructure Structure() => new(
        ["T1", "T2"],
        ["P1", "P2"],
        [("q1", "T1", "P1"), ("q2", "T1", "P1"), ("q3", "T2", "P2"), ("q4", "T2", null)]);

    public static AnalysisData Build()
    {
        var builder = new AnalysisDataBuilder(Structure(), 5);
        var finance = builder.AddDepartment("finance", 0);
        var urbanism = builder.AddDepartment("urbanism", 1);
        for (var r = 0; r < Grid.Length; r++)
        {
            var respondent = builder.AddRespondent(r < 3 ? finance : urbanism, r is 0 or 3 ? Interview : Survey);
            for (var q = 0; q < Grid[r].Length; q++)
            {
                builder.AddAnswer(respondent, "q" + (q + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), Grid[r][q]);
            }
        }

        return builder.Build();
    }
}
