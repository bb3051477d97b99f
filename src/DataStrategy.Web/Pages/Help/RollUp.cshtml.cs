using DataStrategy.Core.Analysis;
using DataStrategy.Data;
using DataStrategy.Web.Infrastructure;
using Microsoft.Extensions.Localization;

namespace DataStrategy.Web.Pages.Help;

/// <summary>Each roll-up rule with a worked example computed by the same code the dashboard uses.</summary>
[RequirePermission(Permission.ViewCampaigns)]
public sealed class RollUpModel(AppDbContext db, TenantContext tenant, IStringLocalizer<SharedResource> l) : OrgPageModel(db, tenant, l)
{
    /// <summary>The example theme: four questions, three answers each, on a 1–5 scale.</summary>
    public static IReadOnlyList<(string Question, int[] Answers)> Example { get; } =
    [
        ("Q1", [2, 3, 3]),
        ("Q2", [1, 2, 2]),
        ("Q3", [3, 4, 4]),
        ("Q4", [4, 4, 5]),
    ];

    public static double Mean(int[] answers) => answers.Average();

    public static double Median(int[] answers)
    {
        var sorted = answers.Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2.0;
    }

    public static double Apply(RollUpRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        var scores = Example.Select(e => rule.UsesMedian ? Median(e.Answers) : Mean(e.Answers)).ToArray();
        return rule.Apply(scores, 5)!.Value;
    }

    public void OnGet()
    {
    }
}
