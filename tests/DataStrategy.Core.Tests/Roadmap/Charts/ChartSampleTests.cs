using System.Xml.Linq;
using DataStrategy.Core.Roadmap.Charts;

namespace DataStrategy.Core.Tests.Roadmap.Charts;

public class ChartSampleTests
{
    [Fact]
    public void Render_RealisticRoadmap_ParsesAndWritesSamplesOnRequest()
    {
        var samples = new Dictionary<string, string>
        {
            ["gantt"] = GanttSvg.Render(ChartSamples.Roadmap()),
            ["capacity"] = CapacitySvg.Render(ChartSamples.Capacity()),
            ["kpi"] = KpiSvg.Render(ChartSamples.Kpi()),
            ["deps"] = DependencySvg.Render(ChartSamples.Dependencies()),
        };

        foreach (var svg in samples.Values)
        {
            Assert.Equal("svg", XDocument.Parse(svg).Root!.Name.LocalName);
        }

        // Set DSS_CHART_SAMPLES=/some/folder to look at the charts (CSS file path in DSS_CHART_CSS).
        var folder = Environment.GetEnvironmentVariable("DSS_CHART_SAMPLES");
        if (string.IsNullOrEmpty(folder))
        {
            return;
        }

        Directory.CreateDirectory(folder);
        var css = Environment.GetEnvironmentVariable("DSS_CHART_CSS") ?? "roadmap-charts.css";
        var site = Environment.GetEnvironmentVariable("DSS_SITE_CSS") ?? "site.css";
        foreach (var (name, svg) in samples)
        {
            File.WriteAllText(Path.Combine(folder, name + ".svg"), svg);
            File.WriteAllText(Path.Combine(folder, name + ".html"),
                "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><link rel=\"stylesheet\" href=\"" + site + "\"><link rel=\"stylesheet\" href=\"" + css + "\"></head>"
                + "<body><div tabindex=\"0\" role=\"region\" aria-label=\"chart\">" + svg + "</div></body></html>");
        }
    }
}
