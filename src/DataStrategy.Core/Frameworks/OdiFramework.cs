using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using DataStrategy.Core.Text;

namespace DataStrategy.Core.Frameworks;

/// <summary>
/// Reads the ODI Maturity Assessment Tool's JSON format (title, levels, dimensions → activities →
/// questions → statements with <c>associatedLevel</c>). Either level can hold the themes (<see cref="OdiThemeLevel"/>):
/// in the UK government framework the activities are the themes (Culture, Data, Leadership… recur under its ten
/// dimensions, which are topics); in the ODI's own model the five dimensions are the themes and their activities topics.
/// Every question keeps both, so the framework can be read by theme or by topic (ADR 0007).
/// Question IDs are the dimension's ID and the question's position in it: stable for the same file, whichever level is the theme.
/// </summary>
public static class OdiFramework
{
    private static readonly JsonDocumentOptions DocumentOptions = new() { MaxDepth = 16, AllowTrailingCommas = true };

    /// <summary>True when the JSON looks like an ODI tool file (has "dimensions").</summary>
    public static bool LooksLikeOdi(ReadOnlySpan<byte> content)
    {
        var probe = Encoding.UTF8.GetString(content[..Math.Min(content.Length, 1 << 16)]);
        return probe.Contains("\"dimensions\"", StringComparison.Ordinal);
    }

