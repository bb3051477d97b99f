namespace DataStrategy.Web.Tests.Infrastructure;

/// <summary>The person whom <see cref="TestIdentityProvider"/> signs in, with the claims the test chooses.</summary>
/// <param name="Subject">The provider's stable identifier for the person (<c>sub</c>).</param>
/// <param name="Email">The <c>email</c> claim, or null for none.</param>
/// <param name="EmailVerified">The <c>email_verified</c> claim: a bool (a JSON boolean), a string (a JSON string), or null for none.</param>
/// <param name="InIdToken">Whether email and email_verified are in the ID token as well as at the userinfo endpoint (some providers give them only there).</param>
public sealed record TestIdentityUser(string Subject, string? Email, object? EmailVerified, string Name = "Test Person", bool InIdToken = true);
