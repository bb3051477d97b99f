using System.Globalization;
using DataStrategy.Core.Assessment;
using DataStrategy.Core.Csv;
using DataStrategy.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace DataStrategy.Data.Assessment;

/// <summary>A campaign's answers as CSV in long format (one row per answer), formula-safe.</summary>
public static class AnswerExport
{
    public static readonly string[] Header =
        ["response_id", "kind", "status", "respondent", "department", "question_id", "theme_id", "topic_id", "answer", "target", "evidence", "updated_at", "evidence_language"];

    public static async Task WriteCsvAsync(AppDbContext db, Guid campaignId, Stream output, string delimiter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var campaign = await db.Campaigns.AsNoTracking().Include(c => c.Framework).SingleAsync(c => c.Id == campaignId, cancellationToken);
        var framework = FrameworkLibrary.Definition(campaign.Framework!);
        var departments = await db.Departments.AsNoTracking().ToDictionaryAsync(d => d.Id, d => d.Code, cancellationToken);
        var responses = await db.Responses.AsNoTracking().Include(r => r.Stakeholder).Where(r => r.CampaignId == campaignId)
            .ToDictionaryAsync(r => r.Id, cancellationToken);
        var answers = db.Answers.AsNoTracking().Where(a => a.CampaignId == campaignId).OrderBy(a => a.ResponseId).ThenBy(a => a.QuestionId).AsAsyncEnumerable();
        var rows = new List<IReadOnlyList<string?>>();
        await foreach (var a in answers.WithCancellation(cancellationToken))
        {
            var r = responses[a.ResponseId];
            var question = framework.Question(a.QuestionId);
            var name = r.IsAnonymous ? null : r.Stakeholder is { ErasedAt: null } s ? s.Name : r.Stakeholder is null ? r.RespondentName : null;
            var departmentId = r.DepartmentId ?? r.Stakeholder?.DepartmentId;
            rows.Add([
                r.Id.ToString(),
                r.Kind.ToString(),
                r.Status.ToString(),
                name,
                departmentId is { } d ? departments.GetValueOrDefault(d) : null,
                a.QuestionId,
                question?.ThemeId,
                question?.TopicId,
                a.State switch { AnswerState.DontKnow => "dk", AnswerState.NotApplicable => "na", _ => a.Level?.ToString(CultureInfo.InvariantCulture) },
                a.TargetLevel?.ToString(CultureInfo.InvariantCulture),
                a.Evidence,
                a.UpdatedAt.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
                a.EvidenceLanguage,
            ]);
        }

        CsvSafe.Write(output, Header, rows, delimiter);
    }
}
