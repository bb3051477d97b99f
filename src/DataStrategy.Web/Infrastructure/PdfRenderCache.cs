using System.Collections.Concurrent;
using DataStrategy.Data;
using DataStrategy.Data.Analysis;
using DataStrategy.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace DataStrategy.Web.Infrastructure;

/// <summary>
/// PDFs made once per version of their content and kept in the database, for every instance (ADR 0030). A request
/// finds a stored PDF by the hash of its content; else it joins the rendering this instance runs for that hash; else it
/// claims the rendering in the database (one row per hash), so that only one instance runs LibreOffice and the others
/// wait for its result. Pages ask for a PDF ahead (<see cref="Warm"/>) when someone opens the page it is downloaded from.
/// </summary>
public sealed class PdfRenderCache(IServiceScopeFactory scopes, TimeProvider clock, IConfiguration configuration, ILogger<PdfRenderCache> logger)
{
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(150);

    /// <summary>A claim older than this is taken over: the instance that made it stopped.</summary>
    private static readonly TimeSpan StaleClaim = PdfConverter.Timeout + TimeSpan.FromSeconds(30);

    private readonly ConcurrentDictionary<string, Lazy<Task<byte[]>>> running = new(StringComparer.Ordinal);
    private int renders;

    /// <summary>Whether pages make their PDFs ahead (setting Documents:PrerenderPdf, on by default).</summary>
    public bool Prerender => configuration.GetValue("Documents:PrerenderPdf", true);

    /// <summary>How many conversions this instance has run (tests: concurrent requests convert once).</summary>
    public int Renders => Volatile.Read(ref renders);

    /// <summary>The key of a document's content (<see cref="DocumentKey.Of"/>).</summary>
    public static string KeyOf(string subject, object model) => DocumentKey.Of(subject, model);

    /// <summary>The PDF of a job: stored, being made (here or on another instance), or made now.</summary>
    public async Task<byte[]> GetAsync(PdfJob job, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(job);
        using (var scope = Scope(job.OrganisationId, out var db))
        {
            if (await db.RenderedPdfs.AsNoTracking().Where(r => r.Key == job.Key && r.Content != null).Select(r => r.Content).SingleOrDefaultAsync(cancellationToken) is { } stored)
            {
                return stored;
            }
        }

        // The rendering goes on when the reader leaves: the next reader gets it.
        return await Run(job).WaitAsync(cancellationToken);
    }

    /// <summary>Makes a PDF ahead, in the background: <paramref name="compose"/> reads the document in a scope of its own.</summary>
    public void Warm(Guid organisationId, Func<AppDbContext, Task<PdfJob?>> compose)
    {
        ArgumentNullException.ThrowIfNull(compose);
        if (!Prerender || !PdfConverter.IsAvailable())
        {
            return;
        }

        _ = Task.Run(async () =>
        {
            try
            {
                PdfJob? job;
                using (var scope = Scope(organisationId, out var db))
                {
                    job = await compose(db);
                }

                if (job is not null)
                {
                    await Run(job);
                }
            }
#pragma warning disable CA1031 // A rendering made ahead that fails is made again when the PDF is asked for.
            catch (Exception e)
#pragma warning restore CA1031
            {
                logger.LogWarning(e, "A PDF could not be made ahead.");
            }
        });
    }

    /// <summary>Waits for the renderings under way and forgets them (tests reset the database between tests).</summary>
    public async Task ResetAsync()
    {
        foreach (var task in running.Values.Select(l => l.Value))
        {
            try
            {
                await task.WaitAsync(PdfConverter.Timeout);
            }
#pragma warning disable CA1031 // Only waiting: the failure was logged.
            catch (Exception)
#pragma warning restore CA1031
            {
            }
        }

        running.Clear();
        Interlocked.Exchange(ref renders, 0);
    }

    private Task<byte[]> Run(PdfJob job)
    {
        var lazy = running.GetOrAdd(job.Key, _ => new Lazy<Task<byte[]>>(() => Task.Run(() => RenderOrWaitAsync(job))));
        var task = lazy.Value;
        _ = task.ContinueWith(_ => running.TryRemove(new KeyValuePair<string, Lazy<Task<byte[]>>>(job.Key, lazy)), CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default);
        return task;
    }

    private IServiceScope Scope(Guid organisationId, out AppDbContext db)
    {
        var scope = scopes.CreateScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().SetOrganisation(organisationId);
        db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return scope;
    }

    private async Task<byte[]> RenderOrWaitAsync(PdfJob job)
    {
        var giveUp = clock.GetUtcNow() + StaleClaim + PdfConverter.Timeout;
        while (true)
        {
            using var scope = Scope(job.OrganisationId, out var db);
            var row = await db.RenderedPdfs.AsNoTracking().Where(r => r.Key == job.Key).Select(r => new { r.Content, r.ClaimedAt }).SingleOrDefaultAsync();
            if (row?.Content is { } content)
            {
                return content;
            }

            var now = clock.GetUtcNow();
            if (row is null)
            {
                db.RenderedPdfs.Add(new RenderedPdf { Key = job.Key, OrganisationId = job.OrganisationId, Subject = job.Subject, ClaimedAt = now });
                try
                {
                    await db.SaveChangesAsync();
                    return await RenderAsync(db, job);
                }
                catch (DbUpdateException)
                {
                    // Another instance claimed it first: wait for its PDF.
                    db.ChangeTracker.Clear();
                }
            }
            else if (now - row.ClaimedAt > StaleClaim
                && await db.RenderedPdfs.Where(r => r.Key == job.Key && r.Content == null && r.ClaimedAt == row.ClaimedAt)
                    .ExecuteUpdateAsync(s => s.SetProperty(r => r.ClaimedAt, now)) == 1)
            {
                return await RenderAsync(db, job);
            }

            if (now > giveUp)
            {
                throw new TimeoutException("The PDF was claimed by another instance that did not finish it.");
            }

            await Task.Delay(Poll, clock);
        }
    }

    private async Task<byte[]> RenderAsync(AppDbContext db, PdfJob job)
    {
        byte[] pdf;
        try
        {
            Interlocked.Increment(ref renders);
            pdf = await PdfConverter.ConvertAsync(job.Docx(), CancellationToken.None);
        }
        catch
        {
            // Give the claim back, so that the next request tries again.
            await db.RenderedPdfs.Where(r => r.Key == job.Key && r.Content == null).ExecuteDeleteAsync();
            throw;
        }

        await db.RenderedPdfs.Where(r => r.Key == job.Key).ExecuteUpdateAsync(s => s.SetProperty(r => r.Content, pdf).SetProperty(r => r.RenderedAt, clock.GetUtcNow()));
        // One rendering per document: the versions before this one are not asked for again.
        await db.RenderedPdfs.Where(r => r.Subject == job.Subject && r.Key != job.Key && r.Content != null).ExecuteDeleteAsync();
        return pdf;
    }
}
