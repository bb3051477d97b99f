using DataStrategy.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace DataStrategy.Data.Surveys;

/// <summary>
/// Survey response rates of a campaign per department (invited by personal link vs. answered), and the people who
/// still have to answer. Read by the survey links page and its CSV; anything else that shows the follow-up (a
/// programme cockpit) calls the same method. Counts only: names and addresses stay with the caller's permission.
/// </summary>
public static class SurveyResponseRates
{
    /// <summary>Reminders are due this many days after the last e-mail, unless the facilitator says otherwise.</summary>
    public const int DefaultReminderDays = 7;

    public const int MaxReminderDays = 90;

    /// <summary>Runs under the context's tenant filter; null when the campaign is not the organisation's.</summary>
    public static async Task<SurveyResponseRateReport?> ComputeAsync(AppDbContext db, Guid campaignId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var campaign = await db.Campaigns.AsNoTracking().Where(c => c.Id == campaignId).Select(c => new { c.Id, c.DepartmentIds }).SingleOrDefaultAsync(cancellationToken);
        if (campaign is null)
        {
            return null;
        }

        var personal = await db.Responses.AsNoTracking()
            .Where(r => r.CampaignId == campaignId && r.Kind == ResponseKind.Survey && r.SurveyLinkId == null && r.Token != null && r.Status != ResponseStatus.Cancelled)
            .Select(r => new { r.Id, r.StakeholderId, r.DepartmentId, r.Status, r.CreatedAt })
            .ToListAsync(cancellationToken);
        var open = await db.Responses.AsNoTracking()
            .Where(r => r.CampaignId == campaignId && r.Kind == ResponseKind.Survey && r.SurveyLinkId != null && r.Status == ResponseStatus.Completed)
            .GroupBy(r => r.DepartmentId).Select(g => new { g.Key, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var messages = (await db.RespondentMessages.AsNoTracking().Where(m => m.CampaignId == campaignId)
                .Select(m => new { m.ResponseId, m.Round, m.ClaimedAt }).ToListAsync(cancellationToken))
            .ToLookup(m => m.ResponseId);
        var departments = await db.Departments.AsNoTracking().ToListAsync(cancellationToken);

        var inScope = campaign.DepartmentIds.Count == 0
            ? departments.Select(d => d.Id).ToHashSet()
            : campaign.DepartmentIds.Select(id => Guid.TryParse(id, out var g) ? g : Guid.Empty).ToHashSet();
        var withData = personal.Select(p => p.DepartmentId).Concat(open.Select(o => o.Key)).ToHashSet();
        var rows = new List<DepartmentResponseRate>();
        foreach (var d in departments.Where(d => inScope.Contains(d.Id) || withData.Contains(d.Id)).OrderBy(d => d.Code, StringComparer.Ordinal))
        {
            rows.Add(Row(d.Id, d.Code, d.Name));
        }

        if (withData.Contains(null))
        {
            rows.Add(Row(null, null, null));
        }

        var total = new DepartmentResponseRate(null, null, null, rows.Sum(r => r.Invited), rows.Sum(r => r.Responded), rows.Sum(r => r.Started), rows.Sum(r => r.OpenLinkResponses));
        var pending = personal.Where(p => p.Status != ResponseStatus.Completed)
            .Select(p =>
            {
                var sent = messages[p.Id].ToList();
                return new PendingRespondent(p.Id, campaignId, p.StakeholderId, p.DepartmentId, p.Status, p.CreatedAt,
                    Invited: sent.Any(m => m.Round == 0),
                    Reminders: sent.Count(m => m.Round > 0),
                    LastRound: sent.Count == 0 ? 0 : sent.Max(m => m.Round),
                    LastContactAt: sent.Count == 0 ? null : sent.Max(m => m.ClaimedAt));
            })
            .OrderBy(p => p.DepartmentId is { } id ? departments.Find(d => d.Id == id)?.Code : "\uffff", StringComparer.Ordinal).ThenBy(p => p.LinkCreatedAt).ThenBy(p => p.ResponseId)
            .ToList();
        return new SurveyResponseRateReport(campaignId, rows, total, pending);

        DepartmentResponseRate Row(Guid? id, string? code, Core.Text.LocalizedText? name)
        {
            var mine = personal.Where(p => p.DepartmentId == id).ToList();
            return new DepartmentResponseRate(id, code, name,
                Invited: mine.Count,
                Responded: mine.Count(p => p.Status == ResponseStatus.Completed),
                Started: mine.Count(p => p.Status == ResponseStatus.InProgress),
                OpenLinkResponses: open.Where(o => o.Key == id).Sum(o => o.Count));
        }
    }
}
