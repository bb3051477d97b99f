using DataStrategy.Data.Inventory;

namespace DataStrategy.Web.Pages.Shared;

/// <summary>
/// A read-only list of the register's datasets on another page of the programme (a role, an initiative, a case
/// study): its heading, the datasets, the organisation's address to link them to, and what to say when there are none.
/// </summary>
public sealed record DatasetLinksView(string HeadingId, string Heading, IReadOnlyList<DatasetLink> Datasets, string OrgSlug, string Empty);
