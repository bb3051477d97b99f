namespace DataStrategy.Core.Strategy;

/// <summary>Checks the RACI matrix: exactly one A and at least one R per activity.</summary>
public static class RaciValidation
{
    /// <summary>
    /// Problems in activity order. Cells for an activity or role that is not listed are ignored
    /// (left over from a deleted row or column); when a cell appears twice, the last one wins.
    /// </summary>
    public static IReadOnlyList<RaciProblem> Validate(IEnumerable<Guid> activityIds, IEnumerable<Guid> roleIds, IEnumerable<RaciCell> cells)
    {
        ArgumentNullException.ThrowIfNull(activityIds);
        ArgumentNullException.ThrowIfNull(roleIds);
        ArgumentNullException.ThrowIfNull(cells);

        var roles = roleIds.Distinct().ToList();
        var roleSet = roles.ToHashSet();
        var activities = activityIds.Distinct().ToList();
        var activitySet = activities.ToHashSet();

        var letters = new Dictionary<(Guid Activity, Guid Role), RaciLetter>();
        foreach (var cell in cells)
        {
            if (activitySet.Contains(cell.ActivityId) && roleSet.Contains(cell.RoleId))
            {
                letters[(cell.ActivityId, cell.RoleId)] = cell.Letter;
            }
        }

        var problems = new List<RaciProblem>();
        foreach (var activity in activities)
        {
            var accountable = new List<Guid>();
            var responsible = 0;
            foreach (var role in roles)
            {
                if (!letters.TryGetValue((activity, role), out var letter))
                {
                    continue;
                }

                if (letter == RaciLetter.A)
                {
                    accountable.Add(role);
                }
                else if (letter == RaciLetter.R)
                {
                    responsible++;
                }
            }

            if (accountable.Count == 0)
            {
                problems.Add(new RaciProblem(activity, RaciProblemKind.MissingAccountable, []));
            }
            else if (accountable.Count > 1)
            {
                problems.Add(new RaciProblem(activity, RaciProblemKind.SeveralAccountable, accountable));
            }

            if (responsible == 0)
            {
                problems.Add(new RaciProblem(activity, RaciProblemKind.MissingResponsible, []));
            }
        }

        return problems;
    }

    /// <summary>Validates the snapshot's matrix: its RACI activities (by position) against its roles.</summary>
    public static IReadOnlyList<RaciProblem> Validate(StrategySnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        return Validate(
            snapshot.OfKind(StrategyItemKind.RaciActivity).Select(i => i.Id),
            snapshot.OfKind(StrategyItemKind.Role).Select(i => i.Id),
            snapshot.Raci);
    }
}
