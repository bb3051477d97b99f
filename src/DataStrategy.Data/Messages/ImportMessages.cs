using DataStrategy.Core.Frameworks;
using DataStrategy.Core.Imports;
using Microsoft.Extensions.Localization;

namespace DataStrategy.Data.Messages;

/// <summary>
/// Problems in framework files and imports, said as sentences in the reader's language: the one rule the web pages
/// and the command line (dss) share. The localizer given reads the web's resource table (SharedResource.tsv): the
/// pages' own, or the CLI's; a code never reaches the reader as its enum name.
/// </summary>
public static class ImportMessages
{
    public static string Describe(IStringLocalizer l, FrameworkIssue issue)
    {
        ArgumentNullException.ThrowIfNull(l);
        ArgumentNullException.ThrowIfNull(issue);
        var v = issue.Value ?? string.Empty;
        string message = issue.Code switch
        {
            FrameworkErrorCode.FileEmpty => l["The file is empty."],
            FrameworkErrorCode.FileTooLarge => l["The file is too large (at most {0} MB).", v],
            FrameworkErrorCode.NotJson => l["The file is not valid JSON (line:column {0}).", v],
            FrameworkErrorCode.WrongFormat => l["This is not a framework file: expected our framework format or the ODI Maturity Assessment Tool's format."],
            FrameworkErrorCode.Required => l["A value is required here."],
            FrameworkErrorCode.WrongType => l["Wrong type: expected {0}.", v],
            FrameworkErrorCode.InvalidId => l["\"{0}\" is not a valid ID (letters, digits, dot, dash or underscore; at most 64 characters).", v],
            FrameworkErrorCode.DuplicateId => l["The ID \"{0}\" is used twice.", v],
            FrameworkErrorCode.UnknownReference => l["\"{0}\" does not exist in this framework.", v],
            FrameworkErrorCode.TooFewLevels => l["A framework needs at least {0} levels.", v],
            FrameworkErrorCode.TooManyLevels => l["A framework has at most {0} levels.", v],
            FrameworkErrorCode.LevelOutOfRange => l["Level {0} is not on the framework's scale.", v],
            FrameworkErrorCode.MissingDescriptor => l["There is no descriptor for level {0}.", v],
            FrameworkErrorCode.DuplicateDescriptor => l["Level {0} is described twice.", v],
            FrameworkErrorCode.TooLong => l["Longer than {0} characters.", v],
            FrameworkErrorCode.TooMany => l["More than {0} items.", v],
            FrameworkErrorCode.NoQuestions => l["The framework has no questions."],
            FrameworkErrorCode.UnknownLanguage => l["\"{0}\" is not a language code (use fr, nl, en…).", v],
            FrameworkErrorCode.LooksLikePathway => l["This looks like an ODI Pathway file ({0} questions, none with a statement for each level); expected an ODI maturity framework with themes and statements.", v],
            FrameworkErrorCode.LooksLikeSpreadsheet => l["This looks like a spreadsheet (CSV), perhaps answers or a list; expected a framework file in JSON: our format, or the ODI Maturity Assessment Tool's with themes and statements."],
            _ => l["This value cannot be imported: \"{0}\".", v],
        };
        return issue.Path == "$" ? message : l["At {0}: {1}", issue.Path, message];
    }

    /// <summary>A problem in an import, with the row it is on ("Row 3: …").</summary>
    public static string Describe(IStringLocalizer l, ImportIssue issue)
    {
        ArgumentNullException.ThrowIfNull(l);
        ArgumentNullException.ThrowIfNull(issue);
        var message = Sentence(l, issue);
        return issue.Row is { } row ? l["Row {0}: {1}", row, message] : message;
    }

