using DataStrategy.Data.Entities;

namespace DataStrategy.Web.Pages.Roadmap;

public sealed class DependencyRow
{
    public Guid? Predecessor { get; set; }

    public string? Type { get; set; } = nameof(DependencyType.FinishToStart);

    public int? Lag { get; set; }
}
