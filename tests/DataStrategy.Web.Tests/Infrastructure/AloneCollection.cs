namespace DataStrategy.Web.Tests.Infrastructure;

/// <summary>
/// Tests that must not share the process with others running at once: they watch a number every committed write of
/// every host moves (<see cref="Data.Saving.DataChanges"/>). xunit runs this collection after the parallel ones, alone.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class AloneCollection
{
    public const string Name = "alone";
}
