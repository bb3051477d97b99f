namespace DataStrategy.Core;

/// <summary>
/// The languages the product knows, in display order: the interface languages (<see cref="All"/>), in which
/// pages, documents and messages are written, and the content languages (<see cref="Content"/>), among which an
/// organisation chooses those its people write titles, names and descriptions in.
/// </summary>
public static class Languages
{
    public const string French = "fr";
    public const string Dutch = "nl";
    public const string English = "en";

    /// <summary>Belgium's third official language: a content language, not an interface language.</summary>
    public const string German = "de";

    // One row per language: adding a language is a row here and its column in the translation table.
    // The English name spells the language in resource keys ("Title in French"); the native name is
    // how a language is offered as a choice, in itself.
    private static readonly (string Code, string EnglishName, string NativeName, bool Interface)[] Table =
    [
        (French, "French", "Français", true),
        (Dutch, "Dutch", "Nederlands", true),
        (German, "German", "Deutsch", false),
        (English, "English", "English", true),
    ];

    /// <summary>The interface languages: fr, nl, en.</summary>
    public static IReadOnlyList<string> All { get; } = [.. Table.Where(l => l.Interface).Select(l => l.Code)];

    /// <summary>The content languages an organisation may choose: fr, nl, de, en.</summary>
    public static IReadOnlyList<string> Content { get; } = [.. Table.Select(l => l.Code)];

    /// <summary>Whether <paramref name="code"/> is an interface language.</summary>
    public static bool IsSupported(string? code) => code is not null && All.Contains(code);

    /// <summary>Whether <paramref name="code"/> is a content language (every interface language is one).</summary>
    public static bool IsContent(string? code) => code is not null && Content.Contains(code);

    /// <summary>"French" for "fr".</summary>
    public static string EnglishName(string code) => Row(code).EnglishName;

    /// <summary>"Français" for "fr".</summary>
    public static string NativeName(string code) => Row(code).NativeName;

    private static (string Code, string EnglishName, string NativeName, bool Interface) Row(string code)
    {
        foreach (var row in Table)
        {
            if (row.Code == code)
            {
                return row;
            }
        }

        throw new ArgumentOutOfRangeException(nameof(code), code, "Not a supported language.");
    }
}
