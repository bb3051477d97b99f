namespace DataStrategy.Core.Roadmap;

/// <summary>A renewable resource such as a team.</summary>
/// <param name="Capacity">Units available per period from period 0; the last value holds for every later period
/// (so a hire in month 7 is seven values of 40 followed by 50).</param>
public sealed record ScheduleResource(string Key, string Name, IReadOnlyList<int> Capacity)
{
    /// <summary>Units available in <paramref name="period"/>.</summary>
    public int CapacityAt(int period) =>
        Capacity.Count == 0 ? 0 : Capacity[Math.Clamp(period, 0, Capacity.Count - 1)];
}
