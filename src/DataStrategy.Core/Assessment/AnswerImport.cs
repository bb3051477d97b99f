using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using DataStrategy.Core.Frameworks;
using DataStrategy.Core.Imports;

namespace DataStrategy.Core.Assessment;

public enum AnswerState
{
    Level = 0,
    DontKnow = 1,
    NotApplicable = 2,
}

public enum AnswerLayout
{
    /// <summary>One row per respondent, one column per question.</summary>
    Wide,

    /// <summary>One row per answer: respondent, question, value.</summary>
#pragma warning disable CA1720 // "long" is the survey tools' own name for this layout
    Long,
#pragma warning restore CA1720
}

/// <summary>
/// How a survey tool's export maps onto a framework: which column is the respondent, which columns
/// (wide) or which cells (long) are which questions, and how unusual cell values read as levels.
/// Saved per campaign and as a JSON file for the CLI, so the same export imports again unattended.
/// </summary>
public sealed class AnswerMapping
{
    public const string Skip = "skip";
    public const string DontKnow = "dk";
    public const string NotApplicable = "na";

    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public AnswerLayout Layout { get; set; }

    public string? RespondentColumn { get; set; }

    public string? NameColumn { get; set; }

    public string? DepartmentColumn { get; set; }

    /// <summary>Long layout: the column naming the question (its ID or its text).</summary>
    public string? QuestionColumn { get; set; }

    /// <summary>Long layout: the column holding the answer.</summary>
    public string? ValueColumn { get; set; }

    /// <summary>Long layout (optional): the target level.</summary>
    public string? TargetColumn { get; set; }

    /// <summary>Long layout (optional): evidence or comment.</summary>
    public string? EvidenceColumn { get; set; }

    /// <summary>Wide layout: column header → question ID. Columns not listed are ignored.</summary>
    public Dictionary<string, string> Columns { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Cell value (as written) → level number, "dk", "na" or "skip", for values the tool could not read itself.</summary>
    public Dictionary<string, string> Values { get; set; } = new(StringComparer.Ordinal);

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    /// <summary>Reads a mapping file; null when it is not a mapping.</summary>
    public static AnswerMapping? FromJson(string? json)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return null;
        }

