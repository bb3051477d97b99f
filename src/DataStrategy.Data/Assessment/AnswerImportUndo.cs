using DataStrategy.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace DataStrategy.Data.Assessment;

/// <summary>
/// Undoes an import batch: deletes the responses it created that are still there (their answers and notes go with
/// them), marks the batch undone and records it in the audit log. What undo means for a batch that replaced
/// respondents: their earlier answers were deleted when it was imported, and undo does not bring them back — the
/// respondents leave the campaign; importing the earlier file again restores them.
/// </summary>
public static class AnswerImportUndo
{
    /// <summary>The number of responses deleted. The batch must be tracked by <paramref name="db"/> and not undone yet.</summary>
    public static async Task<int> UndoAsync(AppDbContext db, AnswerImportBatch batch, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(batch);
        if (batch.UndoneAt is not null)
        {
            throw new InvalidOperationException("This import was already undone.");
        }

        var answers = await db.Answers.CountAsync(a => a.CampaignId == batch.CampaignId && db.Responses.Any(r => r.Id == a.ResponseId && r.ImportBatchId == batch.Id), cancellationToken);
        var deleted = await db.Responses.Where(r => r.CampaignId == batch.CampaignId && r.ImportBatchId == batch.Id).ExecuteDeleteAsync(cancellationToken);
        batch.UndoneAt = at;
        batch.UndoneByName = db.Actor.UserName;
        db.Audit(batch.OrganisationId, AuditAction.Undone, nameof(AnswerImportBatch), batch.Id.ToString(), new Dictionary<string, object?>
        {
            ["file"] = batch.FileName,
            ["sha256"] = batch.FileSha256,
            ["importedAt"] = batch.ImportedAt,
            ["importedBy"] = batch.UserName,
            ["respondents"] = deleted,
            ["answers"] = answers,
        });
        await db.SaveChangesAsync(cancellationToken);
        await db.TouchAnswersAsync([batch.CampaignId], cancellationToken);
        return deleted;
    }
}
