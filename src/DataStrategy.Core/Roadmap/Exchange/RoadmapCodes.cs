namespace DataStrategy.Core.Roadmap.Exchange;

public static class RoadmapCodes
{
    public const int MaxLength = 20;

    /// <summary>Letters, digits and . _ - (starting with a letter or digit), at most 20 characters: "I-07".</summary>
    public static bool IsValid(string? code) =>
        !string.IsNullOrEmpty(code) && code.Length <= MaxLength && char.IsAsciiLetterOrDigit(code[0])
        && code.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.');
}
