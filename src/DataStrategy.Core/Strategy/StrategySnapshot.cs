using System.Text.Json;
using System.Text.Json.Serialization;
using DataStrategy.Core.Text;

namespace DataStrategy.Core.Strategy;

/// <summary>
/// The whole strategy at one moment: what a version freezes, what the document, the public page,
/// the comparison and the traceability view read. Labels name what lives outside the strategy
/// (thematic priorities, city priorities, departments) as they were when the snapshot was taken;
/// people (role holders) are only referenced by ID so that erasing a person reaches old versions too.
/// </summary>
public sealed class StrategySnapshot
{
    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        Converters = { new LocalizedTextJsonConverter(), new JsonStringEnumConverter() },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public LocalizedText Title { get; init; } = new();

    public List<StrategyItemData> Items { get; init; } = [];

    public List<RaciCell> Raci { get; init; } = [];

    /// <summary>Names of link targets outside the strategy, by target (see <see cref="StrategyLink.Target"/>) or department ID.</summary>
    public Dictionary<string, LocalizedText> Labels { get; init; } = [];

    public IEnumerable<StrategyItemData> OfKind(StrategyItemKind kind) => Items.Where(i => i.Kind == kind).OrderBy(i => i.Position);

    public StrategyItemData? Item(Guid id) => Items.Find(i => i.Id == id);

    public LocalizedText Label(string target) => Labels.TryGetValue(target, out var t) ? t : new LocalizedText();

    public string ToJson() => JsonSerializer.Serialize(this, JsonOptions);

    public static StrategySnapshot FromJson(string json) =>
        JsonSerializer.Deserialize<StrategySnapshot>(json, JsonOptions) ?? throw new JsonException("Empty strategy snapshot.");

    /// <summary>The thematic priority target for a campaign's theme.</summary>
    public static string PriorityTarget(Guid campaignId, string themeId) => campaignId.ToString("D") + "/" + themeId;
}
