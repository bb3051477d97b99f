using System.Security.Cryptography;
using System.Text;
using DataStrategy.Core.Analysis;
using DataStrategy.Data;
using DataStrategy.Data.Entities;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;

namespace DataStrategy.Web.Pages.Workshops;

/// <summary>
/// Workshop mechanics shared by the presenter and participant pages. All state lives in the
/// database (slide, votes, comments), so any number of app instances serve one workshop.
/// </summary>
public static class Participation
{
    public const string CookieName = "dss-device";

    public const int MaxComment = 500;

    public const int MaxParticipants = 2000;

    public const int MaxCommentsPerParticipant = 20;

    public static string NewCode() => Data.Analysis.WorkshopCodes.New();

    public static string NormaliseCode(string? code) =>
        new((code ?? string.Empty).ToUpperInvariant().Where(char.IsAsciiLetterOrDigit).Take(12).ToArray());

    public static string NewDeviceToken() => WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(24));

    /// <summary>Device tokens are stored hashed: the database alone cannot be used to act as a device.</summary>
    public static string Hash(string deviceToken) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(deviceToken)));

    public static bool IsValidToken(string? token) => token is { Length: >= 16 and <= 64 } && token.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');

    public static async Task<IReadOnlyList<Slide>> SlidesAsync(AppDbContext db, Workshop workshop)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(workshop);
        var findings = await db.Findings.AsNoTracking()
            .Where(f => f.CampaignId == workshop.CampaignId && f.Status == FindingStatus.Accepted)
            .OrderBy(f => f.Kind).ThenBy(f => f.Position).ThenBy(f => f.CreatedAt)
            .ToListAsync();
        var slides = new List<Slide> { new(0, SlideKind.Welcome, null), new(1, SlideKind.Themes, null) };
        foreach (var finding in findings)
        {
            slides.Add(new Slide(slides.Count, SlideKind.Finding, finding));
        }

        slides.Add(new Slide(slides.Count, SlideKind.Vote, null));
        slides.Add(new Slide(slides.Count, SlideKind.Ranking, null));
        return slides;
    }

    public static async Task<WorkshopState> StateAsync(AppDbContext db, Workshop workshop, bool withComments)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(workshop);
        var participants = await db.WorkshopParticipants.CountAsync(p => p.WorkshopId == workshop.Id);
        var votes = await db.WorkshopVotes.Where(v => v.WorkshopId == workshop.Id)
            .GroupBy(v => v.ThemeId)
            .Select(g => new { g.Key, Votes = g.Sum(v => v.Votes) })
            .ToDictionaryAsync(x => x.Key, x => x.Votes);
        var ballots = await db.WorkshopVotes.Where(v => v.WorkshopId == workshop.Id).Select(v => v.ParticipantId).Distinct().CountAsync();
        IReadOnlyList<LiveComment> comments = withComments
            ? (await db.WorkshopComments.AsNoTracking().Where(c => c.WorkshopId == workshop.Id && c.Slide == workshop.CurrentSlide)
                .OrderByDescending(c => c.CreatedAt).Take(20).Select(c => new LiveComment(c.Text, c.Language)).ToListAsync())
            : [];
        return new WorkshopState(workshop.CurrentSlide, workshop.Status.ToString(), workshop.VotingOpen && workshop.Status == WorkshopStatus.Live, participants, ballots, votes, comments);
    }

    /// <summary>
    /// Checks a ballot: known themes, whole non-negative numbers, no more than the votes each
    /// participant has. Returns the error's resource key, or null when the ballot is valid.
    /// </summary>
    public static string? CheckBallot(IReadOnlyDictionary<string, int> ballot, IReadOnlyCollection<string> themes, int votesPerParticipant)
    {
        ArgumentNullException.ThrowIfNull(ballot);
        ArgumentNullException.ThrowIfNull(themes);
        if (ballot.Keys.Any(k => !themes.Contains(k)))
        {
            return "Vote only for the themes shown.";
        }

        if (ballot.Values.Any(v => v < 0 || v > votesPerParticipant))
        {
            return "Each theme takes between 0 and {0} votes.";
        }

        return ballot.Values.Sum() > votesPerParticipant ? "You have {0} votes in all: take some back first." : null;
    }

    /// <summary>The importance the votes give each theme, as in the priority ranking.</summary>
    public static IReadOnlyList<RankedPriority> Ranking(IReadOnlyList<NodeInsight> themes, IReadOnlyDictionary<string, int> votes) =>
        PriorityRanking.Rank(themes.Select(t => new PriorityInput(t.Id, t.Gap, votes.GetValueOrDefault(t.Id), null, t.Target is not null)).ToList());
}
