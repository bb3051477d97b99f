using DataStrategy.Core.Inventory;
using DataStrategy.Data;
using DataStrategy.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace DataStrategy.Web.Infrastructure;

/// <summary>
/// Review reminders by e-mail: each steward with an address gets one message, in their language, listing their datasets
/// due for review or stale. A dataset is claimed for its due date (<see cref="Dataset.ReminderSentFor"/>, a conditional
/// update) before the message leaves, so that concurrent clicks remind once; a failed message frees its claims.
/// Run it outside a request-wide transaction.
/// </summary>
public sealed class DatasetReminderMailer(AppDbContext db, IEmailSender email, IStringLocalizer<SharedResource> l, ILogger<DatasetReminderMailer> logger)
{
    /// <summary>Datasets due for review or stale now, with a steward.</summary>
    public IQueryable<Dataset> Due(DateTimeOffset now)
    {
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        return db.Datasets.AsNoTracking().Where(d => d.StewardId != null && (d.NextReviewOn <= today || (d.StaleAfter != null && d.StaleAfter < now)));
    }

    public async Task<DatasetReminderOutcome> SendAsync(Organisation organisation, string publicBase, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(organisation);
        var due = await Due(now).OrderBy(d => d.Slug).ToListAsync(cancellationToken);
        var stewardIds = due.Select(d => d.StewardId!.Value).Distinct().ToList();
        var stewards = await db.Stakeholders.AsNoTracking().Where(s => stewardIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, cancellationToken);
        int sent = 0, withoutAddress = 0, already = 0, failed = 0;
        foreach (var group in due.GroupBy(d => d.StewardId!.Value))
        {
            if (!stewards.TryGetValue(group.Key, out var steward) || steward is not { ErasedAt: null, Email: { Length: > 0 } address } || !Core.Imports.StakeholderImport.IsValidEmail(address))
            {
                withoutAddress++;
                continue;
            }

            // The claim, one statement for all of the steward's datasets: concurrent rounds cannot split them into two messages.
            var candidates = group.Where(d => DatasetReminders.Key(d.NextReviewOn, d.StaleAfter, now) is { } key && d.ReminderSentFor != key).ToList();
            already += group.Count() - candidates.Count;
            if (candidates.Count == 0)
            {
                continue;
            }

            var ids = candidates.Select(d => d.Id).ToList();
            var rows = await db.Datasets.Where(d => ids.Contains(d.Id) && (d.ReminderSentFor == null || d.ReminderSentFor != d.NextReviewOn))
                .ExecuteUpdateAsync(s => s.SetProperty(d => d.ReminderSentFor, d => d.NextReviewOn), cancellationToken);
            if (rows == 0)
            {
                already += candidates.Count;
                continue;
            }

            var claimed = candidates.Select(d => (Dataset: d, Before: d.ReminderSentFor)).ToList();

            var language = RecipientLanguage.Of(steward.Language, organisation);
            string subject, body;
            using (RecipientLanguage.Use(language))
            {
                var today = DateOnly.FromDateTime(now.UtcDateTime);
                var lines = claimed.Select(c =>
                {
                    var d = c.Dataset;
                    var why = new List<string>();
                    if (d.NextReviewOn <= today)
                    {
                        why.Add(l["review due since {0}", d.NextReviewOn.ToString("d", System.Globalization.CultureInfo.CurrentCulture)]);
                    }

                    if (d.StaleAfter is { } s && s < now)
                    {
                        why.Add(l["not updated within its frequency"]);
                    }

                    return "- " + d.Title.Get(language) + " (" + string.Join("; ", why) + ")\n  " + publicBase + "/o/" + organisation.Slug + "/datasets/" + d.Slug;
                });
                subject = l["Datasets to review: {0}", organisation.Name.Get(language)];
                body = string.Join("\n\n", [
                    l["Hello {0},", steward.Name].Value,
                    l["You look after these datasets of {0}. Please check that what the register says is still right and mark them as reviewed, or report that the data was refreshed:", organisation.Name.Get(language)].Value,
                    string.Join("\n", lines),
                    l["Your list of datasets due for review:"] + " " + publicBase + "/o/" + organisation.Slug + "/datasets?status=due&mine=1",
                    l["Thank you."].Value]);
            }

            try
            {
                await email.SendAsync(address, subject, body, cancellationToken);
                sent++;
            }
#pragma warning disable CA1031 // One refused address must not stop the others: its datasets are freed for a later try.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                logger.LogWarning(ex, "Sending the review reminder to stakeholder {Stakeholder} failed.", steward.Id);
                foreach (var (dataset, before) in claimed)
                {
                    await db.Datasets.Where(d => d.Id == dataset.Id).ExecuteUpdateAsync(s => s.SetProperty(d => d.ReminderSentFor, before), CancellationToken.None);
                }

                failed++;
            }
        }

        return new DatasetReminderOutcome(sent, withoutAddress, already, failed);
    }
}
