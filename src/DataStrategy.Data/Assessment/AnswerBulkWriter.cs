using System.Data.Common;
using DataStrategy.Core.Assessment;
using DataStrategy.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using NpgsqlTypes;

namespace DataStrategy.Data.Assessment;

/// <summary>
/// Writes imported responses and answers in bulk inside the caller's transaction: one prepared
/// statement on SQLite, binary COPY on PostgreSQL (ADR 0008). EF change tracking for 200,000 rows
/// costs seconds and hundreds of megabytes; this path stays close to a plain insert.
/// </summary>
public static class AnswerBulkWriter
{
    private static readonly string[] ResponseParameters = ["$id", "$org", "$campaign", "$kind", "$status", "$dept", "$name", "$batch", "$key", "$anon", "$created", "$completed", "$updated", "$version"];
    private static readonly string[] AnswerParameters = ["$org", "$campaign", "$response", "$question", "$state", "$level", "$target", "$evidence", "$updated"];

    public static async Task InsertResponsesAsync(AppDbContext db, IReadOnlyList<CampaignResponse> responses, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(responses);
        var connection = db.Database.GetDbConnection();
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction() ?? throw new InvalidOperationException("Bulk writes need a transaction.");
        if (connection is NpgsqlConnection npgsql)
        {
            await using var copy = await npgsql.BeginBinaryImportAsync(
                "COPY \"Responses\" (\"Id\", \"OrganisationId\", \"CampaignId\", \"Kind\", \"Status\", \"DepartmentId\", \"RespondentName\", \"ImportBatchId\", \"ExternalKey\", \"IsAnonymous\", \"CreatedAt\", \"CompletedAt\", \"UpdatedAt\", \"Version\") FROM STDIN (FORMAT BINARY)",
                cancellationToken);
            foreach (var r in responses)
            {
                await copy.StartRowAsync(cancellationToken);
                await copy.WriteAsync(r.Id, NpgsqlDbType.Uuid, cancellationToken);
                await copy.WriteAsync(r.OrganisationId, NpgsqlDbType.Uuid, cancellationToken);
                await copy.WriteAsync(r.CampaignId, NpgsqlDbType.Uuid, cancellationToken);
                await copy.WriteAsync(r.Kind.ToString(), NpgsqlDbType.Varchar, cancellationToken);
                await copy.WriteAsync(r.Status.ToString(), NpgsqlDbType.Varchar, cancellationToken);
                await WriteNullableAsync(copy, r.DepartmentId, NpgsqlDbType.Uuid, cancellationToken);
                await WriteNullableAsync(copy, r.RespondentName, NpgsqlDbType.Varchar, cancellationToken);
                await WriteNullableAsync(copy, r.ImportBatchId, NpgsqlDbType.Uuid, cancellationToken);
                await WriteNullableAsync(copy, r.ExternalKey, NpgsqlDbType.Varchar, cancellationToken);
                await copy.WriteAsync(r.IsAnonymous, NpgsqlDbType.Boolean, cancellationToken);
                await copy.WriteAsync(r.CreatedAt.UtcDateTime, NpgsqlDbType.TimestampTz, cancellationToken);
                await WriteNullableAsync(copy, r.CompletedAt?.UtcDateTime, NpgsqlDbType.TimestampTz, cancellationToken);
                await copy.WriteAsync(r.UpdatedAt.UtcDateTime, NpgsqlDbType.TimestampTz, cancellationToken);
                await copy.WriteAsync(r.Version, NpgsqlDbType.Uuid, cancellationToken);
            }

            await copy.CompleteAsync(cancellationToken);
            return;
        }

        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "INSERT INTO \"Responses\" (\"Id\", \"OrganisationId\", \"CampaignId\", \"Kind\", \"Status\", \"DepartmentId\", \"RespondentName\", \"ImportBatchId\", \"ExternalKey\", \"IsAnonymous\", \"CreatedAt\", \"CompletedAt\", \"UpdatedAt\", \"Version\") VALUES ($id, $org, $campaign, $kind, $status, $dept, $name, $batch, $key, $anon, $created, $completed, $updated, $version)";
        var p = ResponseParameters.Select(n => Parameter(command, n)).ToArray();
        await command.PrepareAsync(cancellationToken);
        foreach (var r in responses)
        {
            p[0].Value = SqliteGuid(r.Id);
            p[1].Value = SqliteGuid(r.OrganisationId);
            p[2].Value = SqliteGuid(r.CampaignId);
            p[3].Value = r.Kind.ToString();
            p[4].Value = r.Status.ToString();
            p[5].Value = r.DepartmentId is { } d ? SqliteGuid(d) : DBNull.Value;
            p[6].Value = (object?)r.RespondentName ?? DBNull.Value;
            p[7].Value = r.ImportBatchId is { } b ? SqliteGuid(b) : DBNull.Value;
            p[8].Value = (object?)r.ExternalKey ?? DBNull.Value;
            p[9].Value = r.IsAnonymous ? 1 : 0;
            p[10].Value = r.CreatedAt.UtcTicks;
            p[11].Value = r.CompletedAt is { } c ? c.UtcTicks : DBNull.Value;
            p[12].Value = r.UpdatedAt.UtcTicks;
            p[13].Value = SqliteGuid(r.Version);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    /// <summary>Answers of imported responses; <paramref name="responseIds"/> maps the import's respondent index to the response.</summary>
    public static async Task InsertAnswersAsync(AppDbContext db, Guid organisationId, Guid campaignId, IReadOnlyList<Guid> responseIds, IReadOnlyList<ImportedAnswer> answers, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(responseIds);
        ArgumentNullException.ThrowIfNull(answers);
        var connection = db.Database.GetDbConnection();
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction() ?? throw new InvalidOperationException("Bulk writes need a transaction.");
        if (connection is NpgsqlConnection npgsql)
        {
            await using var copy = await npgsql.BeginBinaryImportAsync(
                "COPY \"Answers\" (\"OrganisationId\", \"CampaignId\", \"ResponseId\", \"QuestionId\", \"State\", \"Level\", \"TargetLevel\", \"Evidence\", \"UpdatedAt\") FROM STDIN (FORMAT BINARY)",
                cancellationToken);
            var utc = at.UtcDateTime;
            foreach (var a in answers)
            {
                await copy.StartRowAsync(cancellationToken);
                await copy.WriteAsync(organisationId, NpgsqlDbType.Uuid, cancellationToken);
                await copy.WriteAsync(campaignId, NpgsqlDbType.Uuid, cancellationToken);
                await copy.WriteAsync(responseIds[a.Respondent], NpgsqlDbType.Uuid, cancellationToken);
                await copy.WriteAsync(a.QuestionId, NpgsqlDbType.Varchar, cancellationToken);
                await copy.WriteAsync((int)a.State, NpgsqlDbType.Integer, cancellationToken);
                await WriteNullableAsync(copy, a.Level, NpgsqlDbType.Integer, cancellationToken);
                await WriteNullableAsync(copy, a.Target, NpgsqlDbType.Integer, cancellationToken);
                await WriteNullableAsync(copy, a.Evidence, NpgsqlDbType.Varchar, cancellationToken);
                await copy.WriteAsync(utc, NpgsqlDbType.TimestampTz, cancellationToken);
            }

            await copy.CompleteAsync(cancellationToken);
            return;
        }

        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "INSERT INTO \"Answers\" (\"OrganisationId\", \"CampaignId\", \"ResponseId\", \"QuestionId\", \"State\", \"Level\", \"TargetLevel\", \"Evidence\", \"UpdatedAt\") VALUES ($org, $campaign, $response, $question, $state, $level, $target, $evidence, $updated)";
        var p = AnswerParameters.Select(n => Parameter(command, n)).ToArray();
        await command.PrepareAsync(cancellationToken);
        p[0].Value = SqliteGuid(organisationId);
        p[1].Value = SqliteGuid(campaignId);
        p[8].Value = at.UtcTicks;
        var responseTexts = responseIds.Select(SqliteGuid).ToArray();
        foreach (var a in answers)
        {
            p[2].Value = responseTexts[a.Respondent];
            p[3].Value = a.QuestionId;
            p[4].Value = (int)a.State;
            p[5].Value = a.Level is { } l ? l : DBNull.Value;
            p[6].Value = a.Target is { } t ? t : DBNull.Value;
            p[7].Value = (object?)a.Evidence ?? DBNull.Value;
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

    }

    /// <summary>EF Core's SQLite provider stores GUIDs as upper-case text.</summary>
    private static string SqliteGuid(Guid id) => id.ToString().ToUpperInvariant();

    private static DbParameter Parameter(DbCommand command, string name)
    {
        var p = command.CreateParameter();
        p.ParameterName = name;
        p.Value = DBNull.Value;
        command.Parameters.Add(p);
        return p;
    }

    private static async Task WriteNullableAsync<T>(NpgsqlBinaryImporter copy, T? value, NpgsqlDbType type, CancellationToken cancellationToken)
    {
        if (value is null)
        {
            await copy.WriteNullAsync(cancellationToken);
        }
        else
        {
            await copy.WriteAsync(value, type, cancellationToken);
        }
    }
}
