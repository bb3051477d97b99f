using DataStrategy.Core.Roadmap;
using DataStrategy.Data.Entities;

namespace DataStrategy.Web.Pages.Roadmap;

/// <summary>Planned versus actual for one initiative.</summary>
public sealed record ProgressRow(
    Initiative Initiative,
    BaselineEntry? Baseline,
    DateOnly PlannedStart,
    DateOnly PlannedLast,
    DateOnly Finish,
    int Expected,
    SlipReasons Slip,
    CheckIn? LatestCheckIn);
