using DataStrategy.Core.Roadmap;

namespace DataStrategy.Web.Pages.Roadmap;

public sealed record ProposalLeftOut(string Initiative, LeftOutReason Reason);
