using DataStrategy.Data.Entities;

namespace DataStrategy.Web.Pages.Workshops;

/// <summary>One slide of a workshop; a finding slide names its finding.</summary>
public sealed record Slide(int Number, SlideKind Kind, Finding? Finding);
