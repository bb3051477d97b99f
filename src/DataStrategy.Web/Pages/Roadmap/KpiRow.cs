using DataStrategy.Core.Roadmap;
using DataStrategy.Data.Entities;

namespace DataStrategy.Web.Pages.Roadmap;

/// <summary>An indicator with its latest measurement and where it stands.</summary>
public sealed record KpiRow(Kpi Kpi, KpiMeasurement? Latest, KpiStatus Status);
