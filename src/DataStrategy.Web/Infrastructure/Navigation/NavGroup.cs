namespace DataStrategy.Web.Infrastructure.Navigation;

/// <summary>
/// A phase of the programme in the organisation menu (assessment, strategy, roadmap, Show &amp; Tell, administration):
/// its label's resource key, its pages, and the other address prefixes that belong to it (a campaign's findings or
/// workshops, an interview).
/// </summary>
public sealed record NavGroup(string Key, string Label, IReadOnlyList<NavLink> Links, IReadOnlyList<string> AlsoUnder)
{
    /// <summary>Where the phase's tab leads: its first page.</summary>
    public string Href => Links[0].Href;
}