        try
        {
            var mapping = JsonSerializer.Deserialize<AnswerMapping>(json, Json);
            if (mapping is null)
            {
                return null;
            }

            mapping.Columns = new Dictionary<string, string>(mapping.Columns ?? [], StringComparer.Ordinal);
            mapping.Values = new Dictionary<string, string>(mapping.Values ?? [], StringComparer.Ordinal);
            return mapping;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static readonly string[] RespondentNames = ["respondent", "respondent id", "id", "response id", "repondant", "reponse", "antwoord id", "email", "e mail", "courriel"];
    private static readonly string[] PersonNames = ["name", "nom", "naam", "full name", "nom complet", "volledige naam"];
    private static readonly string[] DepartmentNames = ["department", "departement", "service", "dienst", "directie", "direction", "afdeling"];
    private static readonly string[] QuestionNames = ["question", "vraag", "item", "question id", "vraag id", "indicator"];
    private static readonly string[] ValueNames = ["value", "answer", "level", "score", "valeur", "reponse", "niveau", "antwoord", "waarde"];
    private static readonly string[] TargetNames = ["target", "target level", "cible", "niveau cible", "doel", "doelniveau"];
    private static readonly string[] EvidenceNames = ["evidence", "comment", "comments", "preuve", "commentaire", "bewijs", "opmerking", "toelichting"];

    /// <summary>
    /// A first guess: the remembered mapping for columns it knows, then headers that name a
    /// question by ID or by text in any language, then usual names for the respondent columns.
    /// </summary>
    public static AnswerMapping Suggest(IReadOnlyList<string> header, FrameworkDefinition framework, AnswerMapping? remembered = null)
    {
        ArgumentNullException.ThrowIfNull(header);
        ArgumentNullException.ThrowIfNull(framework);
        var matcher = new QuestionMatcher(framework);
        var mapping = new AnswerMapping();
        string? Find(string[] names) => header.FirstOrDefault(h => names.Contains(StakeholderImport.Normalize(h)));

        foreach (var h in header)
        {
            if (remembered is not null && remembered.Columns.TryGetValue(h, out var q) && framework.Question(q) is not null)
            {
                mapping.Columns[h] = q;
            }
            else if (matcher.Match(h) is { } match)
            {
                mapping.Columns[h] = match;
            }
        }

        var headerSet = header.ToHashSet(StringComparer.Ordinal);
        string? Keep(string? column) => column is not null && headerSet.Contains(column) ? column : null;
        mapping.QuestionColumn = Keep(remembered?.QuestionColumn) ?? Find(QuestionNames);
        mapping.ValueColumn = Keep(remembered?.ValueColumn) ?? Find(ValueNames);
        mapping.Layout = mapping.Columns.Count == 0 && mapping.QuestionColumn is not null && mapping.ValueColumn is not null ? AnswerLayout.Long : AnswerLayout.Wide;
        if (remembered is not null && (remembered.Layout == AnswerLayout.Wide ? remembered.Columns.Keys.Any(headerSet.Contains) : Keep(remembered.QuestionColumn) is not null))
        {
            mapping.Layout = remembered.Layout;
        }

        mapping.RespondentColumn = Keep(remembered?.RespondentColumn) ?? Find(RespondentNames);
        mapping.NameColumn = Keep(remembered?.NameColumn) ?? Find(PersonNames);
        mapping.DepartmentColumn = Keep(remembered?.DepartmentColumn) ?? Find(DepartmentNames);
        mapping.TargetColumn = Keep(remembered?.TargetColumn) ?? Find(TargetNames);
        mapping.EvidenceColumn = Keep(remembered?.EvidenceColumn) ?? Find(EvidenceNames);
        if (remembered is not null)
        {
            foreach (var (value, meaning) in remembered.Values)
            {
                mapping.Values[value] = meaning;
            }
        }

        return mapping;
    }
}

/// <summary>Finds the question a header or cell names: its ID, "ID: text", or its text in any language.</summary>
public sealed class QuestionMatcher
{
    private readonly Dictionary<string, string> _byKey = new(StringComparer.Ordinal);
    private readonly List<(string Prefix, string Id)> _prefixes = [];

    public QuestionMatcher(FrameworkDefinition framework)
    {
        ArgumentNullException.ThrowIfNull(framework);
        foreach (var q in framework.Questions)
        {
            _byKey.TryAdd(q.Id, q.Id);
            _byKey.TryAdd(StakeholderImport.Normalize(q.Id), q.Id);
            _prefixes.Add((StakeholderImport.Normalize(q.Id), q.Id));
            foreach (var text in q.Text.Values.Values)
            {
                _byKey.TryAdd(StakeholderImport.Normalize(text), q.Id);
            }
        }

        // Longest ID first: "lead-010" must not be read as "lead-01".
        _prefixes.Sort((a, b) => b.Prefix.Length.CompareTo(a.Prefix.Length));
    }

    public string? Match(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (_byKey.TryGetValue(value.Trim(), out var exact))
        {
            return exact;
        }

        var normalized = StakeholderImport.Normalize(value);
        if (_byKey.TryGetValue(normalized, out var id))
        {
            return id;
        }

        foreach (var (prefix, qid) in _prefixes)
        {
            if (normalized.Length > prefix.Length && normalized.StartsWith(prefix, StringComparison.Ordinal) && !char.IsLetterOrDigit(normalized[prefix.Length]))
            {
                return qid;
            }
        }

        return null;
    }
}

/// <summary>Reads a cell as a level: a number, a level name in any language, "don't know", "not applicable".</summary>
public sealed class LevelVocabulary
{
    private static readonly string[] DontKnowWords = ["dk", "don't know", "dont know", "do not know", "unknown", "?", "ne sais pas", "je ne sais pas", "nsp", "inconnu", "weet niet", "weet ik niet", "onbekend"];
    private static readonly string[] NotApplicableWords = ["na", "n/a", "n.a.", "not applicable", "sans objet", "so", "non applicable", "niet van toepassing", "nvt", "n.v.t.", "n v t"];

