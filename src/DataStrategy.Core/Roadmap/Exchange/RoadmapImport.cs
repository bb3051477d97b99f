using System.Globalization;
using DataStrategy.Core.Text;
using DataStrategy.Core.Imports;

namespace DataStrategy.Core.Roadmap.Exchange;

/// <summary>
/// Parses the Initiatives sheet of a roadmap workbook (the columns <see cref="RoadmapSheets"/> writes) and resolves
/// names against the organisation. All or nothing: the caller applies the rows only when the result is valid.
/// Rows whose code exists update that initiative; other codes create one. A column left out of the sheet leaves
/// that field unchanged. Unknown teams, departments, objectives, themes and dependency codes are errors;
/// unknown workstreams are created (and listed in the preview).
/// </summary>
public static class RoadmapImport
{
    public const int MaxBytes = StakeholderImport.MaxBytes;
    public const int MaxRows = StakeholderImport.MaxRows;
    public const int TitleMax = RoadmapRules.MaxTitle;
    public const int DescriptionMax = RoadmapRules.MaxDescription;
    public const int NameMax = RoadmapRules.MaxName;
    public const int MaxDuration = RoadmapRules.MaxDuration;
    public const decimal MaxFte = RoadmapRules.MaxFte;
    public const decimal MaxBudget = RoadmapRules.MaxBudget;
    public const int MinYear = 2000;
    public const int MaxYear = 2100;

    private static readonly HashSet<string> IgnoredColumns = new(StringComparer.Ordinal) { RoadmapSheets.Department, RoadmapSheets.Lead, RoadmapSheets.PlannedEnd };

    public static RoadmapImportResult Parse(string fileName, byte[] content, RoadmapImportContext context)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(context);
        if (content.Length > MaxBytes)
        {
            return Fail(new ImportIssue(ImportErrorCode.FileTooLarge, Value: (MaxBytes / 1024 / 1024).ToString(CultureInfo.InvariantCulture)));
        }

        TabularData table;
        try
        {
            table = TabularFile.Read(fileName, content, MaxRows, RoadmapSheets.InitiativesSheet);
        }
        catch (TabularFileException ex)
        {
            return Fail(new ImportIssue(ex.Code, Value: ex.Code switch
            {
                ImportErrorCode.TooManyRows => MaxRows.ToString(CultureInfo.InvariantCulture),
                ImportErrorCode.FileTooLarge => (MaxBytes / 1024 / 1024).ToString(CultureInfo.InvariantCulture),
                ImportErrorCode.UnclosedQuote => ex.Detail,
                _ => null,
            }));
        }

        var issues = new List<ImportIssue>();
        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        var letters = new Dictionary<string, string>(StringComparer.Ordinal);
        var teamColumns = new List<(int Index, Guid Team)>();
        for (var i = 0; i < table.Header.Count; i++)
        {
            var raw = table.Header[i].Trim();
            var name = raw.ToLowerInvariant();
            if (name.Length == 0)
            {
                continue;
            }

            if (name.StartsWith(RoadmapSheets.EffortPrefix.TrimEnd(), StringComparison.Ordinal))
            {
                var team = raw[(RoadmapSheets.EffortPrefix.TrimEnd().Length)..].Trim();
                letters[raw] = Letter(i);
                if (context.Teams.TryGetValue(StakeholderImport.Normalize(team), out var teamId))
                {
                    teamColumns.Add((i, teamId));
                }
                else
                {
                    issues.Add(new ImportIssue(ImportErrorCode.TeamUnknown, 1, raw, Clip(team)));
                }

                continue;
            }

            if (columns.TryAdd(name, i))
            {
                letters[name] = Letter(i);
            }
        }

        if (!columns.ContainsKey(RoadmapSheets.Code))
        {
            return Fail(new ImportIssue(ImportErrorCode.MissingColumn, 1, RoadmapSheets.Code));
        }

