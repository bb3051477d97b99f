using DataStrategy.Core.Frameworks;
using DataStrategy.Core.Imports;
using Microsoft.Extensions.Localization;

namespace DataStrategy.Web.Infrastructure;

/// <summary>Problems in framework files and answer imports, said in the reader's language.</summary>
public static class AssessmentMessages
{
    public static string Describe(IStringLocalizer<SharedResource> l, FrameworkIssue issue)
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
            _ => issue.Code.ToString(),
        };
        return issue.Path == "$" ? message : l["At {0}: {1}", issue.Path, message];
    }

    public static string Describe(IStringLocalizer<SharedResource> l, ImportIssue issue)
    {
        ArgumentNullException.ThrowIfNull(l);
        ArgumentNullException.ThrowIfNull(issue);
        var v = issue.Value ?? string.Empty;
        var c = issue.Column ?? string.Empty;
        string message = issue.Code switch
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
            ImportErrorCode.DepartmentUnknown => l["There is no department \"{0}\".", v],
            ImportErrorCode.UnknownId => l["There is no text with the ID \"{0}\" in this framework.", v],
            ImportErrorCode.DuplicateInFile => l["Column \"{0}\": already used in row {1}.", c, v],
            ImportErrorCode.UnknownValue => l["Column \"{0}\": \"{1}\" is not a level. Map it to a level below.", c, v],
            ImportErrorCode.UnknownQuestion => l["\"{0}\" is not a question of this framework.", v],
            ImportErrorCode.DuplicateAnswer => l["Column \"{0}\": this question was already answered in row {1}.", c, v],
            ImportErrorCode.NoQuestionColumns => l["No column is matched to a question."],
            ImportErrorCode.LevelOutOfRange => l["Column \"{0}\": {1} is not on the framework's scale.", c, v],
            _ => issue.Code.ToString(),
        };
        return issue.Row is { } row ? l["Row {0}: {1}", row, message] : message;
    }
}
