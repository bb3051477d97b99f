using System.Globalization;
using DataStrategy.Core.Translation;
using DataStrategy.Web.Pages.Strategies;
using Microsoft.Extensions.Localization;

namespace DataStrategy.Web.Pages.Translations;

/// <summary>The words of the translation pages: what a text is, and why a file was refused.</summary>
public static class TranslationText
{
    /// <summary>"Initiative title", "Question text", "Expected outcomes": what a text is, in the reader's language.</summary>
    public static string KindLabel(IStringLocalizer l, string kind)
    {
        ArgumentNullException.ThrowIfNull(l);
        ArgumentNullException.ThrowIfNull(kind);
        if (kind.StartsWith("StrategyItem.", StringComparison.Ordinal))
        {
            return StrategyToolText.FieldName(l, kind["StrategyItem.".Length..]);
        }

        // A field made multilingual after this list was written still gets a label, in English, until it has its row.
        var label = l["TranslationKind." + kind];
        return label.ResourceNotFound ? XliffExport.Describe(kind) : label.Value;
    }

    public static string Describe(IStringLocalizer l, XliffIssue issue, string fileId)
    {
        ArgumentNullException.ThrowIfNull(l);
        ArgumentNullException.ThrowIfNull(issue);
        var detail = issue.Detail ?? string.Empty;
        string message = issue.Problem switch
        {
            XliffProblem.Empty => l["The file is empty."],
            XliffProblem.TooLarge => l["The file is too large (at most {0} MB).", detail],
            XliffProblem.NotXml => l["The file is not well-formed XML."],
            XliffProblem.DtdProhibited => l["The file declares a DTD or entities, which are refused for safety."],
            XliffProblem.NotXliff => l["The file is not an XLIFF file."],
            XliffProblem.WrongVersion => l["The file is not XLIFF 2.0 (found {0}). Export XLIFF 2.0 from your translation tool.", detail],
            XliffProblem.MissingLanguage => l["The file does not say its languages ({0} is missing).", detail],
            XliffProblem.UnsupportedSourceLanguage => l["The source language “{0}” is not one this application knows.", detail],
            XliffProblem.TargetNotAnOrganisationLanguage => l["The target language “{0}” is not one of the organisation's languages.", detail],
            XliffProblem.SameLanguages => l["The source and target languages are the same."],
            XliffProblem.WrongFile => l["This file is for “{0}”, not for “{1}”: import it on its own page.", detail, fileId],
            XliffProblem.TooManyFiles => l["The file holds {0} files; export and import one at a time.", detail],
            XliffProblem.TooManyUnits => l["The file holds more than {0} texts.", detail],
            XliffProblem.MissingId => l["A text has no ID."],
            XliffProblem.DuplicateId => l["The ID {0} appears twice (first on line {1}).", detail, issue.Number],
            XliffProblem.UnknownId => l["The ID {0} is not a text of this content (deleted, or from another file).", detail],
            XliffProblem.Markup => l["{0}: only plain text is accepted, without tags.", detail],
            XliffProblem.TooLong => l["{0}: the translation is longer than {1} characters.", detail, issue.Number],
            _ => issue.Problem.ToString(),
        };
        return issue.Line > 0 ? l["Line {0}: {1}", issue.Line.ToString(CultureInfo.InvariantCulture), message] : message;
    }
}
