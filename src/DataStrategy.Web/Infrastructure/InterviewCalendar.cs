using DataStrategy.Core.Calendar;
using DataStrategy.Data;
using DataStrategy.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace DataStrategy.Web.Infrastructure;

/// <summary>
/// An interview as a calendar invitation: organised by the interviewer, the stakeholder as attendee, the summary and
/// description in the stakeholder's language. The UID is the interview's, so a new file for the same interview
/// updates it; the SEQUENCE grows with every change of the interview.
/// </summary>
public static class InterviewCalendar
{
    /// <summary>Interviews are planned for an hour (the schedule records only the start).</summary>
    public static readonly TimeSpan Duration = TimeSpan.FromHours(1);

    public sealed record Invitation(IcsEvent Event, string Language, string Subject, string Body, string? AttendeeEmail);

    /// <summary>Null when the interview is not found or has no date.</summary>
    public static async Task<Invitation?> ForAsync(AppDbContext db, IStringLocalizer l, Organisation organisation, Guid interviewId, string host, DateTimeOffset now, string? method, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(l);
        ArgumentNullException.ThrowIfNull(organisation);
        var interview = await db.Responses.AsNoTracking().Include(r => r.Stakeholder)
            .SingleOrDefaultAsync(r => r.Id == interviewId && r.Kind == ResponseKind.Interview, cancellationToken);
        if (interview?.ScheduledAt is not { } start)
        {
            return null;
        }

        var campaign = await db.Campaigns.AsNoTracking().SingleAsync(c => c.Id == interview.CampaignId, cancellationToken);
        var interviewer = interview.InterviewerId is { } id
            ? await db.Users.AsNoTracking().Where(u => u.Id == id).Select(u => new { u.DisplayName, u.Email }).SingleOrDefaultAsync(cancellationToken)
            : null;
        var stakeholder = interview.Stakeholder is { ErasedAt: null } s ? s : null;
        var language = RecipientLanguage.Of(stakeholder?.Language, organisation);
        var interviewerName = interviewer is null ? null : interviewer.DisplayName.Length > 0 ? interviewer.DisplayName : interviewer.Email;
        string summary, description;
        using (RecipientLanguage.Use(language))
        {
            var org = organisation.Name.Get(language);
            var name = campaign.Name.Get(language);
            summary = l["Data maturity interview: {0}", name];
            description = interviewerName is null
                ? l["An interview about how {0} works with data, for \"{1}\". It takes about an hour.", org, name]
                : l["{2} would like to interview you about how {0} works with data, for \"{1}\". It takes about an hour.", org, name, interviewerName];
        }

        var sequence = (int)Math.Clamp((interview.UpdatedAt - interview.CreatedAt).TotalSeconds, 0, int.MaxValue);
        var e = new IcsEvent(
            Uid: "interview-" + interview.Id.ToString("N") + "@" + host,
            Stamp: now,
            Start: start,
            End: start + Duration,
            Summary: summary,
            Description: description,
            Language: language,
            Organizer: interviewer?.Email is { Length: > 0 } from ? new IcsPerson(from, interviewerName) : null,
            Attendee: stakeholder?.Email is { Length: > 0 } to ? new IcsPerson(to, stakeholder.Name) : null,
            Sequence: sequence,
            Method: method);
        return new Invitation(e, language, summary, description, stakeholder?.Email);
    }
}
