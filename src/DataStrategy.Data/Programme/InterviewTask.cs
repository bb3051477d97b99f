using DataStrategy.Core.Text;

namespace DataStrategy.Data.Programme;

/// <summary>An interview planned or begun and not yet captured: no name, only its campaign, department and time.</summary>
public sealed record InterviewTask(Guid ResponseId, Guid CampaignId, LocalizedText CampaignName, LocalizedText? DepartmentName, DateTimeOffset? ScheduledAt);