    private readonly Dictionary<string, (AnswerState State, int? Level)> _words = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (AnswerState State, int? Level)> _exact = new(StringComparer.Ordinal);
    private readonly int _maxLevel;

    public LevelVocabulary(FrameworkDefinition framework, IReadOnlyDictionary<string, string>? extra = null)
    {
        ArgumentNullException.ThrowIfNull(framework);
        _maxLevel = framework.MaxLevel;
        foreach (var w in DontKnowWords)
        {
            _words[StakeholderImport.Normalize(w)] = (AnswerState.DontKnow, null);
        }

        foreach (var w in NotApplicableWords)
        {
            _words[StakeholderImport.Normalize(w)] = (AnswerState.NotApplicable, null);
        }

        foreach (var level in framework.Levels)
        {
            foreach (var name in level.Name.Values.Values)
            {
                _words[StakeholderImport.Normalize(name)] = (AnswerState.Level, level.Value);
            }
        }

        if (extra is not null)
        {
            foreach (var (value, meaning) in extra)
            {
                (AnswerState, int?)? rule = meaning switch
                {
                    AnswerMapping.DontKnow => (AnswerState.DontKnow, null),
                    AnswerMapping.NotApplicable => (AnswerState.NotApplicable, null),
                    AnswerMapping.Skip => (AnswerState.Level, 0),
                    _ when int.TryParse(meaning, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= 1 && n <= _maxLevel => (AnswerState.Level, n),
                    _ => null,
                };
                if (rule is { } r)
                {
                    // The user's own rules win over every built-in reading, exactly as written.
                    _exact[value.Trim()] = r;
                    _words[StakeholderImport.Normalize(value)] = r;
                }
            }
        }
    }

    public enum Outcome
    {
        Empty,
        Answer,
        Unknown,
        OutOfRange,
    }

    /// <summary>Level 0 with state Level means "skip this cell" (mapped by the user).</summary>
    public Outcome Read(string? cell, out AnswerState state, out int? level)
    {
        state = AnswerState.Level;
        level = null;
        if (string.IsNullOrWhiteSpace(cell))
        {
            return Outcome.Empty;
        }

        var span = cell.AsSpan().Trim();
        if (_exact.TryGetValue(cell.Trim(), out var mapped))
        {
            state = mapped.State;
            level = mapped.Level;
            if (mapped.State == AnswerState.Level && mapped.Level == 0)
            {
                level = null;
                return Outcome.Empty;
            }

            return Outcome.Answer;
        }

        if (span[0] is '=' or '+' or '-' or '@')
        {
            // Formulas and negative "no answer" codes (-1, -99) are never levels.
            return Outcome.Unknown;
        }

        if (span.Length <= 3 && int.TryParse(span, NumberStyles.None, CultureInfo.InvariantCulture, out var plain))
        {
            level = plain;
            return plain >= 1 && plain <= _maxLevel ? Outcome.Answer : Outcome.OutOfRange;
        }

        var key = StakeholderImport.Normalize(cell);
        if (_words.TryGetValue(key, out var known))
        {
            state = known.State;
            level = known.Level;
            if (known.State == AnswerState.Level && known.Level == 0)
            {
                level = null;
                return Outcome.Empty;
            }

            return Outcome.Answer;
        }

        // "3.0", "3 - Learning", "Niveau 3", "Level 3": a single level number with decoration.
        var digits = new string(key.Where(char.IsAsciiDigit).ToArray());
        if (digits.Length is > 0 and <= 2 && key.Count(char.IsAsciiDigit) == digits.Length &&
            (key.StartsWith(digits, StringComparison.Ordinal) || key.EndsWith(digits, StringComparison.Ordinal) || key.EndsWith(digits + ".0", StringComparison.Ordinal)))
        {
            var n = int.Parse(digits, CultureInfo.InvariantCulture);
            level = n;
            return n >= 1 && n <= _maxLevel ? Outcome.Answer : Outcome.OutOfRange;
        }

        if (key.EndsWith(".0", StringComparison.Ordinal) && int.TryParse(key[..^2], NumberStyles.None, CultureInfo.InvariantCulture, out var dec))
        {
            level = dec;
            return dec >= 1 && dec <= _maxLevel ? Outcome.Answer : Outcome.OutOfRange;
        }

        return Outcome.Unknown;
    }
}

public sealed record ImportedRespondent(string Key, string? Name, Guid? DepartmentId, int Row);

/// <summary>One answer read from the file; <see cref="Respondent"/> indexes <see cref="AnswerImportResult.Respondents"/>.</summary>
public readonly record struct ImportedAnswer(int Respondent, string QuestionId, AnswerState State, int? Level, int? Target, string? Evidence);

public sealed class AnswerImportResult
{
    public List<ImportedRespondent> Respondents { get; } = [];

