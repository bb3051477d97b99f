namespace DataStrategy.Web.Api;

public sealed record CaseStudyDto(Guid Id, string Slug, string Status, Texts Title, Texts Summary, Guid? Department, DateTimeOffset? PublishedAt, string? PublicUrl);
