using DataStrategy.Core.Assessment;
using DataStrategy.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace DataStrategy.Data.Assessment;

/// <summary>
/// What of an answer file a campaign already holds, found before anything is written: earlier imports of the very
/// same file (same SHA-256, not undone), and the file's respondents already there (same respondent key). A file that
/// names no respondent (keys are row numbers) is recognised by its hash only; its respondents are then those of the
/// earlier imports of that file.
/// </summary>
public sealed class AnswerImportOverlap
{
    /// <summary>Earlier imports of the same file into this campaign, newest first.</summary>
    public IReadOnlyList<AnswerImportBatch> SameFile { get; private init; } = [];

    /// <summary>The file's respondent keys that the campaign already holds (empty for a file that names no respondent).</summary>
    public IReadOnlySet<string> ExistingKeys { get; private init; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>The responses that stand for the file's respondents already there: kept by skip, deleted by replace.</summary>
    public IReadOnlyList<Guid> ExistingResponseIds { get; private init; } = [];

    /// <summary>How many of the file's respondents are already there.</summary>
    public int ExistingRespondents { get; private init; }

    public bool Any => SameFile.Count > 0 || ExistingRespondents > 0;

    /// <summary>Reads the campaign's imported respondents (tenant-filtered) and compares them with the file.</summary>
    public static async Task<AnswerImportOverlap> FindAsync(AppDbContext db, Guid campaignId, AnswerImportResult result, string fileSha256, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(result);
        var sameFile = await db.AnswerImportBatches.AsNoTracking()
            .Where(b => b.CampaignId == campaignId && b.FileSha256 == fileSha256 && b.UndoneAt == null)
            .ToListAsync(cancellationToken);
        sameFile = [.. sameFile.OrderByDescending(b => b.ImportedAt)];

        if (result.KeyedRespondents)
        {
            // Read once and compared in memory: a file may name hundreds of thousands of respondents, more than a
            // query can take as parameters.
            var keys = result.Respondents.Select(r => r.Key).ToHashSet(StringComparer.Ordinal);
            var existing = await db.Responses.AsNoTracking()
                .Where(r => r.CampaignId == campaignId && r.ExternalKey != null)
                .Select(r => new { r.Id, r.ExternalKey })
                .ToListAsync(cancellationToken);
            var found = existing.Where(r => keys.Contains(r.ExternalKey!)).ToList();
            return new AnswerImportOverlap
            {
                SameFile = sameFile,
                ExistingKeys = found.Select(r => r.ExternalKey!).ToHashSet(StringComparer.Ordinal),
                ExistingResponseIds = [.. found.Select(r => r.Id)],
                ExistingRespondents = found.Count,
            };
        }

        if (sameFile.Count == 0)
        {
            return new AnswerImportOverlap();
        }

        var batchIds = sameFile.Select(b => b.Id).ToList();
        var responses = await db.Responses.AsNoTracking()
            .Where(r => r.CampaignId == campaignId && r.ImportBatchId != null && batchIds.Contains(r.ImportBatchId.Value))
            .Select(r => r.Id)
            .ToListAsync(cancellationToken);
        return new AnswerImportOverlap
        {
            SameFile = sameFile,
            ExistingResponseIds = responses,
            // The same rows again: every respondent of the file is already there.
            ExistingRespondents = result.Respondents.Count,
        };
    }
}
