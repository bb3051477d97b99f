namespace DataStrategy.Web.Infrastructure.Navigation;

/// <summary>One page of the organisation menu: its address and the resource key of its label.</summary>
public sealed record NavLink(string Href, string Label);
