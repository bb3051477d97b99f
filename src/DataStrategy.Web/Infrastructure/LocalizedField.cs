using Microsoft.AspNetCore.Mvc.Rendering;

namespace DataStrategy.Web.Infrastructure;

/// <summary>What the <c>_LocalizedField</c> partial renders: a multilingual field, one labelled input per language.</summary>
public sealed class LocalizedField
{
    /// <summary>The field's name: each language's input is named <c>Name[language]</c> (see <see cref="LocalizedFields.Name"/>).</summary>
    public required string Name { get; init; }

    /// <summary>The languages offered, in order (see <see cref="LocalizedFields.Languages"/>).</summary>
    public required IReadOnlyList<string> Languages { get; init; }

    /// <summary>The label of a language's input in the reader's language, such as "Title in French".</summary>
    public required Func<string, string> Label { get; init; }

    /// <summary>The values shown, by language.</summary>
    public IReadOnlyDictionary<string, string?>? Values { get; init; }

    public int? MaxLength { get; init; }

    /// <summary>Rows of a text area; 0 for a one-line input.</summary>
    public int Rows { get; init; }

    /// <summary>
    /// Put before the inputs' ids where a page shows the same field in several forms. Without it an
    /// input's id is made from its name as the tag helpers make it, which the error summary links to.
    /// </summary>
    public string? IdPrefix { get; init; }

    /// <summary>Whether errors are shown: false for the forms of a page that did not fail.</summary>
    public bool ShowErrors { get; init; } = true;

    public string InputName(string language) => LocalizedFields.Name(Name, language);

    public string Id(string language) => IdPrefix + TagBuilder.CreateSanitizedId(InputName(language), "_");

    public string? Value(string language) => Values?.GetValueOrDefault(language);
}
