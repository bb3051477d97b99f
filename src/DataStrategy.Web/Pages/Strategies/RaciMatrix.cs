using DataStrategy.Core.Strategy;
using DataStrategy.Data;
using DataStrategy.Data.Strategies;

namespace DataStrategy.Web.Pages.Strategies;

/// <summary>The RACI matrix of the working draft as the RACI pages show it: activities × roles, letters, problems.</summary>
public sealed class RaciMatrix
{
    public IReadOnlyList<StrategyItemData> Activities { get; private init; } = [];

    public IReadOnlyList<StrategyItemData> Roles { get; private init; } = [];

    public IReadOnlyDictionary<(Guid Activity, Guid Role), RaciLetter> Letters { get; private init; } = new Dictionary<(Guid, Guid), RaciLetter>();

    public IReadOnlyList<RaciProblem> Problems { get; private init; } = [];

    public RaciLetter? Letter(Guid activity, Guid role) => Letters.TryGetValue((activity, role), out var letter) ? letter : null;

    public IEnumerable<RaciProblem> ProblemsOf(Guid activity) => Problems.Where(p => p.ActivityId == activity);

    public int ActivitiesWithProblems => Problems.Select(p => p.ActivityId).Distinct().Count();

    public string RoleName(Guid id, string language) => Roles.FirstOrDefault(r => r.Id == id)?.Title.Get(language) ?? string.Empty;

    public static RaciMatrix From(StrategySnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        return new RaciMatrix
        {
            Activities = snapshot.OfKind(StrategyItemKind.RaciActivity).ToList(),
            Roles = snapshot.OfKind(StrategyItemKind.Role).ToList(),
            Letters = snapshot.Raci.ToDictionary(c => (c.ActivityId, c.RoleId), c => c.Letter),
            Problems = RaciValidation.Validate(snapshot),
        };
    }

    public static async Task<RaciMatrix> LoadAsync(AppDbContext db, Data.Entities.Strategy? strategy, CancellationToken cancellationToken = default)
    {
        // A strategy nobody has started yet has an empty matrix; reading it must not create it.
        return strategy is null ? new RaciMatrix() : From(await StrategyWorkspace.SnapshotAsync(db, strategy, cancellationToken));
    }
}
