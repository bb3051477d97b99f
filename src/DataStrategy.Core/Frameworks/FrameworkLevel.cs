using DataStrategy.Core.Text;

namespace DataStrategy.Core.Frameworks;

/// <summary>A level of the scale: value 1…n and its name ("Beginning", "Débutant"…).</summary>
public sealed class FrameworkLevel
{
    public int Value { get; set; }

    public LocalizedText Name { get; set; } = new();

    public LocalizedText Description { get; set; } = new();
}
