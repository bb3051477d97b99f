using System.Globalization;
using DataStrategy.Core.Assessment;
using DataStrategy.Core.Frameworks;
using DataStrategy.Data;
using DataStrategy.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace DataStrategy.Web.Infrastructure;

public static class AnswerForm
{
    public const int MaxEvidence = 4000;

    public enum Problem
    {
        None,
        UnknownQuestion,
        InvalidLevel,
        InvalidTarget,
        EvidenceTooLong,
    }

    /// <summary>Checks one posted answer against the framework; nothing is written.</summary>
    public static Problem Check(FrameworkDefinition framework, AnswerInput input, out AnswerState state, out int? level, out int? target)
    {
        ArgumentNullException.ThrowIfNull(framework);
        ArgumentNullException.ThrowIfNull(input);
        state = AnswerState.Level;
        level = null;
        target = null;
        if (framework.Question(input.QuestionId ?? string.Empty) is null)
        {
            return Problem.UnknownQuestion;
        }

        switch (input.Level?.Trim())
        {
            case null or "":
                break;
            case "dk":
                state = AnswerState.DontKnow;
                break;
            case "na":
                state = AnswerState.NotApplicable;
                break;
            case var s when int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= 1 && n <= framework.MaxLevel:
                level = n;
                break;
            default:
                return Problem.InvalidLevel;
        }

        if (!string.IsNullOrWhiteSpace(input.Target))
        {
            if (!int.TryParse(input.Target.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var t) || t < 1 || t > framework.MaxLevel)
            {
                return Problem.InvalidTarget;
            }

            target = t;
        }

        if (input.Evidence is { Length: > MaxEvidence })
        {
            return Problem.EvidenceTooLong;
        }

        return Problem.None;
    }

    /// <summary>True when the input carries nothing (no level, no target, no evidence).</summary>
    public static bool IsEmpty(AnswerInput input) =>
        string.IsNullOrWhiteSpace(input.Level) && string.IsNullOrWhiteSpace(input.Target) && string.IsNullOrWhiteSpace(input.Evidence);

    /// <summary>Writes one checked answer (insert, update, or delete when emptied). Caller saves.</summary>
    public static async Task ApplyAsync(AppDbContext db, CampaignResponse response, AnswerInput input, AnswerState state, int? level, int? target, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(response);
        ArgumentNullException.ThrowIfNull(input);
        var existing = await db.Answers.SingleOrDefaultAsync(a => a.ResponseId == response.Id && a.QuestionId == input.QuestionId);
        if (IsEmpty(input))
        {
            if (existing is not null)
            {
                db.Answers.Remove(existing);
            }

            return;
        }

        if (existing is null)
        {
            existing = new Answer { OrganisationId = response.OrganisationId, CampaignId = response.CampaignId, ResponseId = response.Id, QuestionId = input.QuestionId };
            db.Answers.Add(existing);
        }

        existing.State = state;
        existing.Level = state == AnswerState.Level ? level : null;
        existing.TargetLevel = target;
        existing.Evidence = string.IsNullOrWhiteSpace(input.Evidence) ? null : input.Evidence.Trim();
        existing.UpdatedAt = now;
        response.UpdatedAt = existing.UpdatedAt;
        if (response.Status == ResponseStatus.Planned)
        {
            response.Status = ResponseStatus.InProgress;
        }
    }

    /// <summary>
    /// Autosave of one field: checks it (nothing is written when invalid), writes it, remembers its
    /// theme as the place to resume, and starts again from the database when two fields of the same
    /// response were saved at the same moment (concurrency token or unique answer per question).
    /// </summary>
    public static async Task<Problem> SaveFieldAsync(AppDbContext db, CampaignResponse response, FrameworkDefinition framework, AnswerInput input, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(response);
        var problem = Check(framework, input, out var state, out var level, out var target);
        if (problem != Problem.None)
        {
            return problem;
        }

        db.SuppressAudit = true;
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await ApplyAsync(db, response, input, state, level, target, now);
                response.LastThemeId = framework.Question(input.QuestionId)!.ThemeId;
                await db.SaveChangesAsync();
                return Problem.None;
            }
            catch (DbUpdateException) when (attempt < 4)
            {
                db.ChangeTracker.Clear();
                response = await db.Responses.SingleAsync(r => r.Id == response.Id);
            }
        }
    }

    public static string Value(Answer? answer) => answer is null
        ? string.Empty
        : answer.State switch
        {
            AnswerState.DontKnow => "dk",
            AnswerState.NotApplicable => "na",
            _ => answer.Level?.ToString(CultureInfo.InvariantCulture) ?? string.Empty,
        };
}