    /// <summary>
    /// The sentence for a problem, without its row: the wording of answer imports (columns, levels), and a general
    /// sentence for every other code; an import that says more about its own columns maps those codes itself first.
    /// </summary>
    public static string Sentence(IStringLocalizer l, ImportIssue issue)
    {
        ArgumentNullException.ThrowIfNull(l);
        ArgumentNullException.ThrowIfNull(issue);
        var v = issue.Value ?? string.Empty;
        var c = issue.Column ?? string.Empty;
        return issue.Code switch
        {
            ImportErrorCode.FileEmpty => l["The file is empty."],
            ImportErrorCode.FileTooLarge => l["The file is too large (at most {0} MB).", v],
            ImportErrorCode.UnreadableFile => l["The file cannot be read. Save it as CSV or XLSX and try again."],
            ImportErrorCode.UnclosedQuote => l["Line {0}: a value starts with a quotation mark (\") that is never closed. Add the closing quotation mark, or remove the opening one, and try again.", v],
            ImportErrorCode.UnsupportedFileType => l["Only CSV and XLSX files can be imported."],
            ImportErrorCode.TooManyRows => l["The file has more than {0} rows.", v],
            ImportErrorCode.MissingColumn => l["The column \"{0}\" is missing from the file.", c],
            ImportErrorCode.NoRows => l["The file contains no answers."],
            ImportErrorCode.Required => c.StartsWith('$') ? l["At {0}: {1}", c, l["A value is required here."]] : l["Column \"{0}\": a value is required.", c],
            ImportErrorCode.TooLong => l["Column \"{0}\": longer than {1} characters.", c, v],
            ImportErrorCode.EmailInvalid => l["\"{0}\" is not a valid e-mail address.", v],
            ImportErrorCode.EmailDuplicateInFile => l["This e-mail address is already used in row {0}.", v],
            ImportErrorCode.EmailAlreadyExists => l["A stakeholder with the e-mail address \"{0}\" already exists.", v],
            ImportErrorCode.DepartmentUnknown => l["There is no department \"{0}\".", v],
            ImportErrorCode.UnknownId => l["There is no text with the ID \"{0}\" in this framework.", v],
            ImportErrorCode.DuplicateInFile => l["Column \"{0}\": already used in row {1}.", c, v],
            ImportErrorCode.UnknownValue => l["Column \"{0}\": \"{1}\" is not a level. Map it to a level below.", c, v],
            ImportErrorCode.UnknownQuestion => l["\"{0}\" is not a question of this framework.", v],
            ImportErrorCode.DuplicateAnswer => l["Column \"{0}\": this question was already answered in row {1}.", c, v],
            ImportErrorCode.NoQuestionColumns => l["No column is matched to a question."],
            ImportErrorCode.LevelOutOfRange => l["Column \"{0}\": {1} is not on the framework's scale.", c, v],
            ImportErrorCode.CodeInvalid => l["\"{0}\" is not a valid code: use letters, digits and dashes, at most 20 characters (for example I-07).", v],
            ImportErrorCode.NotANumber => l["\"{0}\" is not a number.", v],
            ImportErrorCode.OutOfRange => l["The value must be in the range {0}.", v],
            ImportErrorCode.MonthInvalid => l["\"{0}\" is not a month between 2000 and 2100: write it as 2027-03.", v],
            ImportErrorCode.DependencyInvalid => l["\"{0}\" is not a dependency: write a code, optionally followed by FS or SS and a lag, for example \"I-05 SS+1\".", v],
            ImportErrorCode.DependencyUnknown => l["There is no initiative \"{0}\" in the roadmap or in the file.", v],
            ImportErrorCode.DependencyCycle => l["The dependencies form a cycle: {0}.", v],
            ImportErrorCode.ObjectiveUnknown => l["There is no strategy objective \"{0}\".", v],
            ImportErrorCode.NameAmbiguous => l["Several objectives are called \"{0}\".", v],
            ImportErrorCode.ThemeUnknown => l["\"{0}\" is not a theme ID.", v],
            ImportErrorCode.TeamUnknown => l["There is no team \"{0}\". Create it in the roadmap settings first.", v],
            ImportErrorCode.FormulaNotAllowed => l["The cell holds a formula. Paste values only."],
            ImportErrorCode.TooManyDepartments => l["Column \"{0}\": more than {1} different values match no department; check that it is the department column.", c, v],
            ImportErrorCode.DepartmentNameInvalid => l["\"{0}\" cannot be the name of a new department: it may not start with =, +, - or @, nor contain <, > or control characters, nor be longer than 200 characters. Choose an existing department for it.", v],
            ImportErrorCode.WrongShape => issue.Column switch
            {
                "stakeholders" => l["This looks like a list of stakeholders (columns: {0}); expected a survey-tool export with one row per respondent and one column per question, or one row per answer.", v],
                "roadmap" => l["This looks like a roadmap (columns: {0}); expected a survey-tool export with one row per respondent and one column per question, or one row per answer.", v],
                "framework" => l["This looks like a framework file (JSON); expected a survey-tool export (CSV or XLSX) with one row per respondent and one column per question, or one row per answer."],
                _ => l["No column of this file names a question of the framework (columns: {0}); expected a survey-tool export with one row per respondent and one column per question, or one row per answer.", v],
            },
            _ => l["This value cannot be imported: \"{0}\".", v],
        };
    }

