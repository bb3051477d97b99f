using DataStrategy.Data.Entities;

namespace DataStrategy.Web.Pages.Roadmap;

/// <summary>A framework theme's score in the earlier and the latest campaign, next to the initiatives that work on it.</summary>
public sealed record ThemeChange(string ThemeId, string Name, double? Previous, double? Latest, double? Change, IReadOnlyList<Initiative> Initiatives);
