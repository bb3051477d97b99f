namespace DataStrategy.Core.Analysis;

/// <summary>
/// The analysis kernel: one pass over the answers counts levels per question for every group at
/// once; everything else (statistics, roll-ups, intervals) is computed from those counts.
/// </summary>
public static class MaturityAnalysis
{
    public static AnalysisResult Run(AnalysisData data, AnalysisOptions? options = null, RespondentFilter? filter = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        options ??= new AnalysisOptions();
        filter ??= RespondentFilter.All;
        if (!options.Rule.IsValid)
        {
            throw new ArgumentException("The roll-up rule is not valid.", nameof(options));
        }

        var structure = data.Structure;
        var questions = structure.QuestionIds.Count;
        var themes = structure.ThemeIds.Count;
        var topics = structure.TopicIds.Count;
        var levels = data.MaxLevel;
        var slots = levels + 2; // 0 = don't know, 1…L = levels, L+1 = not applicable
        var departments = options.Breakdowns ? data.Departments.Count : 0;
        var kinds = options.Breakdowns ? AnalysisData.KindCount : 0;
        var groupCount = 1 + departments + kinds + kinds;
        const int Memberships = 4;

        // Each respondent's groups, as offsets into the count array (-1: none, or filtered out).
        var respondents = data.RespondentCount;
        var groupsOf = new int[respondents * Memberships];
        for (var r = 0; r < respondents; r++)
        {
            var row = r * Memberships;
            if (!filter.Matches(data, r))
            {
                groupsOf[row] = groupsOf[row + 1] = groupsOf[row + 2] = groupsOf[row + 3] = -1;
                continue;
            }

            var department = data.RespondentDepartment[r];
            groupsOf[row] = 0;
            groupsOf[row + 1] = options.Breakdowns && department >= 0 ? 1 + department : -1;
            groupsOf[row + 2] = options.Breakdowns && department >= 0 ? 1 + departments + data.DepartmentKindOf(department) : -1;
            groupsOf[row + 3] = options.Breakdowns ? 1 + departments + kinds + data.RespondentKind[r] : -1;
        }

        var counts = new int[groupCount * questions * slots];
        var answeredTheme = new bool[respondents * Math.Max(themes, 1)];
        var answeredTopic = new bool[respondents * Math.Max(topics, 1)];
        var groupStride = questions * slots;
        var questionTheme = structure.QuestionTheme;
        var questionTopic = structure.QuestionTopic;
        var answerRespondent = data.AnswerRespondent;
        var answerQuestion = data.AnswerQuestion;
        var answerValue = data.AnswerValue;
        for (var i = 0; i < data.AnswerCount; i++)
        {
            var r = answerRespondent[i];
            var row = r * Memberships;
            if (groupsOf[row] < 0)
            {
                continue;
            }

            var q = answerQuestion[i];
            var v = answerValue[i];
            var slot = v < 0 ? levels + 1 : v;
            var cell = (q * slots) + slot;
            counts[cell]++;
            for (var m = 1; m < Memberships; m++)
            {
                var g = groupsOf[row + m];
                if (g >= 0)
                {
                    counts[(g * groupStride) + cell]++;
                }
            }

            if (v > 0)
            {
                answeredTheme[(r * themes) + questionTheme[q]] = true;
                var topic = questionTopic[q];
                if (topic >= 0)
                {
                    answeredTopic[(r * topics) + topic] = true;
                }
            }
        }

        // Respondents giving a level, per group and theme/topic/overall.
        var themeRespondents = new int[groupCount * themes];
        var topicRespondents = new int[groupCount * topics];
        var overallRespondents = new int[groupCount];
        for (var r = 0; r < respondents; r++)
        {
            var row = r * Memberships;
            if (groupsOf[row] < 0)
            {
                continue;
            }

            var any = false;
            for (var t = 0; t < themes; t++)
            {
                if (!answeredTheme[(r * themes) + t])
                {
                    continue;
                }

                any = true;
                for (var m = 0; m < Memberships; m++)
                {
                    var g = groupsOf[row + m];
                    if (g >= 0)
                    {
                        themeRespondents[(g * themes) + t]++;
                    }
                }
            }

            for (var t = 0; t < topics; t++)
            {
                if (!answeredTopic[(r * topics) + t])
                {
                    continue;
                }

                for (var m = 0; m < Memberships; m++)
                {
                    var g = groupsOf[row + m];
                    if (g >= 0)
                    {
                        topicRespondents[(g * topics) + t]++;
                    }
                }
            }

            if (any)
            {
                for (var m = 0; m < Memberships; m++)
                {
                    var g = groupsOf[row + m];
                    if (g >= 0)
                    {
                        overallRespondents[g]++;
                    }
                }
            }
        }

        var context = new GroupContext(structure, options, levels, slots, counts, groupStride, themeRespondents, topicRespondents, overallRespondents);
        var results = new GroupResult[groupCount];
        var dimensions = new (GroupDimension Dimension, int Index)[groupCount];
        dimensions[0] = (GroupDimension.All, 0);
        for (var d = 0; d < departments; d++)
        {
            dimensions[1 + d] = (GroupDimension.Department, d);
        }

        for (var k = 0; k < kinds; k++)
        {
            dimensions[1 + departments + k] = (GroupDimension.DepartmentKind, k);
            dimensions[1 + departments + kinds + k] = (GroupDimension.RespondentType, k);
        }

        // Groups are independent and each node's bootstrap has its own seed, so the order of
        // work never changes a number.
        Parallel.For(0, groupCount, g => results[g] = context.Build(g, dimensions[g].Dimension, dimensions[g].Index));

        return new AnalysisResult
        {
            Options = options,
            Structure = structure,
            MaxLevel = levels,
            Filter = filter,
            All = results[0],
            Departments = results[1..(1 + departments)],
            DepartmentKinds = results[(1 + departments)..(1 + departments + kinds)],
            RespondentTypes = results[(1 + departments + kinds)..],
        };
    }

