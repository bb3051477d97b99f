namespace DataStrategy.Web.Pages.Shared;

/// <summary>
/// What an empty list says instead of bare table headers: what belongs here and what to do next, with the link to
/// do it (<see cref="ActionUrl"/>, left out when the reader may not act; <see cref="Hint"/> then says who does).
/// </summary>
public sealed record EmptyState(string Message, string? ActionText = null, string? ActionUrl = null, string? TestId = null, string? Hint = null)
{
    /// <summary>An empty state whose action is offered only to a reader who <paramref name="canAct"/>; the others read <paramref name="hint"/>.</summary>
    public static EmptyState Of(string message, bool canAct, string actionText, string actionUrl, string testId, string? hint = null) =>
        new(message, canAct ? actionText : null, canAct ? actionUrl : null, testId, canAct ? null : hint);
}
