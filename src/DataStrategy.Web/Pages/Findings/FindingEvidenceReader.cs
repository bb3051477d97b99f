using DataStrategy.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace DataStrategy.Web.Pages.Findings;

/// <summary>Reads findings' evidence; names respondents only for readers who may see them.</summary>
public static class FindingEvidenceReader
{
    public static async Task<Dictionary<Guid, List<EvidenceView>>> ReadAsync(AppDbContext db, IReadOnlyCollection<Guid> findingIds, bool showRespondents, IStringLocalizer l)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(l);
        var links = await db.FindingEvidence.AsNoTracking().Where(e => findingIds.Contains(e.FindingId)).ToListAsync();
        var noteIds = links.Where(e => e.NoteId != null).Select(e => e.NoteId!.Value).ToList();
        var answerIds = links.Where(e => e.AnswerId != null).Select(e => e.AnswerId!.Value).ToList();
        var notes = await db.EvidenceNotes.AsNoTracking().Where(n => noteIds.Contains(n.Id)).ToDictionaryAsync(n => n.Id);
        var answers = await db.Answers.AsNoTracking().Where(a => answerIds.Contains(a.Id)).ToDictionaryAsync(a => a.Id);
        var responseIds = notes.Values.Select(n => n.ResponseId).Concat(answers.Values.Select(a => a.ResponseId)).Distinct().ToList();
        var names = showRespondents
            ? await db.Responses.AsNoTracking().Where(r => responseIds.Contains(r.Id))
                .Select(r => new { r.Id, r.IsAnonymous, Name = r.Stakeholder != null && r.Stakeholder.ErasedAt == null ? r.Stakeholder.Name : r.RespondentName })
                .ToDictionaryAsync(r => r.Id, r => r.IsAnonymous ? null : r.Name)
            : [];
        var result = new Dictionary<Guid, List<EvidenceView>>();
        foreach (var link in links)
        {
            EvidenceView? view = null;
            if (link.NoteId is { } noteId && notes.TryGetValue(noteId, out var note))
            {
                view = new EvidenceView(noteId, null, note.Kind, note.Text, note.Language, names.GetValueOrDefault(note.ResponseId), note.QuestionId);
            }
            else if (link.AnswerId is { } answerId && answers.TryGetValue(answerId, out var answer))
            {
                var answered = answer.State == Core.Assessment.AnswerState.Level ? l["Answered level {0}", answer.Level ?? 0].Value : l["AnswerState." + answer.State].Value;
                var evidence = string.IsNullOrWhiteSpace(answer.Evidence) ? string.Empty : answer.Evidence;
                view = new EvidenceView(null, answerId, null, evidence, evidence.Length > 0 ? answer.EvidenceLanguage : null, names.GetValueOrDefault(answer.ResponseId), answer.QuestionId, answered);
            }

            if (view is not null)
            {
                (result.TryGetValue(link.FindingId, out var list) ? list : result[link.FindingId] = []).Add(view);
            }
        }

        return result;
    }
}