    public List<ImportedAnswer> Answers { get; } = [];

    public List<ImportIssue> Issues { get; } = [];

    /// <summary>All problems found; <see cref="Issues"/> keeps the first <see cref="AnswerImport.MaxIssues"/>.</summary>
    public int IssueCount { get; set; }

    /// <summary>Cell values no rule could read, with how often they occur: offered for mapping.</summary>
    public Dictionary<string, int> UnknownValues { get; } = new(StringComparer.Ordinal);

    public bool IsValid => IssueCount == 0 && Answers.Count > 0;

    internal void Add(ImportIssue issue)
    {
        IssueCount++;
        if (Issues.Count < AnswerImport.MaxIssues)
        {
            Issues.Add(issue);
        }
    }
}

/// <summary>Reads answers exported by a survey tool (wide or long), all or nothing.</summary>
public static class AnswerImport
{
    /// <summary>The largest answer file read, from the page, the CLI or anywhere else.</summary>
    public const int MaxBytes = 25 * 1024 * 1024;
    public const int MaxRows = 2_000_000;
    public const int MaxIssues = 500;
    public const int MaxEvidenceLength = 4000;
    public const int MaxKeyLength = 200;

    /// <summary>Reads an answer file within the limits above.</summary>
    /// <exception cref="TabularFileException">The file is too large, too long, or not a table.</exception>
    public static TabularData Read(string fileName, byte[] content)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (content.Length > MaxBytes)
        {
            throw new TabularFileException(ImportErrorCode.FileTooLarge);
        }

        return TabularFile.Read(fileName, content, MaxRows);
    }

    public static AnswerImportResult Parse(TabularData data, FrameworkDefinition framework, AnswerMapping mapping, IReadOnlyDictionary<string, Guid>? departments = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(framework);
        ArgumentNullException.ThrowIfNull(mapping);
        var result = new AnswerImportResult();
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < data.Header.Count; i++)
        {
            index.TryAdd(data.Header[i], i);
        }

        int Column(string? name, bool required, string label)
        {
            if (name is null)
            {
                if (required)
                {
                    result.Add(new ImportIssue(ImportErrorCode.MissingColumn, Column: label));
                }

                return -1;
            }

            if (index.TryGetValue(name, out var i))
            {
                return i;
            }

            result.Add(new ImportIssue(ImportErrorCode.MissingColumn, Column: name));
            return -1;
        }

        var vocabulary = new LevelVocabulary(framework, mapping.Values);
        var respondentColumn = Column(mapping.RespondentColumn, mapping.Layout == AnswerLayout.Long, "respondent");
        var nameColumn = Column(mapping.NameColumn, false, "name");
        var departmentColumn = Column(mapping.DepartmentColumn, false, "department");
        if (result.IssueCount > 0)
        {
            return result;
        }

        if (data.Rows.Count == 0)
        {
            result.Add(new ImportIssue(ImportErrorCode.NoRows));
            return result;
        }

