namespace DataStrategy.Data.Surveys;

/// <summary>A campaign's survey response rates: per department, in total, and who has not answered yet.</summary>
public sealed record SurveyResponseRateReport(Guid CampaignId, IReadOnlyList<DepartmentResponseRate> Departments, DepartmentResponseRate Total, IReadOnlyList<PendingRespondent> Pending)
{
    /// <summary>The pending respondents due for a reminder after <paramref name="afterDays"/> days (<see cref="PendingRespondent.DueForReminder"/>).</summary>
    public IEnumerable<PendingRespondent> DueForReminder(DateTimeOffset now, int afterDays) => Pending.Where(p => p.DueForReminder(now, afterDays));
}
