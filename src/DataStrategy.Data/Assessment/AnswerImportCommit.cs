using DataStrategy.Core.Assessment;
using DataStrategy.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace DataStrategy.Data.Assessment;

/// <summary>Stores a valid answer import: one batch, one response per respondent, every answer; all in one transaction.</summary>
public static class AnswerImportCommit
{
    public static async Task<AnswerImportBatch> CommitAsync(AppDbContext db, Campaign campaign, AnswerImportResult result, AnswerMapping mapping, string fileName, string userName, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(campaign);
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(mapping);
        if (!result.IsValid)
        {
            throw new InvalidOperationException("Only a valid import can be committed.");
        }

        var owned = db.Database.CurrentTransaction is null;
        var transaction = owned ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
        try
        {
            var now = DateTimeOffset.UtcNow;
            var batch = new AnswerImportBatch
            {
                OrganisationId = campaign.OrganisationId,
                CampaignId = campaign.Id,
                FileName = fileName.Length > 260 ? fileName[..260] : fileName,
                Respondents = result.Respondents.Count,
                Answers = result.Answers.Count,
                UserName = userName,
                ImportedAt = now,
            };
            db.AnswerImportBatches.Add(batch);
            db.Campaigns.Attach(campaign);
            campaign.AnswerMapping = mapping.ToJson();
            db.Audit(campaign.OrganisationId, AuditAction.Imported, nameof(Answer), batch.Id.ToString(), new Dictionary<string, object?>
            {
                ["file"] = batch.FileName,
                ["campaign"] = campaign.Name,
                ["respondents"] = batch.Respondents,
                ["answers"] = batch.Answers,
            });
            await db.SaveChangesAsync(cancellationToken);

            var responses = new List<CampaignResponse>(result.Respondents.Count);
            for (var i = 0; i < result.Respondents.Count; i++)
            {
                var r = result.Respondents[i];
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
                    ExternalKey = r.Key,
                    ImportBatchId = batch.Id,
                    CreatedAt = now,
                    CompletedAt = now,
                    UpdatedAt = now,
                });
            }

            await AnswerBulkWriter.InsertResponsesAsync(db, responses, cancellationToken);
            await AnswerBulkWriter.InsertAnswersAsync(db, campaign.OrganisationId, campaign.Id, responses.Select(r => r.Id).ToList(), result.Answers, now, cancellationToken);
            await db.TouchAnswersAsync([campaign.Id], cancellationToken);
            if (transaction is not null)
            {
                await transaction.CommitAsync(cancellationToken);
            }

            return batch;
        }
        finally
        {
            if (transaction is not null)
            {
                await transaction.DisposeAsync();
            }
        }
    }
}