        var keys = new Dictionary<string, int>(StringComparer.Ordinal);
        int Respondent(IReadOnlyList<string> row, int rowNumber, bool mustBeNew)
        {
            var key = respondentColumn >= 0 ? Cell(row, respondentColumn) : "#" + rowNumber.ToString(CultureInfo.InvariantCulture);
            if (key.Length == 0)
            {
                result.Add(new ImportIssue(ImportErrorCode.Required, rowNumber, mapping.RespondentColumn));
                return -1;
            }

            if (key.Length > MaxKeyLength)
            {
                result.Add(new ImportIssue(ImportErrorCode.TooLong, rowNumber, mapping.RespondentColumn, MaxKeyLength.ToString(CultureInfo.InvariantCulture)));
                return -1;
            }

            if (keys.TryGetValue(key, out var existing))
            {
                if (mustBeNew)
                {
                    result.Add(new ImportIssue(ImportErrorCode.DuplicateInFile, rowNumber, mapping.RespondentColumn, result.Respondents[existing].Row.ToString(CultureInfo.InvariantCulture)));
                    return -1;
                }

                return existing;
            }

            Guid? departmentId = null;
            if (departmentColumn >= 0 && Cell(row, departmentColumn) is { Length: > 0 } dept)
            {
                if (departments is not null && departments.TryGetValue(StakeholderImport.Normalize(dept), out var d))
                {
                    departmentId = d;
                }
                else
                {
                    result.Add(new ImportIssue(ImportErrorCode.DepartmentUnknown, rowNumber, mapping.DepartmentColumn, Truncate(dept)));
                    return -1;
                }
            }

            var name = nameColumn >= 0 ? Cell(row, nameColumn) : string.Empty;
            if (name.Length > MaxKeyLength)
            {
                result.Add(new ImportIssue(ImportErrorCode.TooLong, rowNumber, mapping.NameColumn, MaxKeyLength.ToString(CultureInfo.InvariantCulture)));
                return -1;
            }

            result.Respondents.Add(new ImportedRespondent(key, name.Length == 0 ? null : name, departmentId, rowNumber));
            keys[key] = result.Respondents.Count - 1;
            return result.Respondents.Count - 1;
        }

        bool ReadValue(string cell, int rowNumber, string column, out AnswerState state, out int? level)
        {
            switch (vocabulary.Read(cell, out state, out level))
            {
                case LevelVocabulary.Outcome.Answer:
                    return true;
                case LevelVocabulary.Outcome.OutOfRange:
                    result.Add(new ImportIssue(ImportErrorCode.LevelOutOfRange, rowNumber, column, Truncate(cell)));
                    return false;
                case LevelVocabulary.Outcome.Unknown:
                    var value = Truncate(cell);
                    result.UnknownValues[value] = result.UnknownValues.GetValueOrDefault(value) + 1;
                    result.Add(new ImportIssue(ImportErrorCode.UnknownValue, rowNumber, column, value));
                    return false;
                default:
                    return false;
            }
        }

