namespace DataStrategy.Web.Infrastructure.Navigation;

/// <summary>
/// The organisation menu grouped by phase instead of one flat row of links: only the pages the role may open, and the
/// phase and page the reader is on. The layout draws it as tabs with the current phase's pages on a wide screen and as
/// one &lt;details&gt; menu on a phone (no script either way).
/// </summary>
public static class OrgNavigation
{
    public static IReadOnlyList<NavGroup> For(string orgSlug, Func<Permission, bool> can)
    {
        ArgumentNullException.ThrowIfNull(can);
        var b = "/o/" + orgSlug;
        NavLink? L(Permission? p, string rest, string label) => p is null || can(p.Value) ? new NavLink(b + rest, label) : null;
        NavGroup? G(string key, string label, string[] alsoUnder, params NavLink?[] links)
        {
            var allowed = links.OfType<NavLink>().ToList();
            return allowed.Count == 0 ? null : new NavGroup(key, label, allowed, [.. alsoUnder.Select(a => b + a)]);
        }

        return new[]
        {
            G("overview", "Overview", ["/help"], L(null, "", "Overview")),
            G("assessment", "Assessment", ["/findings", "/interviews", "/workshops"],
                L(Permission.ViewCampaigns, "/campaigns", "Campaigns"),
                L(Permission.ViewFrameworks, "/frameworks", "Frameworks"),
                L(Permission.ViewDepartments, "/departments", "Departments"),
                L(Permission.ViewStakeholders, "/stakeholders", "Stakeholders")),
            G("strategy", "Strategy", [],
                L(Permission.RunWorkingSessions, "/sessions", "Working sessions"),
                L(Permission.ViewStrategy, "/strategy", "Strategy")),
            G("roadmap", "Roadmap", [], L(Permission.ViewRoadmap, "/roadmap", "Roadmap")),
            G("inventory", "Data inventory", [],
                L(Permission.ViewInventory, "/datasets", "Datasets"),
                L(Permission.ManageProcessingRecords, "/processing", "Records of processing")),
            G("show-and-tell", "Show & Tell", [],
                L(Permission.RunShowAndTell, "/events", "Show & Tell"),
                L(Permission.ViewCaseStudies, "/case-studies", "Case studies")),
            G("administration", "Administration", ["/api-access"],
                L(Permission.TranslateContent, "/translations", "Translations"),
                L(Permission.ManageMembers, "/members", "Members"),
                L(Permission.ViewAuditLog, "/audit", "Audit log"),
                L(Permission.ManageOrganisation, "/settings", "Settings")),
        }.OfType<NavGroup>().ToList();
    }

    /// <summary>The phase and the page of the menu that <paramref name="path"/> is in (the longest matching address wins).</summary>
    public static (NavGroup? Group, NavLink? Link) Current(IReadOnlyList<NavGroup> groups, string path)
    {
        ArgumentNullException.ThrowIfNull(groups);
        path = (path ?? "/").TrimEnd('/');
        static bool Under(string path, string href) =>
            path.Equals(href, StringComparison.OrdinalIgnoreCase) || path.StartsWith(href + "/", StringComparison.OrdinalIgnoreCase);

        NavGroup? group = null;
        NavLink? link = null;
        var best = -1;
        foreach (var g in groups)
        {
            foreach (var l in g.Links)
            {
                // The overview is its own address only: every organisation page is "under" it.
                var match = g.Key == "overview" ? path.Equals(l.Href, StringComparison.OrdinalIgnoreCase) : Under(path, l.Href);
                if (match && l.Href.Length > best)
                {
                    (group, link, best) = (g, l, l.Href.Length);
                }
            }

            foreach (var prefix in g.AlsoUnder)
            {
                if (Under(path, prefix) && prefix.Length > best)
                {
                    (group, link, best) = (g, null, prefix.Length);
                }
            }
        }

        return (group, link);
    }
}
