using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using DataStrategy.Core.Text;

namespace DataStrategy.Core.Frameworks;

/// <summary>
/// Our own framework file format ("dss-framework", version 1): reads it with an error for every
/// problem, each naming its place in the file, and writes it back so that a round trip loses nothing.
/// </summary>
public static partial class FrameworkJson
{
    public const string FormatName = "dss-framework";
    public const int FormatVersion = 1;
    public const int MaxBytes = 10 * 1024 * 1024;
    public const int MaxQuestions = 1000;
    public const int MaxThemes = 100;
    public const int MaxLevels = 10;
    public const int MinLevels = 2;
    public const int MaxTextLength = 4000;

    internal static readonly byte[] Utf8Bom = [0xEF, 0xBB, 0xBF];
    internal static readonly byte[] Blank = [(byte)' ', (byte)'\t', (byte)'\r', (byte)'\n'];

    private static readonly JsonDocumentOptions DocumentOptions = new() { MaxDepth = 16, CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$")]
    private static partial Regex IdPattern();

    [GeneratedRegex("^[a-z]{2}$")]
    private static partial Regex LanguagePattern();

    public static bool IsValidId(string? id) => id is not null && IdPattern().IsMatch(id);

    /// <summary>True when the bytes look like one of our files rather than an ODI tool file.</summary>
    public static bool LooksLikeOurs(ReadOnlySpan<byte> content)
    {
        var probe = Encoding.UTF8.GetString(content[..Math.Min(content.Length, 4096)]);
        return probe.Contains("\"" + FormatName + "\"", StringComparison.Ordinal);
    }

    public static FrameworkParseResult Read(ReadOnlySpan<byte> content)
    {
        if (content.StartsWith(Utf8Bom))
        {
            content = content[Utf8Bom.Length..];
        }

        if (content.IsEmpty || content.Trim(Blank).IsEmpty)
        {
            return Fail(FrameworkErrorCode.FileEmpty, "$");
        }

        if (content.Length > MaxBytes)
        {
            return Fail(FrameworkErrorCode.FileTooLarge, "$", (MaxBytes / 1024 / 1024).ToString(CultureInfo.InvariantCulture));
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(content.ToArray(), DocumentOptions);
        }
        catch (JsonException ex)
        {
            return Fail(FrameworkErrorCode.NotJson, "$", JsonErrorPlace(ex));
        }

        using (document)
        {
            var reader = new Reader();
            var framework = reader.ReadRoot(document.RootElement);
            if (framework is not null)
            {
                reader.Issues.AddRange(Validate(framework));
            }

            return new FrameworkParseResult { Framework = reader.Issues.Count == 0 ? framework : null, Issues = reader.Issues };
        }
    }

    internal static string JsonErrorPlace(JsonException ex) =>
        ex.LineNumber is { } line
            ? string.Create(CultureInfo.InvariantCulture, $"{line + 1}:{(ex.BytePositionInLine ?? 0) + 1}")
            : "?";

    private static FrameworkParseResult Fail(FrameworkErrorCode code, string path, string? value = null) =>
        new() { Issues = [new FrameworkIssue(code, path, value)] };

    /// <summary>Rules every framework obeys, whatever file it came from.</summary>
    public static List<FrameworkIssue> Validate(FrameworkDefinition framework)
    {
        ArgumentNullException.ThrowIfNull(framework);
        var issues = new List<FrameworkIssue>();
        if (!IsValidId(framework.Id))
        {
            issues.Add(new(framework.Id.Length == 0 ? FrameworkErrorCode.Required : FrameworkErrorCode.InvalidId, "$.id", framework.Id));
        }

        if (framework.Name.IsEmpty)
        {
            issues.Add(new(FrameworkErrorCode.Required, "$.name"));
        }

        if (framework.Levels.Count < MinLevels)
        {
            issues.Add(new(FrameworkErrorCode.TooFewLevels, "$.levels", MinLevels.ToString(CultureInfo.InvariantCulture)));
        }
        else if (framework.Levels.Count > MaxLevels)
        {
            issues.Add(new(FrameworkErrorCode.TooManyLevels, "$.levels", MaxLevels.ToString(CultureInfo.InvariantCulture)));
        }

        for (var i = 0; i < framework.Levels.Count; i++)
        {
            var level = framework.Levels[i];
            if (level.Value != i + 1)
            {
                issues.Add(new(FrameworkErrorCode.LevelOutOfRange, $"$.levels[{i}].value", level.Value.ToString(CultureInfo.InvariantCulture)));
            }

            if (level.Name.IsEmpty)
            {
                issues.Add(new(FrameworkErrorCode.Required, $"$.levels[{i}].name"));
            }
        }

        if (framework.Themes.Count > MaxThemes)
        {
            issues.Add(new(FrameworkErrorCode.TooMany, "$.themes", MaxThemes.ToString(CultureInfo.InvariantCulture)));
        }

        var themeIds = CheckIds(framework.Themes.Select(t => t.Id), "themes", issues);
        var topicIds = CheckIds(framework.Topics.Select(t => t.Id), "topics", issues);
        CheckIds(framework.Questions.Select(q => q.Id), "questions", issues);
        for (var i = 0; i < framework.Themes.Count; i++)
        {
            if (framework.Themes[i].Name.IsEmpty)
            {
                issues.Add(new(FrameworkErrorCode.Required, $"$.themes[{i}].name"));
            }
        }

        for (var i = 0; i < framework.Topics.Count; i++)
        {
            if (framework.Topics[i].Name.IsEmpty)
            {
                issues.Add(new(FrameworkErrorCode.Required, $"$.topics[{i}].name"));
            }
        }

        if (framework.Questions.Count == 0)
        {
            issues.Add(new(FrameworkErrorCode.NoQuestions, "$.questions"));
        }
        else if (framework.Questions.Count > MaxQuestions)
        {
            issues.Add(new(FrameworkErrorCode.TooMany, "$.questions", MaxQuestions.ToString(CultureInfo.InvariantCulture)));
        }

        var levelCount = framework.Levels.Count;
        for (var i = 0; i < framework.Questions.Count && issues.Count < 200; i++)
        {
            var q = framework.Questions[i];
            var path = $"$.questions[{i}]";
            if (q.ThemeId.Length == 0)
            {
                issues.Add(new(FrameworkErrorCode.Required, path + ".theme"));
            }
            else if (!themeIds.Contains(q.ThemeId))
            {
                issues.Add(new(FrameworkErrorCode.UnknownReference, path + ".theme", q.ThemeId));
            }

            if (q.TopicId is not null && !topicIds.Contains(q.TopicId))
            {
                issues.Add(new(FrameworkErrorCode.UnknownReference, path + ".topic", q.TopicId));
            }

            if (q.Text.IsEmpty)
            {
                issues.Add(new(FrameworkErrorCode.Required, path + ".text"));
            }

            foreach (var level in q.Descriptors.Keys.Where(k => k < 1 || k > levelCount))
            {
                issues.Add(new(FrameworkErrorCode.LevelOutOfRange, path + ".descriptors", level.ToString(CultureInfo.InvariantCulture)));
            }

            for (var level = 1; level <= levelCount && levelCount <= MaxLevels; level++)
            {
                if (!q.Descriptors.TryGetValue(level, out var d) || d.IsEmpty)
                {
                    issues.Add(new(FrameworkErrorCode.MissingDescriptor, path + ".descriptors", level.ToString(CultureInfo.InvariantCulture)));
                }
            }
        }

        return issues;
    }

    private static HashSet<string> CheckIds(IEnumerable<string> ids, string list, List<FrameworkIssue> issues)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var i = 0;
        foreach (var id in ids)
        {
            var path = $"$.{list}[{i}].id";
            if (id.Length == 0)
            {
                issues.Add(new(FrameworkErrorCode.Required, path));
            }
            else if (!IsValidId(id))
            {
                issues.Add(new(FrameworkErrorCode.InvalidId, path, id.Length > 70 ? id[..70] : id));
            }
            else if (!seen.Add(id))
            {
                issues.Add(new(FrameworkErrorCode.DuplicateId, path, id));
            }

            i++;
        }

        return seen;
    }

