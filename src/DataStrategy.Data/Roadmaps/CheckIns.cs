using DataStrategy.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace DataStrategy.Data.Roadmaps;

/// <summary>
/// Records a month's check-ins (the check-in page and the API): creates or replaces each initiative's check-in for the
/// month, and, unless a later month already has one, brings the initiative's status, percent, RAG and actual dates up
/// to date. The caller saves; with a version, a change to the initiative since then is a concurrency conflict.
/// </summary>
public static class CheckIns
{
    public static async Task ApplyAsync(AppDbContext db, DateOnly month, IReadOnlyList<CheckInEntry> entries, string who, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(entries);
        var ids = entries.Select(p => p.InitiativeId).ToList();
        var tracked = await db.Initiatives.Where(i => ids.Contains(i.Id)).ToDictionaryAsync(i => i.Id, cancellationToken);
        var checkIns = await db.CheckIns.Where(c => c.Month == month && ids.Contains(c.InitiativeId)).ToDictionaryAsync(c => c.InitiativeId, cancellationToken);
        var later = (await db.CheckIns.Where(c => c.Month > month && ids.Contains(c.InitiativeId)).Select(c => c.InitiativeId).ToListAsync(cancellationToken)).ToHashSet();
        foreach (var p in entries)
        {
            if (!tracked.TryGetValue(p.InitiativeId, out var initiative))
            {
                // Deleted since the check-in was validated: the caller reports a conflict, nothing is saved.
                throw new DbUpdateConcurrencyException("An initiative of the check-in was deleted meanwhile.");
            }

            if (!checkIns.TryGetValue(initiative.Id, out var checkIn))
            {
                checkIn = new CheckIn { InitiativeId = initiative.Id, Month = month };
                db.CheckIns.Add(checkIn);
            }

            // A note saved again unchanged keeps the language it was written in, whoever saves the month.
            if (checkIn.Note != p.Note)
            {
                checkIn.NoteLanguage = p.Note is null ? null : p.NoteLanguage;
            }

            (checkIn.Status, checkIn.PercentComplete, checkIn.Rag, checkIn.Note, checkIn.RecordedBy, checkIn.RecordedAt) = (p.Status, p.Percent, p.Rag, p.Note, who, DateTimeOffset.UtcNow);

            // The initiative is always written, so that a check-in made from a stale page is refused.
            if (p.Version is { } version)
            {
                db.Entry(initiative).Property(i => i.Version).OriginalValue = version;
            }

            db.Entry(initiative).State = EntityState.Modified;
            if (p.Status is InitiativeStatus.InProgress or InitiativeStatus.Done && (initiative.ActualStart is null || initiative.ActualStart > month))
            {
                initiative.ActualStart = month;
            }

            if (later.Contains(initiative.Id))
            {
                // A later month's check-in says where the initiative stands now.
                continue;
            }

            (initiative.Status, initiative.PercentComplete, initiative.Rag) = (p.Status, p.Percent, p.Rag);
            initiative.ActualFinish = p.Status == InitiativeStatus.Done ? month : null;
        }
    }
}
