using System.Globalization;
using System.Text.Json;
using DataStrategy.Data.Entities;
using DataStrategy.Data.Roadmaps;

namespace DataStrategy.Web.Pages.Roadmap;

/// <summary>Reads and writes <see cref="RoadmapBaseline.Plan"/>: [{"id", "start" (yyyy-MM-01), "months"}].</summary>
public static class BaselinePlan
{
    public static string Of(RoadmapPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var entries = plan.Scheduled.Select(i => new BaselineEntry(
            i.Id,
            Months.At(plan.Start, plan.PlannedPeriod(i)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            Math.Max(1, i.DurationMonths)));
        return JsonSerializer.Serialize(entries);
    }

    /// <summary>The baseline's entries by initiative; an unreadable plan gives none.</summary>
    public static Dictionary<Guid, BaselineEntry> Read(RoadmapBaseline baseline)
    {
        ArgumentNullException.ThrowIfNull(baseline);
        try
        {
            return (JsonSerializer.Deserialize<List<BaselineEntry>>(baseline.Plan) ?? [])
                .Where(e => e is not null && e.StartMonth is not null)
                .GroupBy(e => e.Id)
                .ToDictionary(g => g.Key, g => g.First());
        }
        catch (JsonException)
        {
            return [];
        }
    }
}
