namespace DataStrategy.Web.Pages.Workshops;

/// <summary>The live state both the facilitator's and the participants' pages poll (JSON).</summary>
public sealed record WorkshopState(int Slide, string Status, bool VotingOpen, int Participants, int Ballots, IReadOnlyDictionary<string, int> Votes, IReadOnlyList<LiveComment> Comments);
