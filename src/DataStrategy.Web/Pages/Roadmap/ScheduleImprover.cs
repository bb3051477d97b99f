using DataStrategy.Web.Infrastructure;
using System.Collections.Concurrent;
using System.Text.Json;
using DataStrategy.Core.Roadmap;
using DataStrategy.Data;
using DataStrategy.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace DataStrategy.Web.Pages.Roadmap;

/// <summary>
/// Keeps improving a schedule after the request that asked for it has answered ("good enough now, better in the
/// background"): the solver runs on with the full time limit and each better schedule is written to the proposal.
/// One search per organisation; a newer request cancels the older search.
/// A hosted service, so that the host cancels the searches and waits for them when it stops.
/// </summary>
public sealed class ScheduleImprover(IServiceScopeFactory scopes, TimeProvider clock, ILogger<ScheduleImprover> logger) : IHostedService, IDisposable
{
    private readonly ConcurrentDictionary<Guid, CancellationTokenSource> running = new();
    private readonly ConcurrentDictionary<Task, bool> searches = new();
    private readonly CancellationTokenSource stopping = new();

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private int disposed;

    public void Dispose()
    {
        if (Interlocked.Exchange(ref disposed, 1) == 0)
        {
            stopping.Dispose();
        }
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        // A host that is disposed without being stopped first stops its services after disposing them.
        if (Volatile.Read(ref disposed) == 1)
        {
            return;
        }

        try
        {
            await stopping.CancelAsync();
        }
        catch (ObjectDisposedException)
        {
            // Disposed between the check above and here (the host stops and disposes at once): nothing is left to stop.
            return;
        }

        await Task.WhenAll(searches.Keys).WaitAsync(cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
    }

    /// <summary>Cancels every search and waits until none is running (none writes to the database after this).</summary>
    public async Task CancelAllAsync()
    {
        foreach (var organisationId in running.Keys)
        {
            Cancel(organisationId);
        }

        await Task.WhenAll(searches.Keys).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
    }

    public void Cancel(Guid organisationId)
    {
        if (running.TryRemove(organisationId, out var old))
        {
            old.Cancel();
        }
    }

    public bool IsRunning(Guid organisationId) => running.ContainsKey(organisationId);

    public void Start(Guid organisationId, Guid proposalId, ScheduleProblem problem, SchedulerOptions options)
    {
        var cts = CancellationTokenSource.CreateLinkedTokenSource(stopping.Token);
        running.AddOrUpdate(organisationId, cts, (_, old) =>
        {
            old.Cancel();
            return cts;
        });
        var search = Task.Run(() => RunAsync(organisationId, proposalId, problem, options, cts));
        searches[search] = true;
        search.ContinueWith(t => searches.TryRemove(t, out _), TaskScheduler.Default);
    }

    private async Task RunAsync(Guid organisationId, Guid proposalId, ScheduleProblem problem, SchedulerOptions options, CancellationTokenSource cts)
    {
        try
        {
            ScheduleResult? latest = null;
            var solve = Task.Run(() => Scheduler.Solve(problem, options, cts.Token, r => Volatile.Write(ref latest, r)), cts.Token);
            ScheduleResult? written = null;
            while (!solve.IsCompleted)
            {
                await Task.WhenAny(solve, Task.Delay(TimeSpan.FromSeconds(1), cts.Token));
                var current = Volatile.Read(ref latest);
                if (current is not null && !ReferenceEquals(current, written) && !cts.IsCancellationRequested)
                {
                    await WriteAsync(organisationId, proposalId, problem, current, ProposalState.Running);
                    written = current;
                }
            }

            var final = await solve;
            if (!cts.IsCancellationRequested && (final.Status is ScheduleStatus.Optimal or ScheduleStatus.Feasible || written is null))
            {
                await WriteAsync(organisationId, proposalId, problem, final, ProposalState.Finished);
            }
            else if (!cts.IsCancellationRequested)
            {
                await WriteAsync(organisationId, proposalId, problem, written!, ProposalState.Finished);
            }
        }
#pragma warning disable CA1031 // A background search must never take the process down; the proposal keeps its last state.
        catch (Exception e)
#pragma warning restore CA1031
        {
            logger.LogInformation(e, "Background scheduling for {Organisation} stopped.", organisationId);
        }
        finally
        {
            running.TryRemove(new KeyValuePair<Guid, CancellationTokenSource>(organisationId, cts));
            cts.Dispose();
        }
    }

    private async Task WriteAsync(Guid organisationId, Guid proposalId, ScheduleProblem problem, ScheduleResult result, ProposalState state)
    {
        using var scope = scopes.CreateScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().SetOrganisation(organisationId);
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var proposal = await db.ScheduleProposals.SingleOrDefaultAsync(p => p.Id == proposalId);
        if (proposal is null || proposal.State != ProposalState.Running)
        {
            return;
        }

        proposal.Status = result.Status.ToString();
        proposal.Result = ProposalResult.Of(problem, result).ToJson();
        proposal.Finish = result.Finish;
        proposal.Seconds = Math.Round(result.Elapsed.TotalSeconds, 2);
        proposal.State = state;
        proposal.UpdatedAt = clock.GetUtcNow();
        proposal.Version = Guid.NewGuid();
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateConcurrencyException)
        {
            // The proposal was applied or discarded meanwhile: that decision stands.
        }
    }
}
