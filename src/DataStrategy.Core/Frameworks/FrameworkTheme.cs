using DataStrategy.Core.Text;

namespace DataStrategy.Core.Frameworks;

public sealed class FrameworkTheme
{
    public string Id { get; set; } = string.Empty;

    public LocalizedText Name { get; set; } = new();

    public LocalizedText Description { get; set; } = new();
}
