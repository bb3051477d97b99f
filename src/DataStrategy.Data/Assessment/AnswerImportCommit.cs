using System.Data.Common;
using System.Text.Json;
using DataStrategy.Core.Assessment;
using DataStrategy.Data.Entities;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace DataStrategy.Data.Assessment;

/// <summary>
/// Stores a valid answer import: one batch, one response per respondent, every answer; all in one transaction.
/// A file already imported, or respondents already there, are recognised first: unless the caller chose to skip or
/// replace them, nothing is written (<see cref="AnswerImportStatus.ChoiceNeeded"/>).
/// </summary>
public static class AnswerImportCommit
{
    /// <summary>Responses deleted per statement when replacing (well under every provider's parameter limit).</summary>
    private const int DeleteChunk = 500;

    public static async Task<AnswerImportOutcome> CommitAsync(AppDbContext db, Campaign campaign, AnswerImportResult result, AnswerMapping mapping, AnswerImportSource source, ExistingRespondents existing = ExistingRespondents.Refuse, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(campaign);
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(mapping);
        ArgumentNullException.ThrowIfNull(source);
        if (!result.IsValid)
        {
            throw new InvalidOperationException("Only a valid import can be committed.");
        }

        var outer = db.Database.CurrentTransaction;
        var transaction = outer is null ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
        const string savepoint = "answer_import";
        if (outer is not null)
        {
            await outer.CreateSavepointAsync(savepoint, cancellationToken);
        }

        var added = new List<object>();
        try
        {
            // Read inside the transaction: on SQLite it holds the write lock, so a second import of the same file waits and then sees the first.
            var overlap = await AnswerImportOverlap.FindAsync(db, campaign.Id, result, source.FileSha256, cancellationToken);
            if (overlap.Any && existing == ExistingRespondents.Refuse)
            {
                return new AnswerImportOutcome(AnswerImportStatus.ChoiceNeeded, overlap);
            }

            var toWrite = result;
            var skipped = 0;
            var replaced = 0;
            if (overlap.Any && existing == ExistingRespondents.Skip)
            {
                toWrite = result.KeyedRespondents ? result.Without(overlap.ExistingKeys) : new AnswerImportResult();
                skipped = overlap.ExistingRespondents;
                if (toWrite.Answers.Count == 0)
                {
                    return new AnswerImportOutcome(AnswerImportStatus.NothingToImport, overlap);
                }
            }
            else if (overlap.Any && existing == ExistingRespondents.Replace)
            {
                foreach (var chunk in overlap.ExistingResponseIds.Chunk(DeleteChunk))
                {
                    // Their answers and notes go with them (the foreign keys cascade).
                    await db.Responses.Where(r => r.CampaignId == campaign.Id && chunk.Contains(r.Id)).ExecuteDeleteAsync(cancellationToken);
                }

                replaced = overlap.ExistingRespondents;
            }

            // Departments the mapping creates: in this transaction, so a refused or failed import creates none. Two imports
            // creating the same one at once collide on its code, and the second is a conflict like any other.
            var newDepartments = source.NewDepartments;
            foreach (var department in newDepartments)
            {
                department.OrganisationId = campaign.OrganisationId;
                db.Departments.Add(department);
                added.Add(department);
            }

            var now = DateTimeOffset.UtcNow;
            var keys = toWrite.KeyedRespondents ? toWrite.Respondents.Select(r => r.Key).ToList() : [];
            var batch = new AnswerImportBatch
            {
                OrganisationId = campaign.OrganisationId,
                CampaignId = campaign.Id,
                FileName = source.FileName.Length > AnswerImportBatch.MaxFileNameLength ? source.FileName[..AnswerImportBatch.MaxFileNameLength] : source.FileName,
                FileSha256 = source.FileSha256,
                Respondents = toWrite.Respondents.Count,
                Answers = toWrite.Answers.Count,
                Skipped = skipped,
                Replaced = replaced,
                RespondentKeys = JsonSerializer.Serialize(keys),
                UserId = source.UserId,
                UserName = source.UserName,
                ImportedAt = now,
            };
            db.AnswerImportBatches.Add(batch);
            added.Add(batch);
            db.Audit(campaign.OrganisationId, AuditAction.Imported, nameof(Answer), batch.Id.ToString(), new Dictionary<string, object?>
            {
                ["file"] = batch.FileName,
                ["sha256"] = batch.FileSha256,
                ["campaign"] = campaign.Name.Values,
                ["respondents"] = batch.Respondents,
                ["answers"] = batch.Answers,
                ["skipped"] = skipped,
                ["replaced"] = replaced,
            });
            added.AddRange(db.ChangeTracker.Entries<AuditEntry>().Where(e => e.State == EntityState.Added).Select(e => e.Entity));
            await db.SaveChangesAsync(cancellationToken);

            var responses = new List<CampaignResponse>(toWrite.Respondents.Count);
            for (var i = 0; i < toWrite.Respondents.Count; i++)
            {
                var r = toWrite.Respondents[i];
                responses.Add(new CampaignResponse
                {
                    // Time-ordered IDs: the answers' (ResponseId, QuestionId) index then grows at its
                    // end instead of at random places, which keeps large imports close to a plain insert.
                    Id = Guid.CreateVersion7(now.AddMilliseconds(i)),
                    OrganisationId = campaign.OrganisationId,
                    CampaignId = campaign.Id,
                    Kind = ResponseKind.Imported,
                    Status = ResponseStatus.Completed,
                    DepartmentId = r.DepartmentId,
                    RespondentName = r.Name,
                    // A row number names nobody: only a key from the file identifies the respondent next time.
                    ExternalKey = toWrite.KeyedRespondents ? r.Key : null,
                    ImportBatchId = batch.Id,
                    CreatedAt = now,
                    CompletedAt = now,
                    UpdatedAt = now,
                });
            }

            await AnswerBulkWriter.InsertResponsesAsync(db, responses, cancellationToken);
            await AnswerBulkWriter.InsertAnswersAsync(db, campaign.OrganisationId, campaign.Id, responses.Select(r => r.Id).ToList(), toWrite.Answers, now, cancellationToken);

            // The mapping is remembered for the next file from the same tool. Written as a plain update, not through the
            // campaign's concurrency token: an import is no edit of the campaign, and imports running at once must not
            // fail each other (nor someone editing the campaign) over it.
            // A value mapped to "new" is remembered as the department it made, so the next file does not make another.
            foreach (var department in newDepartments)
            {
                foreach (var (value, target) in mapping.Departments.Where(kv => kv.Value == AnswerMapping.NewDepartment).ToList())
                {
                    if (department.Name.Values.Values.Any(n => Core.Imports.StakeholderImport.Normalize(n) == Core.Imports.StakeholderImport.Normalize(value)))
                    {
                        mapping.Departments[value] = department.Code;
                    }
                }
            }

            var remembered = mapping.ToJson();
            await db.Campaigns.Where(c => c.Id == campaign.Id).ExecuteUpdateAsync(c => c.SetProperty(x => x.AnswerMapping, remembered), cancellationToken);
            await db.TouchAnswersAsync([campaign.Id], cancellationToken);
            if (transaction is not null)
            {
                await transaction.CommitAsync(cancellationToken);
            }

            return new AnswerImportOutcome(AnswerImportStatus.Imported, overlap, batch);
        }
        // From the bulk writer as it is; from SaveChanges (a new department's code taken at the same moment) wrapped by EF.
        catch (Exception ex) when (ex is DbException db0 && IsUniqueViolation(db0) || ex is DbUpdateException { InnerException: DbException inner } && IsUniqueViolation(inner))
        {
            // Another import wrote some of these respondents after this one looked: undo this one's writes, keep the caller's.
            if (outer is not null)
            {
                await outer.RollbackToSavepointAsync(savepoint, CancellationToken.None);
            }
            else
            {
                await transaction!.RollbackAsync(CancellationToken.None);
            }

            // With the audit rows the interceptor added for the new departments, if their save was the one that failed.
            added.AddRange(db.ChangeTracker.Entries<AuditEntry>().Where(e => e.State == EntityState.Added).Select(e => e.Entity));
            foreach (var entity in added)
            {
                db.Entry(entity).State = EntityState.Detached;
            }

            return new AnswerImportOutcome(AnswerImportStatus.Conflict, new AnswerImportOverlap());
        }
        finally
        {
            if (transaction is not null)
            {
                await transaction.DisposeAsync();
            }
        }
    }

    private static bool IsUniqueViolation(DbException ex) => ex switch
    {
        PostgresException pg => pg.SqlState == PostgresErrorCodes.UniqueViolation,
        SqliteException sqlite => sqlite.SqliteErrorCode == 19 && sqlite.SqliteExtendedErrorCode is 2067 or 1555,
        _ => false,
    };
}
