namespace DataStrategy.Core;

/// <summary>The interface languages the product ships, in display order.</summary>
public static class Languages
{
    public const string French = "fr";
    public const string Dutch = "nl";
    public const string English = "en";

    // One row per language: adding a language is a row here and its column in the translation table.
    // The English name spells the language in resource keys ("Title in French"); the native name is
    // how a language is offered as a choice, in itself.
    private static readonly (string Code, string EnglishName, string NativeName)[] Table =
    [
        (French, "French", "Français"),
        (Dutch, "Dutch", "Nederlands"),
        (English, "English", "English"),
    ];

    public static IReadOnlyList<string> All { get; } = [.. Table.Select(l => l.Code)];

    public static bool IsSupported(string? code) => code is not null && All.Contains(code);

    /// <summary>"French" for "fr".</summary>
    public static string EnglishName(string code) => Row(code).EnglishName;

    /// <summary>"Français" for "fr".</summary>
    public static string NativeName(string code) => Row(code).NativeName;

    private static (string Code, string EnglishName, string NativeName) Row(string code)
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
