using DataStrategy.Data.Entities;

namespace DataStrategy.Web.Pages.Roadmap;

/// <summary>A dependency what really happened breaks.</summary>
public sealed record BrokenDependency(Initiative Predecessor, Initiative Successor, DependencyType Type);
