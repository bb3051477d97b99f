namespace DataStrategy.Web.Infrastructure;

/// <summary>A chart series: a name, a style class and one value per axis (null: no value).</summary>
public sealed record ChartSeries(string Name, string CssClass, IReadOnlyList<double?> Values);
