namespace DataStrategy.Core.Programme;

/// <summary>
/// How each phase's state follows from the programme's data: the one place that decides when a phase has
/// started and when it is done. The cockpit's composer counts, these rules judge.
/// </summary>
public static class PhaseRules
{
    /// <summary>
    /// The assessment: not started until answers come in (or collection is open); done once the campaign moves
    /// to analysis or is closed.
    /// </summary>
    public static PhaseState Assessment(bool hasCampaign, bool collectingOrLater, bool analysedOrClosed, int completedResponses)
    {
        if (!hasCampaign)
        {
            return PhaseState.NotStarted;
        }

        if (analysedOrClosed)
        {
            return PhaseState.Done;
        }

        return collectingOrLater || completedResponses > 0 ? PhaseState.InProgress : PhaseState.NotStarted;
    }

    /// <summary>The findings workshop: started with the first finding or workshop, done once a workshop has ended and none is live.</summary>
    public static PhaseState FindingsWorkshop(int findings, int workshops, int liveWorkshops, int endedWorkshops)
    {
        if (endedWorkshops > 0 && liveWorkshops == 0)
        {
            return PhaseState.Done;
        }

        return findings > 0 || workshops > 0 ? PhaseState.InProgress : PhaseState.NotStarted;
    }

    /// <summary>The working sessions: started when the first session has been held, done when every planned session has been.</summary>
    public static PhaseState WorkingSessions(int sessions, int held)
    {
        if (sessions == 0 || held == 0)
        {
            return PhaseState.NotStarted;
        }

        return held >= sessions ? PhaseState.Done : PhaseState.InProgress;
    }

    /// <summary>The strategy's review steps: drafting, in review, approved, published.</summary>
    public const int StrategySteps = 4;

    /// <summary>The strategy: started with its first item, done when a version is published.</summary>
    public static PhaseState Strategy(int items, int versions, bool published)
    {
        if (published)
        {
            return PhaseState.Done;
        }

        return items > 0 || versions > 0 ? PhaseState.InProgress : PhaseState.NotStarted;
    }

    /// <summary>The roadmap: started with its first initiative, done when every initiative that was not cancelled is done.</summary>
    public static PhaseState Roadmap(int initiatives, int cancelled, int done)
    {
        var live = initiatives - cancelled;
        if (initiatives == 0)
        {
            return PhaseState.NotStarted;
        }

        return live > 0 && done >= live ? PhaseState.Done : PhaseState.InProgress;
    }

    /// <summary>The Show &amp; Tell: started when an event is planned or a case study written, done once an event has been held.</summary>
    public static PhaseState ShowAndTell(int events, int held, int caseStudies)
    {
        if (held > 0)
        {
            return PhaseState.Done;
        }

        return events > 0 || caseStudies > 0 ? PhaseState.InProgress : PhaseState.NotStarted;
    }

    /// <summary>The strategy's step for the progress bar: 1 drafting, 2 in review (or changes requested), 3 approved, 4 published.</summary>
    public static int StrategyStep(bool hasItems, bool inReview, bool approved, bool published) =>
        published ? 4 : approved ? 3 : inReview ? 2 : hasItems ? 1 : 0;
}