    /// <summary>Most details shown after the sentence saying what a file of the wrong shape looks like.</summary>
    public const int MaxDetailsAfterShape = 20;

    /// <summary>
    /// The problems of an import as the reader sees them: when the file is of another shape, the one sentence saying what it
    /// looks like and what was expected comes first, then at most <see cref="MaxDetailsAfterShape"/> details.
    /// </summary>
    public static List<string> Summarise(IStringLocalizer l, IEnumerable<ImportIssue> issues, int total)
    {
        ArgumentNullException.ThrowIfNull(issues);
        var list = issues.ToList();
        var shape = list.FindIndex(i => i.Code == ImportErrorCode.WrongShape);
        if (shape < 0)
        {
            return [.. list.Select(i => Describe(l, i))];
        }

        var said = new List<string> { Describe(l, list[shape]) };
        list.RemoveAt(shape);
        said.AddRange(list.Take(MaxDetailsAfterShape).Select(i => Describe(l, i)));
        if (total - 1 > MaxDetailsAfterShape)
        {
            said.Add(l["… and {0} more.", total - 1 - MaxDetailsAfterShape]);
        }

        return said;
    }

    /// <inheritdoc cref="Summarise(IStringLocalizer, IEnumerable{ImportIssue}, int)"/>
    public static List<string> Summarise(IStringLocalizer l, IReadOnlyList<FrameworkIssue> issues)
    {
        ArgumentNullException.ThrowIfNull(issues);
        var shape = issues.FirstOrDefault(i => i.Code is FrameworkErrorCode.LooksLikePathway or FrameworkErrorCode.LooksLikeSpreadsheet);
        if (shape is null)
        {
            return [.. issues.Select(i => Describe(l, i))];
        }

        var rest = issues.Where(i => !ReferenceEquals(i, shape)).ToList();
        List<string> said = [Describe(l, shape), .. rest.Take(MaxDetailsAfterShape).Select(i => Describe(l, i))];
        if (rest.Count > MaxDetailsAfterShape)
        {
            said.Add(l["… and {0} more.", rest.Count - MaxDetailsAfterShape]);
        }

        return said;
    }

    /// <summary>Which level of an ODI tool file became the themes, and why: said after an import, on the page and by the CLI.</summary>
    public static string ThemeLevel(IStringLocalizer l, OdiThemeLevel level, bool detected)
    {
        ArgumentNullException.ThrowIfNull(l);
        return (level, detected) switch
        {
            (OdiThemeLevel.Dimension, true) => l["Themes: the file's dimensions, with their activities as topics (detected: each activity belongs to one dimension). To read the activities as themes, import it again and choose so."],
            (OdiThemeLevel.Dimension, false) => l["Themes: the file's dimensions, with their activities as topics, as chosen."],
            (_, true) => l["Themes: the file's activities, with its dimensions as topics (detected: an activity recurs under several dimensions, or there is one dimension). To read the dimensions as themes, import it again and choose so."],
            _ => l["Themes: the file's activities, with its dimensions as topics, as chosen."],
        };
    }
}
