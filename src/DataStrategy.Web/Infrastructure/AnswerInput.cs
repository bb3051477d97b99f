namespace DataStrategy.Web.Infrastructure;

/// <summary>One question's answer as a form posts it (interview capture and survey pages).</summary>
public sealed class AnswerInput
{
    public string QuestionId { get; set; } = string.Empty;

    /// <summary>"1"…"n", "dk" (don't know), "na" (not applicable) or empty (not answered).</summary>
    public string? Level { get; set; }

    public string? Target { get; set; }

    public string? Evidence { get; set; }
}
