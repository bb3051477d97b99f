namespace DataStrategy.Web.Api;

/// <summary>The organisation the token is for, the member's role and the token's scope.</summary>
public sealed record OrganisationDto(Guid Id, string Slug, Texts Name, IReadOnlyList<string> Languages, string Role, string Scope, string PublicSite);
