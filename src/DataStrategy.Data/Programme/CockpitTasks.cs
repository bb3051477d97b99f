namespace DataStrategy.Data.Programme;

/// <summary>What the people who run the programme have to do next, each list ordered by urgency.</summary>
public sealed record CockpitTasks(
    int InterviewsToCapture,
    IReadOnlyList<InterviewTask> NextInterviews,
    IReadOnlyList<SurveyRate> SurveyRates,
    IReadOnlyList<SuggestionTask> Suggestions,
    IReadOnlyList<OverdueAction> OverdueActions,
    IReadOnlyList<OverdueInitiative> OverdueInitiatives,
    IReadOnlyList<TranslationGap> MissingTranslations)
{
    public bool IsEmpty => InterviewsToCapture == 0 && SurveyRates.Count == 0 && Suggestions.Count == 0 && OverdueActions.Count == 0
        && OverdueInitiatives.Count == 0 && MissingTranslations.Count == 0;
}
