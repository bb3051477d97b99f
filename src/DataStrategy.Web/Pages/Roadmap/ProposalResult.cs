using System.Text.Json;
using DataStrategy.Core.Roadmap;

namespace DataStrategy.Web.Pages.Roadmap;

/// <summary>A proposal's result, keyed by initiative and team IDs so it survives reordering.</summary>
public sealed record ProposalResult
{
    public Dictionary<string, int?> Starts { get; init; } = [];

    public List<ProposalLeftOut> LeftOut { get; init; } = [];

    public List<ProposalConflict> Conflicts { get; init; } = [];

    public long Bound { get; init; }

    public long WeightDelivered { get; init; }

    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public string ToJson() => JsonSerializer.Serialize(this, Options);

    public static ProposalResult FromJson(string json) => JsonSerializer.Deserialize<ProposalResult>(json, Options) ?? new ProposalResult();

    public static ProposalResult Of(ScheduleProblem problem, ScheduleResult result)
    {
        ArgumentNullException.ThrowIfNull(problem);
        ArgumentNullException.ThrowIfNull(result);
        return new ProposalResult
        {
            Starts = problem.Tasks.Select((t, n) => (t.Key, Start: n < result.Starts.Count ? result.Starts[n] : null)).ToDictionary(x => x.Key, x => x.Start),
            LeftOut = result.LeftOut.Select(x => new ProposalLeftOut(problem.Tasks[x.Task].Key, x.Reason)).ToList(),
            Conflicts = result.Conflicts.Select(c => new ProposalConflict(
                c.Kind,
                c.Tasks.Select(t => problem.Tasks[t].Key).ToList(),
                c.Resource is { } r ? problem.Resources[r].Key : null,
                c.Period,
                c.Needed,
                c.Available)).ToList(),
            Bound = result.Bound,
            WeightDelivered = result.WeightDelivered,
        };
    }
}
