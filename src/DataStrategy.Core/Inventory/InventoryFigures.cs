namespace DataStrategy.Core.Inventory;

/// <summary>
/// The data inventory's indicators at one moment, as the maturity frameworks ask for them: how many departments have
/// an inventory, how many datasets were reviewed in the last 12 months, have an owner and a steward, are stale, are
/// published; once-only: the authentic sources and the datasets that copy them. Counts; <see cref="Share"/> gives the
/// fraction of the datasets (or of the departments) they are.
/// </summary>
public sealed record InventoryFigures(
    int Datasets,
    int Departments,
    int DepartmentsWithInventory,
    int ReviewedRecently,
    int WithOwner,
    int WithSteward,
    int Stale,
    int DueForReview,
    int DueOrStale,
    int Published,
    int AuthenticSources,
    int Duplicates)
{
    /// <summary>A review counts as recent for this many months (What Works Cities: an inventory updated in the last 12 months).</summary>
    public const int RecentReviewMonths = 12;

    public static InventoryFigures Empty(int departments) => new(0, departments, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    /// <summary>The indicators of <paramref name="rows"/> at <paramref name="now"/>, for an organisation with <paramref name="departments"/> departments.</summary>
    /// <param name="departmentIds">The organisation's departments: a dataset of a department not among them does not count one more.</param>
    public static InventoryFigures Compute(IEnumerable<InventoryFigureRow> rows, IReadOnlyCollection<Guid> departmentIds, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(departmentIds);
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var recent = now.AddMonths(-RecentReviewMonths);
        var departments = departmentIds.ToHashSet();
        var withInventory = new HashSet<Guid>();
        int count = 0, reviewed = 0, owner = 0, steward = 0, stale = 0, due = 0, dueOrStale = 0, published = 0, authentic = 0, duplicates = 0;
        foreach (var row in rows)
        {
            count++;
            if (row.DepartmentId is { } d && departments.Contains(d))
            {
                withInventory.Add(d);
            }

            reviewed += row.LastReviewedAt is { } r && r >= recent && r <= now ? 1 : 0;
            owner += row.HasOwner ? 1 : 0;
            steward += row.HasSteward ? 1 : 0;
            var isStale = IsStale(row.StaleAfter, now);
            var isDue = IsDue(row.NextReviewOn, today);
            stale += isStale ? 1 : 0;
            due += isDue ? 1 : 0;
            dueOrStale += isStale || isDue ? 1 : 0;
            published += row.Published ? 1 : 0;
            authentic += row.AuthenticSource ? 1 : 0;
            duplicates += row.DuplicatesAnother ? 1 : 0;
        }

        return new InventoryFigures(count, departments.Count, withInventory.Count, reviewed, owner, steward, stale, due, dueOrStale, published, authentic, duplicates);
    }

    /// <summary>Stale: the moment it went stale (kept on the dataset by the save) has passed.</summary>
    public static bool IsStale(DateTimeOffset? staleAfter, DateTimeOffset now) => staleAfter is { } s && s < now;

    /// <summary>Due for review: the day it is due has come.</summary>
    public static bool IsDue(DateOnly nextReviewOn, DateOnly today) => nextReviewOn <= today;

    /// <summary><paramref name="part"/> of <paramref name="whole"/> as a fraction (0 when the whole is 0).</summary>
    public static double Share(int part, int whole) => whole <= 0 ? 0 : (double)part / whole;
}
