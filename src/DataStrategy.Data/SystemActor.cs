namespace DataStrategy.Data;

public sealed class SystemActor(string name = "system") : IActor
{
    public string? UserId => null;

    public string UserName { get; } = name;
}