    /// <param name="language">The language the file is written in (the ODI format has one language per file).</param>
    /// <param name="themeLevel">Which level holds the themes; <see cref="OdiThemeLevel.Auto"/> applies <see cref="Detect"/>.</param>
    public static FrameworkParseResult Read(ReadOnlySpan<byte> content, string language = Languages.English, OdiThemeLevel themeLevel = OdiThemeLevel.Auto)
    {
        var issues = new List<FrameworkIssue>();
        if (content.StartsWith(FrameworkJson.Utf8Bom))
        {
            content = content[FrameworkJson.Utf8Bom.Length..];
        }

        if (content.Trim(FrameworkJson.Blank).IsEmpty)
        {
            return new() { Issues = [new(FrameworkErrorCode.FileEmpty, "$")] };
        }

        if (content.Length > FrameworkJson.MaxBytes)
        {
            return new() { Issues = [new(FrameworkErrorCode.FileTooLarge, "$", (FrameworkJson.MaxBytes / 1024 / 1024).ToString(CultureInfo.InvariantCulture))] };
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(content.ToArray(), DocumentOptions);
        }
        catch (JsonException ex)
        {
            return new() { Issues = [new(FrameworkErrorCode.NotJson, "$", FrameworkJson.JsonErrorPlace(ex))] };
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("dimensions", out var dimensions))
            {
                return new() { Issues = [new(FrameworkErrorCode.WrongFormat, "$.dimensions")] };
            }

            var title = StringOf(root, "title");
            var framework = new FrameworkDefinition
            {
                Id = Slug.From(title) is { Length: > 0 } slug ? slug : "odi-framework",
                VersionLabel = "1",
                Name = new LocalizedText().Set(language, title),
                Description = new LocalizedText().Set(language, PlainText(StringOf(root, "description"))),
                Publisher = root.TryGetProperty("organisation", out var org) && org.ValueKind == JsonValueKind.Object ? StringOf(org, "name") : StringOf(root, "owner"),
            };
            if (title is null)
            {
                issues.Add(new(FrameworkErrorCode.Required, "$.title"));
            }

            if (!root.TryGetProperty("levels", out var levels) || levels.ValueKind != JsonValueKind.Array)
            {
                issues.Add(new(levels.ValueKind == JsonValueKind.Undefined ? FrameworkErrorCode.Required : FrameworkErrorCode.WrongType, "$.levels", "array"));
            }
            else
            {
                var i = 0;
                foreach (var level in levels.EnumerateArray())
                {
                    var name = level.ValueKind == JsonValueKind.String ? level.GetString() : null;
                    if (string.IsNullOrWhiteSpace(name))
                    {
                        issues.Add(new(FrameworkErrorCode.WrongType, $"$.levels[{i}]", "string"));
                    }

                    framework.Levels.Add(new FrameworkLevel { Value = ++i, Name = new LocalizedText().Set(language, name) });
                }
            }

            if (dimensions.ValueKind != JsonValueKind.Array)
            {
                issues.Add(new(FrameworkErrorCode.WrongType, "$.dimensions", "array"));
                return new() { Issues = issues };
            }

            var detected = themeLevel == OdiThemeLevel.Auto;
            var themesAt = detected ? Detect(dimensions) : themeLevel;
            var byDimension = themesAt == OdiThemeLevel.Dimension;
            var (questionCount, withStatements) = CountQuestions(dimensions);
            if (questionCount > 0 && withStatements == 0)
            {
                // Another ODI shape (Pathway): say so first; the details below follow it.
                issues.Add(new(FrameworkErrorCode.LooksLikePathway, "$", questionCount.ToString(CultureInfo.InvariantCulture)));
            }

            var themes = new SortedDictionary<string, FrameworkTheme>(StringComparer.Ordinal);
            var topics = new Dictionary<string, FrameworkTopic>(StringComparer.Ordinal);
            var d = 0;
            foreach (var dimension in dimensions.EnumerateArray())
            {
                var dpath = $"$.dimensions[{d++}]";
                var dname = dimension.ValueKind == JsonValueKind.Object ? StringOf(dimension, "name") : null;
                if (dname is null)
                {
                    issues.Add(new(FrameworkErrorCode.Required, dpath + ".name"));
                    continue;
                }

                // The dimension's ID names its questions whichever level it is.
                var dimensionId = byDimension ? Unique(Slug.From(dname), framework.Themes.Select(t => t.Id)) : Unique(Slug.From(dname), framework.Topics.Select(t => t.Id));
                if (byDimension)
                {
                    framework.Themes.Add(new FrameworkTheme { Id = dimensionId, Name = new LocalizedText().Set(language, dname) });
                }
                else
                {
                    framework.Topics.Add(new FrameworkTopic { Id = dimensionId, Name = new LocalizedText().Set(language, dname) });
                }

                if (!dimension.TryGetProperty("activities", out var activities) || activities.ValueKind != JsonValueKind.Array)
                {
                    issues.Add(new(FrameworkErrorCode.Required, dpath + ".activities"));
                    continue;
                }

                var number = 0;
                var a = 0;
                foreach (var activity in activities.EnumerateArray())
                {
                    var apath = $"{dpath}.activities[{a++}]";
                    var aname = activity.ValueKind == JsonValueKind.Object ? StringOf(activity, "title") : null;
                    if (aname is null)
                    {
                        issues.Add(new(FrameworkErrorCode.Required, apath + ".title"));
                        continue;
                    }

                    var activityId = Slug.From(aname);
                    if (byDimension)
                    {
                        if (!topics.ContainsKey(activityId))
                        {
                            var topic = new FrameworkTopic { Id = activityId, Name = new LocalizedText().Set(language, aname) };
                            topics.Add(activityId, topic);
                            framework.Topics.Add(topic);
                        }
                    }
                    else if (!themes.ContainsKey(activityId))
                    {
                        themes.Add(activityId, new FrameworkTheme { Id = activityId, Name = new LocalizedText().Set(language, aname) });
                    }

                    if (!activity.TryGetProperty("questions", out var questions) || questions.ValueKind != JsonValueKind.Array)
                    {
                        issues.Add(new(FrameworkErrorCode.Required, apath + ".questions"));
                        continue;
                    }

                    var qi = 0;
                    foreach (var question in questions.EnumerateArray())
                    {
                        var qpath = $"{apath}.questions[{qi++}]";
                        var text = question.ValueKind == JsonValueKind.Object ? StringOf(question, "text") : null;
                        if (text is null)
                        {
                            issues.Add(new(FrameworkErrorCode.Required, qpath + ".text"));
                            continue;
                        }

                        var q = new FrameworkQuestion
                        {
                            Id = string.Create(CultureInfo.InvariantCulture, $"{dimensionId}.{++number:00}"),
                            ThemeId = byDimension ? dimensionId : activityId,
                            TopicId = byDimension ? activityId : dimensionId,
                            Text = new LocalizedText().Set(language, text),
                            Help = new LocalizedText().Set(language, PlainText(StringOf(question, "context"))),
                        };
                        ReadStatements(question, qpath, q, framework.Levels.Count, language, issues);
                        framework.Questions.Add(q);
                    }
                }
            }

            framework.Themes.AddRange(themes.Values);
            if (issues.Count == 0)
            {
                issues.AddRange(FrameworkJson.Validate(framework));
            }

            return new()
            {
                Framework = issues.Count == 0 ? framework : null,
                Issues = issues.Take(200).ToList(),
                ThemeLevel = themesAt,
                ThemeLevelDetected = detected,
            };
        }
    }

    /// <summary>
    /// The rule for <see cref="OdiThemeLevel.Auto"/>: the activities are the themes when an activity title recurs under
    /// two or more dimensions (a classification across them, as in the UK government framework) or when there is only
    /// one dimension; when each activity belongs to one dimension, the dimensions are the themes and their activities
    /// the topics (as in the ODI's own model).
    /// </summary>
    public static OdiThemeLevel Detect(JsonElement dimensions)
    {
        if (dimensions.ValueKind != JsonValueKind.Array || dimensions.GetArrayLength() < 2)
        {
            return OdiThemeLevel.Activity;
        }

        var seenIn = new Dictionary<string, int>(StringComparer.Ordinal);
        var d = 0;
        foreach (var dimension in dimensions.EnumerateArray())
        {
            d++;
            if (dimension.ValueKind != JsonValueKind.Object || !dimension.TryGetProperty("activities", out var activities) || activities.ValueKind != JsonValueKind.Array)
            {
                continue;
            }

            foreach (var activity in activities.EnumerateArray())
            {
                if (activity.ValueKind == JsonValueKind.Object && StringOf(activity, "title") is { } title)
                {
                    var id = Slug.From(title);
                    if (seenIn.TryGetValue(id, out var other) && other != d)
                    {
                        return OdiThemeLevel.Activity;
                    }

                    seenIn[id] = d;
                }
            }
        }

        return OdiThemeLevel.Dimension;
    }

    /// <summary>How many questions the file has, and how many of them carry statements.</summary>
    private static (int Questions, int WithStatements) CountQuestions(JsonElement dimensions)
    {
        var (questions, withStatements) = (0, 0);
        if (dimensions.ValueKind != JsonValueKind.Array)
        {
            return (0, 0);
        }

        foreach (var dimension in dimensions.EnumerateArray())
        {
            if (dimension.ValueKind != JsonValueKind.Object || !dimension.TryGetProperty("activities", out var activities) || activities.ValueKind != JsonValueKind.Array)
            {
                continue;
            }

            foreach (var activity in activities.EnumerateArray())
            {
                if (activity.ValueKind != JsonValueKind.Object || !activity.TryGetProperty("questions", out var qs) || qs.ValueKind != JsonValueKind.Array)
                {
                    continue;
                }

                foreach (var q in qs.EnumerateArray())
                {
                    questions++;
                    if (q.ValueKind == JsonValueKind.Object && q.TryGetProperty("statements", out var st) && st.ValueKind == JsonValueKind.Array)
                    {
                        withStatements++;
                    }
                }
            }
        }

        return (questions, withStatements);
    }

    private static void ReadStatements(JsonElement question, string qpath, FrameworkQuestion q, int levelCount, string language, List<FrameworkIssue> issues)
    {
        if (!question.TryGetProperty("statements", out var statements) || statements.ValueKind != JsonValueKind.Array)
        {
            issues.Add(new(FrameworkErrorCode.Required, qpath + ".statements"));
            return;
        }

        var s = 0;
        foreach (var statement in statements.EnumerateArray())
        {
            var spath = $"{qpath}.statements[{s++}]";
            if (statement.ValueKind != JsonValueKind.Object)
            {
                issues.Add(new(FrameworkErrorCode.WrongType, spath, "object"));
                continue;
            }

            if (!statement.TryGetProperty("associatedLevel", out var lv) || lv.ValueKind != JsonValueKind.Number || !lv.TryGetInt32(out var level))
            {
                issues.Add(new(FrameworkErrorCode.Required, spath + ".associatedLevel"));
                continue;
            }

            if (level < 1 || level > levelCount)
            {
                issues.Add(new(FrameworkErrorCode.LevelOutOfRange, spath + ".associatedLevel", level.ToString(CultureInfo.InvariantCulture)));
                continue;
            }

            var text = StringOf(statement, "text");
            if (text is null)
            {
                issues.Add(new(FrameworkErrorCode.Required, spath + ".text"));
                continue;
            }

            if (!q.Descriptors.TryAdd(level, new LocalizedText().Set(language, PlainText(text))))
            {
                issues.Add(new(FrameworkErrorCode.DuplicateDescriptor, spath + ".associatedLevel", level.ToString(CultureInfo.InvariantCulture)));
            }
        }

        for (var level = 1; level <= levelCount; level++)
        {
            if (!q.Descriptors.ContainsKey(level))
            {
                issues.Add(new(FrameworkErrorCode.MissingDescriptor, qpath + ".statements", level.ToString(CultureInfo.InvariantCulture)));
            }
        }
    }

    private static string Unique(string id, IEnumerable<string> taken)
    {
        var set = taken.ToHashSet(StringComparer.Ordinal);
        var candidate = id.Length == 0 ? "topic" : id;
        for (var n = 2; set.Contains(candidate); n++)
        {
            candidate = string.Create(CultureInfo.InvariantCulture, $"{id}-{n}");
        }

        return candidate;
    }

    private static string? StringOf(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(v.GetString())
            ? v.GetString()!.Trim()
            : null;

    /// <summary>The ODI files carry some HTML (paragraphs); we keep plain text and encode on output.</summary>
    public static string? PlainText(string? html)
    {
        if (string.IsNullOrWhiteSpace(html))
        {
            return null;
        }

        var sb = new StringBuilder(html.Length);
        var inTag = false;
        foreach (var c in html)
        {
            if (c == '<')
            {
                inTag = true;
            }
            else if (c == '>' && inTag)
            {
                inTag = false;
                sb.Append(' ');
            }
            else if (!inTag)
            {
                sb.Append(c);
            }
        }

        var text = WebUtility.HtmlDecode(sb.ToString());
        return string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }
}