    public static byte[] Write(FrameworkDefinition framework)
    {
        ArgumentNullException.ThrowIfNull(framework);
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteString("format", FormatName);
            w.WriteNumber("formatVersion", FormatVersion);
            w.WriteString("id", framework.Id);
            w.WriteString("version", framework.VersionLabel);
            WriteText(w, "name", framework.Name);
            WriteText(w, "description", framework.Description);
            if (framework.Publisher is not null)
            {
                w.WriteString("publisher", framework.Publisher);
            }

            if (framework.Licence is not null)
            {
                w.WriteString("licence", framework.Licence);
            }

            w.WriteStartArray("levels");
            foreach (var level in framework.Levels)
            {
                w.WriteStartObject();
                w.WriteNumber("value", level.Value);
                WriteText(w, "name", level.Name);
                WriteText(w, "description", level.Description);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            WriteNamed(w, "themes", framework.Themes.Select(t => (t.Id, t.Name, t.Description)));
            WriteNamed(w, "topics", framework.Topics.Select(t => (t.Id, t.Name, t.Description)));
            w.WriteStartArray("questions");
            foreach (var q in framework.Questions)
            {
                w.WriteStartObject();
                w.WriteString("id", q.Id);
                w.WriteString("theme", q.ThemeId);
                if (q.TopicId is not null)
                {
                    w.WriteString("topic", q.TopicId);
                }

                WriteText(w, "text", q.Text);
                WriteText(w, "help", q.Help);
                w.WriteStartArray("descriptors");
                foreach (var (level, text) in q.Descriptors)
                {
                    w.WriteStartObject();
                    w.WriteNumber("level", level);
                    WriteText(w, "text", text);
                    w.WriteEndObject();
                }

                w.WriteEndArray();
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        return stream.ToArray();
    }

    private static void WriteNamed(Utf8JsonWriter w, string name, IEnumerable<(string Id, LocalizedText Name, LocalizedText Description)> items)
    {
        w.WriteStartArray(name);
        foreach (var (id, title, description) in items)
        {
            w.WriteStartObject();
            w.WriteString("id", id);
            WriteText(w, "name", title);
            WriteText(w, "description", description);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static void WriteText(Utf8JsonWriter w, string name, LocalizedText text)
    {
        if (text.IsEmpty)
        {
            return;
        }

        w.WriteStartObject(name);
        foreach (var (language, value) in text.Values)
        {
            w.WriteString(language, value);
        }

        w.WriteEndObject();
    }

    /// <summary>Walks the document; every structural problem is recorded with its path.</summary>
    private sealed class Reader
    {
        public List<FrameworkIssue> Issues { get; } = [];

        private void Add(FrameworkErrorCode code, string path, string? value = null)
        {
            if (Issues.Count < 200)
            {
                Issues.Add(new FrameworkIssue(code, path, value));
            }
        }

        public FrameworkDefinition? ReadRoot(JsonElement root)
        {
            if (root.ValueKind != JsonValueKind.Object)
            {
                Add(FrameworkErrorCode.WrongFormat, "$");
                return null;
            }

            if (!root.TryGetProperty("format", out var format) || format.ValueKind != JsonValueKind.String || format.GetString() != FormatName)
            {
                Add(FrameworkErrorCode.WrongFormat, "$.format");
                return null;
            }

            if (root.TryGetProperty("formatVersion", out var fv) && (fv.ValueKind != JsonValueKind.Number || !fv.TryGetInt32(out var v) || v != FormatVersion))
            {
                Add(FrameworkErrorCode.WrongFormat, "$.formatVersion", fv.ToString());
                return null;
            }

            var f = new FrameworkDefinition
            {
                Id = String(root, "id", "$") ?? string.Empty,
                VersionLabel = String(root, "version", "$") ?? "1",
                Name = Text(root, "name", "$"),
                Description = Text(root, "description", "$"),
                Publisher = String(root, "publisher", "$"),
                Licence = String(root, "licence", "$"),
            };
            var i = 0;
            foreach (var level in Array(root, "levels", "$", required: true))
            {
                var path = $"$.levels[{i++}]";
                if (!IsObject(level, path))
                {
                    continue;
                }

                f.Levels.Add(new FrameworkLevel { Value = Int(level, "value", path) ?? 0, Name = Text(level, "name", path), Description = Text(level, "description", path) });
            }

            i = 0;
            foreach (var theme in Array(root, "themes", "$", required: true))
            {
                var path = $"$.themes[{i++}]";
                if (IsObject(theme, path))
                {
                    f.Themes.Add(new FrameworkTheme { Id = String(theme, "id", path) ?? string.Empty, Name = Text(theme, "name", path), Description = Text(theme, "description", path) });
                }
            }

            i = 0;
            foreach (var topic in Array(root, "topics", "$", required: false))
            {
                var path = $"$.topics[{i++}]";
                if (IsObject(topic, path))
                {
                    f.Topics.Add(new FrameworkTopic { Id = String(topic, "id", path) ?? string.Empty, Name = Text(topic, "name", path), Description = Text(topic, "description", path) });
                }
            }

            i = 0;
            foreach (var question in Array(root, "questions", "$", required: true))
            {
                var path = $"$.questions[{i++}]";
                if (!IsObject(question, path))
                {
                    continue;
                }

                var q = new FrameworkQuestion
                {
                    Id = String(question, "id", path) ?? string.Empty,
                    ThemeId = String(question, "theme", path) ?? string.Empty,
                    TopicId = String(question, "topic", path),
                    Text = Text(question, "text", path),
                    Help = Text(question, "help", path),
                };
                var d = 0;
                foreach (var descriptor in Array(question, "descriptors", path, required: true))
                {
                    var dpath = $"{path}.descriptors[{d++}]";
                    if (!IsObject(descriptor, dpath))
                    {
                        continue;
                    }

                    var level = Int(descriptor, "level", dpath);
                    if (level is null)
                    {
                        Add(FrameworkErrorCode.Required, dpath + ".level");
                        continue;
                    }

                    if (!q.Descriptors.TryAdd(level.Value, Text(descriptor, "text", dpath)))
                    {
                        Add(FrameworkErrorCode.DuplicateDescriptor, dpath + ".level", level.Value.ToString(CultureInfo.InvariantCulture));
                    }
                }

                f.Questions.Add(q);
            }

            return f;
        }

        private bool IsObject(JsonElement e, string path)
        {
            if (e.ValueKind == JsonValueKind.Object)
            {
                return true;
            }

            Add(FrameworkErrorCode.WrongType, path, "object");
            return false;
        }

        private List<JsonElement> Array(JsonElement parent, string name, string path, bool required)
        {
            if (!parent.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
            {
                if (required)
                {
                    Add(FrameworkErrorCode.Required, $"{path}.{name}");
                }

                return [];
            }

            if (value.ValueKind != JsonValueKind.Array)
            {
                Add(FrameworkErrorCode.WrongType, $"{path}.{name}", "array");
                return [];
            }

            return value.EnumerateArray().ToList();
        }

        private string? String(JsonElement parent, string name, string path)
        {
            if (!parent.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
            {
                return null;
            }

            if (value.ValueKind != JsonValueKind.String)
            {
                Add(FrameworkErrorCode.WrongType, $"{path}.{name}", "string");
                return null;
            }

            var s = value.GetString()!.Trim();
            if (s.Length > MaxTextLength)
            {
                Add(FrameworkErrorCode.TooLong, $"{path}.{name}", MaxTextLength.ToString(CultureInfo.InvariantCulture));
                return null;
            }

            return s.Length == 0 ? null : s;
        }

        private int? Int(JsonElement parent, string name, string path)
        {
            if (!parent.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
            {
                return null;
            }

            if (value.ValueKind != JsonValueKind.Number || !value.TryGetInt32(out var n))
            {
                Add(FrameworkErrorCode.WrongType, $"{path}.{name}", "integer");
                return null;
            }

            return n;
        }

        private LocalizedText Text(JsonElement parent, string name, string path)
        {
            var text = new LocalizedText();
            if (!parent.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
            {
                return text;
            }

            if (value.ValueKind != JsonValueKind.Object)
            {
                Add(FrameworkErrorCode.WrongType, $"{path}.{name}", "{\"fr\": …, \"nl\": …, \"en\": …}");
                return text;
            }

            foreach (var property in value.EnumerateObject())
            {
                var p = $"{path}.{name}.{property.Name}";
                if (!LanguagePattern().IsMatch(property.Name))
                {
                    Add(FrameworkErrorCode.UnknownLanguage, p, property.Name.Length > 20 ? property.Name[..20] : property.Name);
                    continue;
                }

                if (property.Value.ValueKind != JsonValueKind.String)
                {
                    Add(FrameworkErrorCode.WrongType, p, "string");
                    continue;
                }

                var s = property.Value.GetString()!;
                if (s.Length > MaxTextLength)
                {
                    Add(FrameworkErrorCode.TooLong, p, MaxTextLength.ToString(CultureInfo.InvariantCulture));
                    continue;
                }

                text.Set(property.Name, s);
            }

            return text;
        }
    }
}
