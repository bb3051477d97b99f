using DataStrategy.Core.Roadmap;

namespace DataStrategy.Web.Pages.Roadmap;

public sealed record ProposalConflict(ConflictKind Kind, List<string> Initiatives, string? Team, int? Period, int? Needed, int? Available);
