using DataStrategy.Data.Accounts;
using Microsoft.Extensions.Localization;

namespace DataStrategy.Web.Infrastructure;

/// <summary>Identity's errors in the page's language (the sentences are shared with dss: <see cref="LocalizedIdentityErrors"/>).</summary>
public sealed class LocalizedIdentityErrorDescriber(IStringLocalizer<SharedResource> l) : LocalizedIdentityErrors(l);
