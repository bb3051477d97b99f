using DataStrategy.Core.Text;

namespace DataStrategy.Web.Pages.Datasets;

/// <summary>One line of the register list: only the columns it shows.</summary>
public sealed record DatasetRow(
    Guid Id, string Slug, LocalizedText Title, Guid? DepartmentId, Guid? OwnerId, Guid? StewardId, string Frequency, string AccessRight,
    DateTimeOffset? LastUpdatedAt, DateOnly NextReviewOn, DateTimeOffset? StaleAfter, bool Published, bool PersonalData, bool AuthenticSource);
