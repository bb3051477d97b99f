using System.Text;
using System.Text.Json;
using DataStrategy.Core.Roadmap.Exchange;

namespace DataStrategy.Core.Tests.Roadmap;

public class RoadmapJsonTests
{
    [Fact]
    public void Build_Sample_HasTheDocumentedTopLevelProperties()
    {
        using var json = JsonDocument.Parse(RoadmapJson.Build(RoadmapExchangeSamples.Create()));

        Assert.Equal(
            ["format", "formatVersion", "organisation", "language", "languages", "exportedAt", "startMonth", "horizonMonths", "workstreams", "teams", "initiatives", "milestones", "kpis"],
            json.RootElement.EnumerateObject().Select(p => p.Name));
        Assert.Equal("dss-roadmap", json.RootElement.GetProperty("format").GetString());
        Assert.Equal(1, json.RootElement.GetProperty("formatVersion").GetInt32());
    }

    [Fact]
    public void Build_Initiative_HasTheDocumentedProperties()
    {
        using var json = JsonDocument.Parse(RoadmapJson.Build(RoadmapExchangeSamples.Create()));

        var initiative = json.RootElement.GetProperty("initiatives")[0];
        Assert.Equal(
            ["code", "title", "description", "workstream", "departmentCode", "department", "lead", "durationMonths", "effort", "earliestStart", "deadline",
             "lockedStart", "plannedStart", "plannedEnd", "budget", "priority", "status", "rag", "percentComplete", "dependencies", "objectives", "themes"],
            initiative.EnumerateObject().Select(p => p.Name));
        Assert.Equal(JsonValueKind.Number, initiative.GetProperty("budget").ValueKind);
        Assert.Equal("IT", initiative.GetProperty("effort")[1].GetProperty("team").GetString());
        Assert.Equal(1.25m, initiative.GetProperty("effort")[1].GetProperty("fte").GetDecimal());
    }

    [Fact]
    public void Build_Kpi_HasTheDocumentedProperties()
    {
        using var json = JsonDocument.Parse(RoadmapJson.Build(RoadmapExchangeSamples.Create()));

        var kpi = json.RootElement.GetProperty("kpis")[0];
        Assert.Equal(
            ["id", "name", "unit", "units", "baseline", "baselineOn", "target", "targetOn", "latest", "latestOn", "objectives", "initiatives", "measurements"],
            kpi.EnumerateObject().Select(p => p.Name));
        Assert.Equal(["measuredOn", "value", "note", "noteLanguage"], kpi.GetProperty("measurements")[0].EnumerateObject().Select(p => p.Name));
        Assert.Equal(["id", "initiative", "title", "dueOn", "achievedOn"], json.RootElement.GetProperty("milestones")[0].EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public void Read_WhatBuildWrote_GivesBackTheRoadmap()
    {
        var roadmap = RoadmapExchangeSamples.Create();

        var back = RoadmapJson.Read(RoadmapJson.Build(roadmap))!;

        Assert.Equal(roadmap.Initiatives[0].Title["nl"], back.Initiatives[0].Title["nl"]);
        Assert.Equal(roadmap.Initiatives[0].Effort, back.Initiatives[0].Effort);
        Assert.Equal(roadmap.Initiatives[1].Dependencies, back.Initiatives[1].Dependencies);
        Assert.Equal(roadmap.Kpis[0].Measurements, back.Kpis[0].Measurements);
    }

    [Fact]
    public void Build_ScriptInTitle_IsEscapedAndAccentsStayReadable()
    {
        var roadmap = RoadmapExchangeSamples.Create() with
        {
            Initiatives = [RoadmapExchangeSamples.Create().Initiatives[0] with { Title = new Dictionary<string, string> { ["fr"] = "<script>alert(1)</script> données" } }],
        };

        var text = Encoding.UTF8.GetString(RoadmapJson.Build(roadmap));

        Assert.DoesNotContain("<script>", text, StringComparison.Ordinal);
        Assert.Contains("\\u003Cscript\\u003E", text, StringComparison.Ordinal);
        Assert.Contains("données", text, StringComparison.Ordinal);
    }
}
