namespace DataStrategy.Web.Infrastructure;

/// <summary>
/// Until the first account exists, every page leads to /setup. Once an account exists the answer
/// never changes back, so it is remembered per process (a cache, not state: every instance
/// reaches the same answer from the database).
/// </summary>
public sealed class SetupState
{
    private volatile bool _done;

    public bool Done
    {
        get => _done;
        set => _done = value;
    }
}
