namespace DataStrategy.Core;

/// <summary>The interface languages the product ships, in display order.</summary>
public static class Languages
{
    public const string French = "fr";
    public const string Dutch = "nl";
    public const string English = "en";

    public static IReadOnlyList<string> All { get; } = [French, Dutch, English];

    public static bool IsSupported(string? code) => code is not null && All.Contains(code);
}
