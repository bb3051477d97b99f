using DataStrategy.Core.Analysis;
using DataStrategy.Core.Text;
using DataStrategy.Data;
using DataStrategy.Data.Analysis;
using DataStrategy.Data.Entities;
using DataStrategy.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace DataStrategy.Web.Pages.Findings;

/// <summary>A piece of evidence as the reader may see it: the respondent named only to those who may see respondents.</summary>
public sealed record EvidenceView(Guid? NoteId, long? AnswerId, NoteKind? Kind, string Text, string? Respondent, string? QuestionId);

/// <summary>A campaign's findings and ranked priorities, for every member.</summary>
[RequirePermission(Permission.ViewCampaigns)]
public sealed class IndexModel(AppDbContext db, TenantContext tenant, IStringLocalizer<SharedResource> l) : OrgPageModel(db, tenant, l)
{
    [FromRoute]
    public Guid Id { get; set; }

    public CampaignAnalysis Analysis { get; private set; } = null!;

    public List<Finding> Findings { get; private set; } = [];

    public Dictionary<Guid, List<EvidenceView>> Evidence { get; private set; } = [];

    public IReadOnlyList<PriorityRow> Priorities { get; private set; } = [];

    public int PendingSuggestions { get; private set; }

    public bool CanManage { get; private set; }

    public string T(LocalizedText text) => text.Get(Lang);

    public string ThemeName(string id) => Analysis.Definition.Theme(id) is { } t ? T(t.Name) : id;

    public string QuestionText(string id) => Analysis.Definition.Question(id) is { } q ? T(q.Text) : id;

    public async Task<IActionResult> OnGetAsync()
    {
        var analysis = await CampaignAnalyses.RunAsync(Db, Id, null, HttpContext.RequestAborted);
        if (analysis is null)
        {
            return NotFound();
        }

        Analysis = analysis;
        CanManage = PermissionTable.Allows(Tenant.Role!.Value, Permission.ManageFindings);
        var all = await Db.Findings.AsNoTracking().Where(f => f.CampaignId == Id).OrderBy(f => f.Kind).ThenBy(f => f.Position).ThenBy(f => f.CreatedAt).ToListAsync();
        Findings = all.Where(f => f.Status == FindingStatus.Accepted).ToList();
        var handled = all.Where(f => f.SuggestionKey != null).Select(f => f.SuggestionKey!).ToHashSet();
        PendingSuggestions = analysis.Suggestions().Count(s => !handled.Contains(s.Key));
        Evidence = await FindingEvidenceReader.ReadAsync(Db, Findings.Select(f => f.Id).ToList(), PermissionTable.Allows(Tenant.Role!.Value, Permission.ViewRespondents), L);
        Priorities = await Data.Analysis.Priorities.RankAsync(Db, analysis, HttpContext.RequestAborted);
        return Page();
    }
}

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
                view = new EvidenceView(noteId, null, note.Kind, note.Text, names.GetValueOrDefault(note.ResponseId), note.QuestionId);
            }
            else if (link.AnswerId is { } answerId && answers.TryGetValue(answerId, out var answer))
            {
                var text = answer.State == Core.Assessment.AnswerState.Level ? l["Answered level {0}", answer.Level ?? 0].Value : l["AnswerState." + answer.State].Value;
                if (!string.IsNullOrWhiteSpace(answer.Evidence))
                {
                    text += " – " + answer.Evidence;
                }

                view = new EvidenceView(null, answerId, null, text, names.GetValueOrDefault(answer.ResponseId), answer.QuestionId);
            }

            if (view is not null)
            {
                (result.TryGetValue(link.FindingId, out var list) ? list : result[link.FindingId] = []).Add(view);
            }
        }

        return result;
    }
}
