using System.Globalization;
using DataStrategy.Core.Frameworks;
using DataStrategy.Core.Imports;

namespace DataStrategy.Core.Assessment;

/// <summary>Reads answers exported by a survey tool (wide or long), all or nothing.</summary>
public static class AnswerImport
{
    /// <summary>The largest answer file read, from the page, the CLI or anywhere else.</summary>
    public const int MaxBytes = 25 * 1024 * 1024;
    public const int MaxRows = 2_000_000;
    public const int MaxIssues = 500;
    public const int MaxEvidenceLength = 4000;
    public const int MaxKeyLength = 200;

    /// <summary>Distinct unknown department values offered for mapping; a file with more names no departments (wrong column?).</summary>
    public const int MaxUnknownDepartments = 100;

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

    /// <summary>The file's SHA-256 as 64 lower-case hexadecimal digits: the same file imported twice is recognised by it.</summary>
    public static string Sha256(byte[] content)
    {
        ArgumentNullException.ThrowIfNull(content);
        return Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(content));
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
        result.KeyedRespondents = respondentColumn >= 0;
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
                    UnknownDepartment(dept.Trim(), rowNumber);
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

        // Each unknown department value is said once (on its first row) and offered for mapping, not once per row.
        var unknownDepartments = new Dictionary<string, string>(StringComparer.Ordinal);
        var tooManyDepartments = false;
        void UnknownDepartment(string value, int rowNumber)
        {
            var key = StakeholderImport.Normalize(value);
            if (unknownDepartments.TryGetValue(key, out var shown))
            {
                result.UnknownDepartments[shown]++;
                return;
            }

            if (value.Length > MaxKeyLength)
            {
                result.Add(new ImportIssue(ImportErrorCode.TooLong, rowNumber, mapping.DepartmentColumn, MaxKeyLength.ToString(CultureInfo.InvariantCulture)));
                return;
            }

            if (unknownDepartments.Count >= MaxUnknownDepartments)
            {
                if (!tooManyDepartments)
                {
                    tooManyDepartments = true;
                    result.Add(new ImportIssue(ImportErrorCode.TooManyDepartments, Column: mapping.DepartmentColumn, Value: MaxUnknownDepartments.ToString(CultureInfo.InvariantCulture)));
                }

                return;
            }

            unknownDepartments[key] = value;
            result.UnknownDepartments[value] = 1;
            result.Add(new ImportIssue(ImportErrorCode.DepartmentUnknown, rowNumber, mapping.DepartmentColumn, Truncate(value)));
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
                if (mapping.Columns.Count == 0)
                {
                    // Nothing of the file is a question: say first what the file looks like.
                    result.Add(AnswerFileShape.Describe(data.Header));
                }

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
