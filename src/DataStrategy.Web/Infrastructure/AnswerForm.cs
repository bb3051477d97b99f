using System.Globalization;
using DataStrategy.Core.Assessment;
using DataStrategy.Core.Frameworks;
using DataStrategy.Data;
using DataStrategy.Data.Assessment;
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

    /// <summary>
    /// Writes one checked answer at once (insert or update in one statement, or delete when emptied), inside the
    /// request's transaction: safe beside autosaves of the same response (<see cref="AnswerUpsert"/>).
    /// </summary>
    public static Task ApplyAsync(AppDbContext db, CampaignResponse response, AnswerInput input, AnswerState state, int? level, int? target, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(response);
        ArgumentNullException.ThrowIfNull(input);
        return IsEmpty(input)
            ? AnswerUpsert.DeleteAsync(db, response.Id, input.QuestionId)
            : AnswerUpsert.WriteAsync(db, ToAnswer(response, input, state, level, target, now));
    }

    /// <summary>
    /// Saves the response row of a whole-screen save (where to resume, status). The form carries no concurrency token:
    /// the row was read in this request, so when another save of the same response got there first (two tabs, a
    /// double click) the row is read again and the same change applied to it.
    /// </summary>
    public static async Task SaveResponseAsync(AppDbContext db, CampaignResponse response, Action<CampaignResponse> change)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(response);
        ArgumentNullException.ThrowIfNull(change);
        db.SuppressAudit = true;
        for (var attempt = 1; ; attempt++)
        {
            change(response);
            // Written even when nothing else changed, so that the save renews the campaign's answers stamp.
            db.Entry(response).Property(r => r.UpdatedAt).IsModified = true;
            try
            {
                await db.SaveChangesAsync();
                return;
            }
            catch (DbUpdateConcurrencyException) when (attempt < 5)
            {
                await db.Entry(response).ReloadAsync();
            }
        }
    }

    /// <summary>
    /// Autosave of one field: checks it (nothing is written when invalid), then writes that one answer and nothing
    /// else of the response's (<see cref="AnswerUpsert.SaveFieldAsync"/>): any number of fields of the same response
    /// can be saved at the same moment.
    /// </summary>
    public static async Task<Problem> SaveFieldAsync(AppDbContext db, CampaignResponse response, FrameworkDefinition framework, AnswerInput input, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(response);
        ArgumentNullException.ThrowIfNull(framework);
        ArgumentNullException.ThrowIfNull(input);
        var problem = Check(framework, input, out var state, out var level, out var target);
        if (problem != Problem.None)
        {
            return problem;
        }

        var answer = IsEmpty(input) ? null : ToAnswer(response, input, state, level, target, now);
        await AnswerUpsert.SaveFieldAsync(db, response, input.QuestionId, answer, framework.Question(input.QuestionId)!.ThemeId);
        return Problem.None;
    }

    private static Answer ToAnswer(CampaignResponse response, AnswerInput input, AnswerState state, int? level, int? target, DateTimeOffset now) => new()
    {
        OrganisationId = response.OrganisationId,
        CampaignId = response.CampaignId,
        ResponseId = response.Id,
        QuestionId = input.QuestionId,
        State = state,
        Level = state == AnswerState.Level ? level : null,
        TargetLevel = target,
        Evidence = Evidence(input.Evidence),
        // Evidence is typed by the writer: it is taken as written in their interface language.
        EvidenceLanguage = Evidence(input.Evidence) is null ? null : CultureInfo.CurrentUICulture.TwoLetterISOLanguageName,
        UpdatedAt = now,
    };

    /// <summary>The evidence as stored: trimmed, without NUL characters (PostgreSQL refuses them in text), null when blank.</summary>
    private static string? Evidence(string? text) =>
        text?.Replace("\0", string.Empty, StringComparison.Ordinal).Trim() is { Length: > 0 } clean ? clean : null;

    public static string Value(Answer? answer) => answer is null
        ? string.Empty
        : answer.State switch
        {
            AnswerState.DontKnow => "dk",
            AnswerState.NotApplicable => "na",
            _ => answer.Level?.ToString(CultureInfo.InvariantCulture) ?? string.Empty,
        };
}