    private sealed class GroupContext(
        AnalysisStructure structure,
        AnalysisOptions options,
        int levels,
        int slots,
        int[] counts,
        int groupStride,
        int[] themeRespondents,
        int[] topicRespondents,
        int[] overallRespondents)
    {
        public GroupResult Build(int group, GroupDimension dimension, int index)
        {
            var questions = structure.QuestionIds.Count;
            var themes = structure.ThemeIds.Count;
            var topics = structure.TopicIds.Count;
            var seedBase = SplitMixRng.Mix(options.Seed, ((ulong)dimension << 32) | (uint)index);
            var k = options.MinGroupSize;

            var questionStats = new NodeStatistics[questions];
            var scores = new double[questions];
            for (var q = 0; q < questions; q++)
            {
                var span = counts.AsSpan((group * groupStride) + (q * slots), slots);
                var n = 0;
                for (var l = 1; l <= levels; l++)
                {
                    n += span[l];
                }

                questionStats[q] = Node(structure.QuestionIds[q], span, n, SplitMixRng.Mix(seedBase, (ulong)q), null);
                scores[q] = questionStats[q].Suppressed ? double.NaN : options.Rule.UsesMedian ? questionStats[q].Median!.Value : questionStats[q].Mean!.Value;
                if (!questionStats[q].Suppressed)
                {
                    questionStats[q] = questionStats[q] with { Score = scores[q] };
                }
            }

            var pooled = new int[slots];
            var selected = new List<double>(questions);
            NodeStatistics Pool(string id, Func<int, bool> includes, int respondents, ulong seed)
            {
                Array.Clear(pooled);
                selected.Clear();
                for (var q = 0; q < questions; q++)
                {
                    if (!includes(q))
                    {
                        continue;
                    }

                    // Only shown questions pool: a hidden question's counts must not be recoverable
                    // as the difference between its theme and the other questions.
                    if (double.IsNaN(scores[q]))
                    {
                        continue;
                    }

                    var span = counts.AsSpan((group * groupStride) + (q * slots), slots);
                    for (var s = 0; s < slots; s++)
                    {
                        pooled[s] += span[s];
                    }

                    selected.Add(scores[q]);
                }

                var score = options.Rule.Apply(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(selected), levels);
                return Node(id, pooled, respondents, seed, score);
            }

            var themeStats = new NodeStatistics[themes];
            for (var t = 0; t < themes; t++)
            {
                themeStats[t] = Pool(structure.ThemeIds[t], q => structure.QuestionTheme[q] == t, themeRespondents[(group * themes) + t], SplitMixRng.Mix(seedBase, 1_000_000UL + (ulong)t));
            }

            var topicStats = new NodeStatistics[topics];
            for (var t = 0; t < topics; t++)
            {
                topicStats[t] = Pool(structure.TopicIds[t], q => structure.QuestionTopic[q] == t, topicRespondents[(group * topics) + t], SplitMixRng.Mix(seedBase, 2_000_000UL + (ulong)t));
            }

            var overall = Pool("overall", _ => true, overallRespondents[group], SplitMixRng.Mix(seedBase, 3_000_000UL));
            return new GroupResult
            {
                Dimension = dimension,
                Index = index,
                Respondents = overall.Suppressed ? 0 : overall.Respondents,
                Overall = overall,
                Themes = themeStats,
                Topics = topicStats,
                Questions = questionStats,
            };

            NodeStatistics Node(string id, ReadOnlySpan<int> slotCounts, int respondents, ulong seed, double? score)
            {
                if (respondents < k || respondents == 0)
                {
                    return NodeStatistics.Hidden(id);
                }

                var levelCounts = slotCounts.Slice(1, levels);
                var d = LevelStatistics.Describe(levelCounts);
                if (d.N == 0)
                {
                    // A theme whose every question is hidden shows nothing either.
                    return NodeStatistics.Hidden(id);
                }

                // Intervals are shown for the analysed group itself; breakdown groups (heat map cells)
                // show scores only, and a filtered view is its own run whose group gets intervals.
                var (low, high) = dimension == GroupDimension.All ? Bootstrap.MeanInterval(levelCounts, options.Resamples, seed) : (double.NaN, double.NaN);
                var dontKnow = slotCounts[0];
                var applicable = d.N + dontKnow;
                return new NodeStatistics
                {
                    Id = id,
                    Respondents = respondents,
                    Answers = d.N,
                    DontKnow = dontKnow,
                    NotApplicable = slotCounts[levels + 1],
                    Mean = d.Mean,
                    Median = d.Median,
                    Min = d.Min,
                    Max = d.Max,
                    StandardDeviation = d.Sd,
                    InterquartileRange = d.Iqr,
                    CiLow = double.IsNaN(low) ? null : low,
                    CiHigh = double.IsNaN(high) ? null : high,
                    Distribution = levelCounts.ToArray(),
                    DontKnowShare = applicable == 0 ? null : (double)dontKnow / applicable,
                    Score = score,
                };
            }
        }
    }
}
