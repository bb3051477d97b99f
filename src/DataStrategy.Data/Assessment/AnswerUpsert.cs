using System.Data.Common;
using DataStrategy.Data.Entities;
using DataStrategy.Data.Saving;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace DataStrategy.Data.Assessment;

/// <summary>
/// One answer written so that any number of saves of the same response, at the same moment, all succeed: a single
/// <c>INSERT … ON CONFLICT ("ResponseId", "QuestionId") DO UPDATE</c> (the same SQL on SQLite and PostgreSQL, resting on
/// the unique index of that pair). Two saves of one question never collide; the last one to reach the database wins.
/// Nothing is read first and the response row is not part of it, so no concurrency token can be stale. Columns,
/// value conversions and parameter types come from the EF model, so the statement follows the mapping.
/// </summary>
public static class AnswerUpsert
{
    private static readonly string[] Inserted =
        [nameof(Answer.OrganisationId), nameof(Answer.CampaignId), nameof(Answer.ResponseId), nameof(Answer.QuestionId), nameof(Answer.State), nameof(Answer.Level), nameof(Answer.TargetLevel), nameof(Answer.Evidence), nameof(Answer.EvidenceLanguage), nameof(Answer.UpdatedAt)];

    private static readonly string[] Updated = [nameof(Answer.State), nameof(Answer.Level), nameof(Answer.TargetLevel), nameof(Answer.Evidence), nameof(Answer.EvidenceLanguage), nameof(Answer.UpdatedAt)];

    /// <summary>Inserts the answer, or updates the response's answer to the same question (inside the caller's transaction, if any).</summary>
    public static async Task WriteAsync(AppDbContext db, Answer answer, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(answer);
        var entity = db.Model.FindEntityType(typeof(Answer))!;
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var sql = db.GetService<ISqlGenerationHelper>();
        string Column(string property) => sql.DelimitIdentifier(entity.FindProperty(property)!.GetColumnName(table)!);

        await using var factory = db.Database.GetDbConnection().CreateCommand();
        var parameters = new DbParameter[Inserted.Length];
        for (var i = 0; i < Inserted.Length; i++)
        {
            var property = entity.FindProperty(Inserted[i])!;
            parameters[i] = property.GetRelationalTypeMapping().CreateParameter(factory, sql.GenerateParameterName("p" + i), property.GetGetter().GetClrValue(answer), property.IsNullable);
        }

        // Identifiers come from the model; every value is a parameter.
        var statement =
            $"INSERT INTO {sql.DelimitIdentifier(table.Name, table.Schema)} ({string.Join(", ", Inserted.Select(Column))}) " +
            $"VALUES ({string.Join(", ", parameters.Select(p => p.ParameterName))}) " +
            $"ON CONFLICT ({Column(nameof(Answer.ResponseId))}, {Column(nameof(Answer.QuestionId))}) " +
            $"DO UPDATE SET {string.Join(", ", Updated.Select(p => $"{Column(p)} = excluded.{Column(p)}"))}";
        await db.Database.ExecuteSqlRawAsync(statement, parameters, cancellationToken);
    }

    /// <summary>Deletes the response's answer to the question, if there is one.</summary>
    public static Task DeleteAsync(AppDbContext db, Guid responseId, string questionId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Answers.Where(a => a.ResponseId == responseId && a.QuestionId == questionId).ExecuteDeleteAsync(cancellationToken);
    }

    /// <summary>
    /// Autosave of one field: writes the answer (or deletes it when <paramref name="answer"/> is null), marks a planned
    /// response as in progress and remembers <paramref name="themeId"/> as the place to resume — both without touching
    /// the row's concurrency token, and only when they change — then renews the campaign's answers stamp (the
    /// analysis cache's key). On SQLite the statements form one transaction that takes its turn with the other single
    /// saves (ADR 0018); on PostgreSQL each runs on its own, so that a save never holds two row locks at once and
    /// cannot deadlock with a whole-screen save.
    /// </summary>
    public static async Task SaveFieldAsync(AppDbContext db, CampaignResponse response, string questionId, Answer? answer, string themeId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(response);
        await SqliteWriteGate.RunAsync(db, async () =>
        {
            await using var transaction = db.Database.IsSqlite() && db.Database.CurrentTransaction is null
                ? await db.Database.BeginTransactionAsync(cancellationToken)
                : null;
            if (answer is null)
            {
                await DeleteAsync(db, response.Id, questionId, cancellationToken);
            }
            else
            {
                await WriteAsync(db, answer, cancellationToken);
            }

            await db.Responses
                .Where(r => r.Id == response.Id && (r.Status == ResponseStatus.Planned || r.LastThemeId != themeId))
                .ExecuteUpdateAsync(
                    s => s.SetProperty(r => r.Status, r => r.Status == ResponseStatus.Planned ? ResponseStatus.InProgress : r.Status)
                        .SetProperty(r => r.LastThemeId, themeId),
                    cancellationToken);
            await db.TouchAnswersAsync([response.CampaignId], cancellationToken);
            if (transaction is not null)
            {
                await transaction.CommitAsync(cancellationToken);
            }

            return true;
        }, cancellationToken);
    }
}
