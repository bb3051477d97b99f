using DataStrategy.Data;
using Microsoft.AspNetCore.Mvc.Filters;

namespace DataStrategy.Web.Infrastructure;

/// <summary>One transaction per POST: a handler's writes land together or not at all.</summary>
public sealed class TransactionPageFilter(AppDbContext db) : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        if (!HttpMethods.IsPost(context.HttpContext.Request.Method) || db.Database.CurrentTransaction is not null ||
            context.HandlerMethod?.MethodInfo.IsDefined(typeof(SingleSaveAttribute), inherit: false) == true)
        {
            await next();
            return;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(context.HttpContext.RequestAborted);
        var executed = await next();
        if (executed.Exception is null || executed.ExceptionHandled)
        {
            await transaction.CommitAsync(CancellationToken.None);
        }
    }
}