        if (table.Rows.Count == 0)
        {
            return Fail(new ImportIssue(ImportErrorCode.NoRows));
        }

        var present = columns.Keys.ToHashSet(StringComparer.Ordinal);
        foreach (var formula in XlsxFormulas.Find(content, RoadmapSheets.InitiativesSheet))
        {
            var column = columns.FirstOrDefault(c => c.Value == formula.Column).Key
                ?? teamColumns.Where(t => t.Index == formula.Column).Select(t => table.Header[t.Index].Trim()).FirstOrDefault()
                ?? Letter(formula.Column);
            letters.TryAdd(column, Letter(formula.Column));
            issues.Add(new ImportIssue(ImportErrorCode.FormulaNotAllowed, formula.Row, column));
        }

        var rows = new List<RoadmapImportRow>(table.Rows.Count);
        var codes = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var newWorkstreams = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var r = 0; r < table.Rows.Count; r++)
        {
            var rowNumber = table.RowNumbers[r];
            var cells = table.Rows[r];
            string? Cell(string column) =>
                columns.TryGetValue(column, out var idx) && idx < cells.Count && !string.IsNullOrWhiteSpace(cells[idx]) ? cells[idx].Trim() : null;
            void Issue(ImportErrorCode code, string column, string? value = null) => issues.Add(new ImportIssue(code, rowNumber, column, value is null ? null : Clip(value)));

            var code = Cell(RoadmapSheets.Code);
            var isNew = true;
            if (code is null)
            {
                Issue(ImportErrorCode.Required, RoadmapSheets.Code);
                code = "";
            }
            else if (!RoadmapCodes.IsValid(code))
            {
                Issue(ImportErrorCode.CodeInvalid, RoadmapSheets.Code, code);
            }
            else if (codes.TryGetValue(code, out var first))
            {
                Issue(ImportErrorCode.DuplicateInFile, RoadmapSheets.Code, first.ToString(CultureInfo.InvariantCulture));
            }
            else
            {
                codes[code] = rowNumber;
                isNew = !context.ExistingCodes.Contains(code);
            }

            var titles = Texts(RoadmapSheets.TitlePrefix, TitleMax);
            var descriptions = Texts(RoadmapSheets.DescriptionPrefix, DescriptionMax);
            Dictionary<string, string> Texts(string prefix, int max)
            {
                var texts = new Dictionary<string, string>(StringComparer.Ordinal);
                foreach (var language in Languages.Content)
                {
                    var column = prefix + language;
                    if (!present.Contains(column))
                    {
                        continue;
                    }

                    var value = Cell(column) ?? "";
                    if (value.Length > max)
                    {
                        Issue(ImportErrorCode.TooLong, column, max.ToString(CultureInfo.InvariantCulture));
                    }

                    texts[language] = value;
                }

                return texts;
            }

            var titleColumns = Languages.Content.Select(RoadmapSheets.Title).Where(present.Contains).ToList();
            // A file with every interface language's title column (German is optional) that leaves them all empty removes the title.
            if (titles.Values.All(t => t.Length == 0) && (isNew || Languages.All.All(l => titleColumns.Contains(RoadmapSheets.Title(l)))))
            {
                Issue(ImportErrorCode.Required, titleColumns.FirstOrDefault() ?? RoadmapSheets.Title(Languages.French));
            }

            Guid? workstreamId = null;
            string? newWorkstream = null;
            if (Cell(RoadmapSheets.Workstream) is { } workstream)
            {
                var key = StakeholderImport.Normalize(workstream);
                if (workstream.Length > NameMax)
                {
                    Issue(ImportErrorCode.TooLong, RoadmapSheets.Workstream, NameMax.ToString(CultureInfo.InvariantCulture));
                }
                else if (context.Workstreams.TryGetValue(key, out var id))
                {
                    workstreamId = id;
                }
                else
                {
                    newWorkstream = newWorkstreams.TryGetValue(key, out var written) ? written : newWorkstreams[key] = workstream;
                }
            }

            Guid? departmentId = null;
            if (Cell(RoadmapSheets.DepartmentCode) is { } department)
            {
                if (context.Departments.TryGetValue(StakeholderImport.Normalize(department), out var id))
                {
                    departmentId = id;
                }
                else
                {
                    Issue(ImportErrorCode.DepartmentUnknown, RoadmapSheets.DepartmentCode, department);
                }
            }

            int? Whole(string column, int min, int max)
            {
                if (Cell(column) is not { } text)
                {
                    return null;
                }

                if (!TryNumber(text, out var number) || number != decimal.Truncate(number))
                {
                    Issue(ImportErrorCode.NotANumber, column, text);
                    return null;
                }

                if (number < min || number > max)
                {
                    Issue(ImportErrorCode.OutOfRange, column, $"{min}–{max}");
                    return null;
                }

                return (int)number;
            }

            DateOnly? Month(string column)
            {
                if (Cell(column) is not { } text)
                {
                    return null;
                }

                var month = ParseMonth(text);
                if (month is null)
                {
                    Issue(ImportErrorCode.MonthInvalid, column, text);
                }

                return month;
            }

            var duration = Whole(RoadmapSheets.Duration, 0, MaxDuration);

            var earliest = Month(RoadmapSheets.EarliestStart);
            var deadline = Month(RoadmapSheets.Deadline);
            var locked = Month(RoadmapSheets.LockedStart);
            var planned = Month(RoadmapSheets.PlannedStart);
            if (earliest is { } e && deadline is { } d && d < e)
            {
                Issue(ImportErrorCode.OutOfRange, RoadmapSheets.Deadline, ">= " + RoadmapExchange.Month(e));
            }

            decimal? budget = null;
            if (Cell(RoadmapSheets.Budget) is { } budgetText)
            {
                if (!TryNumber(budgetText, out var value))
                {
                    Issue(ImportErrorCode.NotANumber, RoadmapSheets.Budget, budgetText);
                }
                else if (!RoadmapRules.IsBudget(value))
                {
                    Issue(ImportErrorCode.OutOfRange, RoadmapSheets.Budget, "0–" + MaxBudget.ToString("#,0.00", CultureInfo.InvariantCulture));
                }
                else
                {
                    budget = decimal.Round(value, 2);
                }
            }

            var priority = Whole(RoadmapSheets.Priority, RoadmapRules.MinPriority, RoadmapRules.MaxPriority);
            var percent = Whole(RoadmapSheets.Percent, 0, 100);
            var status = Named(RoadmapSheets.Status, RoadmapExchange.Statuses);
            var rag = Named(RoadmapSheets.Rag, RoadmapExchange.Rags);
            string? Named(string column, IReadOnlyList<string> names)
            {
                if (Cell(column) is not { } text)
                {
                    return null;
                }

                var key = text.Replace(" ", "", StringComparison.Ordinal).Replace("_", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
                var match = names.FirstOrDefault(n => string.Equals(n, key, StringComparison.OrdinalIgnoreCase));
                if (match is null)
                {
                    Issue(ImportErrorCode.UnknownValue, column, text);
                }

                return match;
            }

            var dependencies = new List<DependencyRef>();
            foreach (var part in List(Cell(RoadmapSheets.Dependencies)))
            {
                var dependency = DependencyText.ParseOne(part);
                if (dependency is null || string.Equals(dependency.Code, code, StringComparison.OrdinalIgnoreCase))
                {
                    Issue(ImportErrorCode.DependencyInvalid, RoadmapSheets.Dependencies, part);
                }
                else if (dependencies.Any(x => string.Equals(x.Code, dependency.Code, StringComparison.OrdinalIgnoreCase)))
                {
                    Issue(ImportErrorCode.DuplicateInFile, RoadmapSheets.Dependencies, dependency.Code);
                }
                else
                {
                    dependencies.Add(dependency);
                }
            }

            var objectives = new List<string>();
            foreach (var title in List(Cell(RoadmapSheets.Objectives)))
            {
                if (!context.Objectives.TryGetValue(StakeholderImport.Normalize(title), out var ids) || ids.Count == 0)
                {
                    Issue(ImportErrorCode.ObjectiveUnknown, RoadmapSheets.Objectives, title);
                }
                else if (ids.Distinct(StringComparer.Ordinal).Count() > 1)
                {
                    Issue(ImportErrorCode.NameAmbiguous, RoadmapSheets.Objectives, title);
                }
                else if (!objectives.Contains(ids[0]))
                {
                    objectives.Add(ids[0]);
                }
            }

            var themes = new List<string>();
            foreach (var theme in List(Cell(RoadmapSheets.Themes)))
            {
                var known = context.Themes is null
                    ? theme.Length <= 64 && theme.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.')
                    : context.Themes.Contains(theme);
                if (!known)
                {
                    Issue(ImportErrorCode.ThemeUnknown, RoadmapSheets.Themes, theme);
                }
                else if (!themes.Contains(theme))
                {
                    themes.Add(theme);
                }
            }

            var effort = new Dictionary<Guid, decimal>();
            foreach (var (index, team) in teamColumns)
            {
                var header = table.Header[index].Trim();
                var text = index < cells.Count ? cells[index].Trim() : "";
                if (text.Length == 0)
                {
                    effort[team] = 0;
                }
                else if (!TryNumber(text, out var fte))
                {
                    Issue(ImportErrorCode.NotANumber, header, text);
                }
                else if (!RoadmapRules.IsFte(fte))
                {
                    Issue(ImportErrorCode.OutOfRange, header, "0–" + MaxFte.ToString(CultureInfo.InvariantCulture));
                }
                else
                {
                    effort[team] = decimal.Round(fte, 2);
                }
            }

            rows.Add(new RoadmapImportRow
            {
                Row = rowNumber,
                Code = code,
                IsNew = isNew,
                Titles = titles,
                Descriptions = descriptions,
                WorkstreamId = workstreamId,
                NewWorkstream = newWorkstream,
                DepartmentId = departmentId,
                DurationMonths = duration,
                EarliestStart = earliest,
                Deadline = deadline,
                LockedStart = locked,
                PlannedStart = planned,
                Budget = budget,
                Priority = priority,
                Status = status,
                Rag = rag,
                PercentComplete = percent,
                Dependencies = dependencies,
                ObjectiveIds = objectives,
                ThemeIds = themes,
                Effort = effort,
            });
        }

        CheckDependencies(rows, context, present.Contains(RoadmapSheets.Dependencies), issues);
        var ordered = issues.OrderBy(i => i.Row ?? 0).ThenBy(i => i.Column is null ? 0 : letters.TryGetValue(i.Column, out var l) ? l.Length * 100 + l[^1] : 9999).ToList();
        foreach (var ignored in IgnoredColumns)
        {
            present.Remove(ignored);
        }

        return new RoadmapImportResult(rows, ordered, present, letters, newWorkstreams.Values.ToList());
    }

    /// <summary>Unknown predecessor codes, and cycles in the graph the import would leave (existing links of rows
    /// not in the file, plus the file's links, which replace those of the initiatives it lists).</summary>
    private static void CheckDependencies(List<RoadmapImportRow> rows, RoadmapImportContext context, bool hasColumn, List<ImportIssue> issues)
    {
        var known = new HashSet<string>(context.ExistingCodes, StringComparer.OrdinalIgnoreCase);
        known.UnionWith(rows.Where(r => r.Code.Length > 0).Select(r => r.Code));
        foreach (var row in rows)
        {
            foreach (var d in row.Dependencies.Where(d => !known.Contains(d.Code)))
            {
                issues.Add(new ImportIssue(ImportErrorCode.DependencyUnknown, row.Row, RoadmapSheets.Dependencies, d.Code));
            }
        }

        if (!hasColumn)
        {
            return;
        }

        var fileCodes = rows.Select(r => r.Code).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var edges = new Dictionary<string, List<string>>(StringComparer.OrdinalIgnoreCase);
        void Edge(string from, string to)
        {
            if (!edges.TryGetValue(from, out var list))
            {
                edges[from] = list = [];
            }

            list.Add(to);
        }

        foreach (var (predecessor, successor) in context.ExistingDependencies.Where(d => !fileCodes.Contains(d.Successor)))
        {
            Edge(predecessor, successor);
        }

        foreach (var row in rows)
        {
            foreach (var d in row.Dependencies.Where(d => known.Contains(d.Code)))
            {
                Edge(d.Code, row.Code);
            }
        }

        // Depth-first search with colours; each cycle is reported once, at the first file row on it.
        var state = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var path = new List<string>();
        var reported = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var rowOf = rows.Where(r => r.Code.Length > 0).GroupBy(r => r.Code, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.First().Row, StringComparer.OrdinalIgnoreCase);
        void Visit(string node)
        {
            state[node] = 1;
            path.Add(node);
            foreach (var next in edges.GetValueOrDefault(node) ?? [])
            {
                var s = state.GetValueOrDefault(next);
                if (s == 1)
                {
                    var cycle = path.Skip(path.FindLastIndex(p => string.Equals(p, next, StringComparison.OrdinalIgnoreCase))).ToList();
                    if (cycle.All(reported.Add))
                    {
                        var at = cycle.Where(rowOf.ContainsKey).Select(c => rowOf[c]).DefaultIfEmpty(0).Min();
                        issues.Add(new ImportIssue(ImportErrorCode.DependencyCycle, at == 0 ? null : at, RoadmapSheets.Dependencies, string.Join(" → ", cycle.Append(cycle[0]))));
                    }
                }
                else if (s == 0)
                {
                    Visit(next);
                }
            }

            path.RemoveAt(path.Count - 1);
            state[node] = 2;
        }

        foreach (var node in edges.Keys.OrderBy(k => k, StringComparer.OrdinalIgnoreCase).ToList())
        {
            if (state.GetValueOrDefault(node) == 0)
            {
                Visit(node);
            }
        }
    }

    /// <summary>"2027-03", "2027-03-01", "03/2027", or a date cell (which a workbook gives as a date and time).</summary>
    public static DateOnly? ParseMonth(string? text)
    {
        text = text?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        string[] formats = ["yyyy-MM", "yyyy-MM-dd", "MM/yyyy", "M/yyyy", "MM/dd/yyyy HH:mm:ss", "M/d/yyyy H:mm:ss", "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-dd HH:mm:ss"];
        if (DateTime.TryParseExact(text, formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            && date.Year is >= MinYear and <= MaxYear)
        {
            return new DateOnly(date.Year, date.Month, 1);
        }

        return null;
    }

    /// <summary>A number written with a point or a comma as decimal separator (no thousands separators, no exponent).</summary>
    public static bool TryNumber(string text, out decimal value)
    {
        ArgumentNullException.ThrowIfNull(text);
        return DecimalText.TryParse(text, out value);
    }

    private static string[] List(string? cell) =>
        (cell ?? "").Split([';', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static string Clip(string value) => value.Length > 80 ? value[..80] + "…" : value;

    /// <summary>"A" for 0, "Z" for 25, "AA" for 26.</summary>
    public static string Letter(int index)
    {
        var letters = "";
        for (var n = index + 1; n > 0; n = (n - 1) / 26)
        {
            letters = (char)('A' + ((n - 1) % 26)) + letters;
        }

        return letters;
    }

    private static RoadmapImportResult Fail(ImportIssue issue) =>
        new([], [issue], new HashSet<string>(), new Dictionary<string, string>(), []);
}
