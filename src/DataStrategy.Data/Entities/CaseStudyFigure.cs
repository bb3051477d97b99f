using DataStrategy.Core.Text;

namespace DataStrategy.Data.Entities;

/// <summary>A headline number of a case study's outcome ("−30 %", "12 000 users") with its label.</summary>
public sealed class CaseStudyFigure
{
    public string Value { get; set; } = "";

    public LocalizedText Label { get; set; } = new();
}
