using DataStrategy.Data;
using DataStrategy.Data.Entities;
using DataStrategy.Data.Surveys;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace DataStrategy.Web.Infrastructure;

/// <summary>
/// Survey invitations and reminders by e-mail, each in its recipient's language with their personal link. Each
/// message is claimed in the database before it leaves (<see cref="RespondentMessageClaims"/>), so that concurrent
/// clicks or instances send it once; run it outside a request-wide transaction.
/// </summary>
public sealed class SurveyMailer(AppDbContext db, IEmailSender email, IStringLocalizer<SharedResource> l, ILogger<SurveyMailer> logger)
{
    private sealed record Recipient(Guid ResponseId, int Round, Stakeholder Stakeholder, string Token);

    /// <summary>Invites every holder of a personal link not yet invited by e-mail (and not done answering).</summary>
    public async Task<SurveyMailOutcome> InviteAsync(Organisation organisation, Campaign campaign, string publicBase, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        var invited = await db.RespondentMessages.AsNoTracking().Where(m => m.CampaignId == campaign.Id).Select(m => m.ResponseId).ToListAsync(cancellationToken);
        var links = await db.Responses.AsNoTracking().Include(r => r.Stakeholder)
            .Where(r => r.CampaignId == campaign.Id && r.Kind == ResponseKind.Survey && r.SurveyLinkId == null && r.Token != null
                && r.Status != ResponseStatus.Completed && r.Status != ResponseStatus.Cancelled && !invited.Contains(r.Id))
            .OrderBy(r => r.CreatedAt).ThenBy(r => r.Id)
            .ToListAsync(cancellationToken);
        return await SendAsync(organisation, campaign, links.Select(r => (r, 0)), publicBase, now, cancellationToken);
    }

    /// <summary>Reminds those who have not answered to the end, when their last e-mail is at least <paramref name="afterDays"/> days old.</summary>
    public async Task<SurveyMailOutcome> RemindAsync(Organisation organisation, Campaign campaign, int afterDays, string publicBase, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        var report = await SurveyResponseRates.ComputeAsync(db, campaign.Id, cancellationToken);
        var due = report?.DueForReminder(now, afterDays).ToDictionary(p => p.ResponseId, p => p.NextReminderRound) ?? [];
        var ids = due.Keys.ToList();
        var links = await db.Responses.AsNoTracking().Include(r => r.Stakeholder).Where(r => ids.Contains(r.Id))
            .OrderBy(r => r.CreatedAt).ThenBy(r => r.Id).ToListAsync(cancellationToken);
        return await SendAsync(organisation, campaign, links.Select(r => (r, due[r.Id])), publicBase, now, cancellationToken);
    }

    private async Task<SurveyMailOutcome> SendAsync(Organisation organisation, Campaign campaign, IEnumerable<(CampaignResponse Response, int Round)> links, string publicBase, DateTimeOffset now, CancellationToken cancellationToken)
    {
        int sent = 0, withoutAddress = 0, already = 0, failed = 0;
        foreach (var (response, round) in links)
        {
            if (response.Stakeholder is not { ErasedAt: null, Email: { Length: > 0 } address } stakeholder || !Core.Imports.StakeholderImport.IsValidEmail(address))
            {
                withoutAddress++;
                continue;
            }

            var language = RecipientLanguage.Of(stakeholder.Language, organisation);
            var claim = await RespondentMessageClaims.ClaimAsync(db, campaign.Id, response.Id, round, language, now, cancellationToken);
            if (claim is null)
            {
                already++;
                continue;
            }

            string subject, body;
            using (RecipientLanguage.Use(language))
            {
                var link = publicBase + "/survey/" + Uri.EscapeDataString(response.Token!) + "?culture=" + language;
                var org = organisation.Name.Get(language);
                var name = campaign.Name.Get(language);
                subject = round == 0 ? l["Survey: {0}", name] : l["Reminder: survey {0}", name];
                string[] paragraphs = round == 0
                    ? [l["Hello {0},", stakeholder.Name], l["{0} is assessing how it works with data (\"{1}\"), and your answers count. Answer the survey with your personal link; you can stop and come back to it until the survey closes:", org, name], link, l["Thank you."]]
                    : [l["Hello {0},", stakeholder.Name], l["You have not yet finished the survey \"{1}\" of {0}. Your personal link still works, and takes you back to where you left off:", org, name], link, l["Thank you."]];
                body = string.Join("\n\n", paragraphs);
            }

            try
            {
                await email.SendAsync(address, subject, body, cancellationToken);
            }
#pragma warning disable CA1031 // One refused address must not stop the others: the round is freed for a later try.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                logger.LogWarning(ex, "Sending survey e-mail round {Round} for response {Response} failed.", round, response.Id);
                await RespondentMessageClaims.ReleaseAsync(db, claim, CancellationToken.None);
                failed++;
                continue;
            }

            await RespondentMessageClaims.ConfirmAsync(db, claim, now, CancellationToken.None);
            sent++;
        }

        return new SurveyMailOutcome(sent, withoutAddress, already, failed);
    }
}