        if (mapping.Layout == AnswerLayout.Wide)
        {
            var questionColumns = new List<(int Index, string Header, string QuestionId)>();
            foreach (var (header, questionId) in mapping.Columns)
            {
                if (!index.TryGetValue(header, out var i))
                {
                    result.Add(new ImportIssue(ImportErrorCode.MissingColumn, Column: header));
                }
                else if (framework.Question(questionId) is null)
                {
                    result.Add(new ImportIssue(ImportErrorCode.UnknownQuestion, Column: header, Value: questionId));
                }
                else
                {
                    questionColumns.Add((i, header, questionId));
                }
            }

            if (questionColumns.Count == 0)
            {
                result.Add(new ImportIssue(ImportErrorCode.NoQuestionColumns));
            }

            foreach (var dup in questionColumns.GroupBy(c => c.QuestionId).Where(g => g.Count() > 1))
            {
                result.Add(new ImportIssue(ImportErrorCode.DuplicateAnswer, Column: string.Join(", ", dup.Select(c => c.Header)), Value: dup.Key));
            }

            if (result.IssueCount > 0)
            {
                return result;
            }

            questionColumns.Sort((a, b) => a.Index.CompareTo(b.Index));
            // Sized once: a 2,000,000-answer list that doubles as it grows holds up to twice that in copies.
            result.Answers.Capacity = (int)Math.Min((long)data.Rows.Count * questionColumns.Count, MaxRows);
            for (var r = 0; r < data.Rows.Count; r++)
            {
                var row = data.Rows[r];
                var rowNumber = data.RowNumbers[r];
                var respondent = Respondent(row, rowNumber, mustBeNew: true);
                if (respondent < 0)
                {
                    continue;
                }

                foreach (var (i, header, questionId) in questionColumns)
                {
                    var cell = Cell(row, i);
                    if (cell.Length > 0 && ReadValue(cell, rowNumber, header, out var state, out var level))
                    {
                        result.Answers.Add(new ImportedAnswer(respondent, questionId, state, level, null, null));
                    }
                }
            }
        }
        else
        {
            var questionColumn = Column(mapping.QuestionColumn, true, "question");
            var valueColumn = Column(mapping.ValueColumn, true, "value");
            var targetColumn = Column(mapping.TargetColumn, false, "target");
            var evidenceColumn = Column(mapping.EvidenceColumn, false, "evidence");
            if (result.IssueCount > 0)
            {
                return result;
            }

            var matcher = new QuestionMatcher(framework);
            var seen = new Dictionary<(int, string), int>();
            for (var r = 0; r < data.Rows.Count; r++)
            {
                var row = data.Rows[r];
                var rowNumber = data.RowNumbers[r];
                var respondent = Respondent(row, rowNumber, mustBeNew: false);
                if (respondent < 0)
                {
                    continue;
                }

                var questionCell = Cell(row, questionColumn);
                var questionId = matcher.Match(questionCell);
                if (questionId is null)
                {
                    result.Add(questionCell.Length == 0
                        ? new ImportIssue(ImportErrorCode.Required, rowNumber, mapping.QuestionColumn)
                        : new ImportIssue(ImportErrorCode.UnknownQuestion, rowNumber, mapping.QuestionColumn, Truncate(questionCell)));
                    continue;
                }

                if (seen.TryGetValue((respondent, questionId), out var firstRow))
                {
                    result.Add(new ImportIssue(ImportErrorCode.DuplicateAnswer, rowNumber, mapping.QuestionColumn, firstRow.ToString(CultureInfo.InvariantCulture)));
                    continue;
                }

                seen[(respondent, questionId)] = rowNumber;
                var evidence = evidenceColumn >= 0 ? Cell(row, evidenceColumn) : string.Empty;
                if (evidence.Length > MaxEvidenceLength)
                {
                    result.Add(new ImportIssue(ImportErrorCode.TooLong, rowNumber, mapping.EvidenceColumn, MaxEvidenceLength.ToString(CultureInfo.InvariantCulture)));
                    continue;
                }

                int? target = null;
                var targetCell = targetColumn >= 0 ? Cell(row, targetColumn) : string.Empty;
                if (targetCell.Length > 0)
                {
                    if (!ReadValue(targetCell, rowNumber, mapping.TargetColumn!, out var targetState, out target))
                    {
                        continue;
                    }

                    if (targetState != AnswerState.Level)
                    {
                        target = null;
                    }
                }

                var cell = Cell(row, valueColumn);
                if (cell.Length == 0)
                {
                    if (evidence.Length > 0 || target is not null)
                    {
                        result.Answers.Add(new ImportedAnswer(respondent, questionId, AnswerState.DontKnow, null, target, evidence.Length == 0 ? null : evidence));
                    }

                    continue;
                }

                if (ReadValue(cell, rowNumber, mapping.ValueColumn!, out var state, out var level))
                {
                    result.Answers.Add(new ImportedAnswer(respondent, questionId, state, level, target, evidence.Length == 0 ? null : evidence));
                }
            }
        }

        if (result.IssueCount == 0 && result.Answers.Count == 0)
        {
            result.Add(new ImportIssue(ImportErrorCode.NoRows));
        }

        return result;
    }

    private static string Cell(IReadOnlyList<string> row, int index) => index < row.Count ? row[index] : string.Empty;

    private static string Truncate(string value) => value.Length > 80 ? value[..80] + "…" : value;
}
