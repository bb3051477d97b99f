using System.Text.RegularExpressions;

namespace DataStrategy.Core.Roadmap;

/// <summary>
/// The limits of the roadmap's content, once for every way in: the initiative editor, the settings page, the XLSX/CSV
/// import, the API and the CLI. Column sizes in the database are chosen to hold them (a test checks the maxima
/// round-trip on both providers).
/// </summary>
public static partial class RoadmapRules
{
    public const int MaxCode = 20;

    /// <summary>Title of an initiative or milestone, per language.</summary>
    public const int MaxTitle = 300;

    /// <summary>Description of an initiative, per language.</summary>
    public const int MaxDescription = 4000;

    /// <summary>Name of a team or workstream, per language.</summary>
    public const int MaxName = 200;

    /// <summary>Duration in months; 0 is a milestone-like initiative.</summary>
    public const int MaxDuration = 120;

    /// <summary>Full-time equivalents of a team's capacity or of an initiative's effort per team.</summary>
    public const decimal MaxFte = 500m;

    /// <summary>The largest budget the database column (14 digits, 2 after the point) holds.</summary>
    public const decimal MaxBudget = 999_999_999_999.99m;

    /// <summary>Lag of a dependency in months, either way.</summary>
    public const int MaxLag = 24;

    public const int MaxDependencies = 30;

    public const int MaxMilestones = 30;

    public const int MaxInitiatives = 2000;

    /// <summary>A check-in's or a measurement's note.</summary>
    public const int MaxNote = 500;

    public const int MinPriority = 1;

    public const int MaxPriority = 5;

    public static bool IsCode([System.Diagnostics.CodeAnalysis.NotNullWhen(true)] string? code) => code is not null && CodePattern().IsMatch(code);

    public static bool IsDuration(int months) => months is >= 0 and <= MaxDuration;

    public static bool IsFte(decimal fte) => fte >= 0 && fte <= MaxFte;

    /// <summary>A budget, once rounded to cents as it is stored.</summary>
    public static bool IsBudget(decimal budget) => budget >= 0 && Math.Round(budget, 2) <= MaxBudget;

    public static bool IsLag(int months) => Math.Abs(months) <= MaxLag;

    public static bool IsPercent(int percent) => percent is >= 0 and <= 100;

    public static bool IsPriority(int priority) => priority is >= MinPriority and <= MaxPriority;

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._-]{0,19}$")]
    private static partial Regex CodePattern();
}
