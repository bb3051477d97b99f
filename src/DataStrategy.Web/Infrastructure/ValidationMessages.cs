using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace DataStrategy.Web.Infrastructure;

/// <summary>Model-binding messages ("not a number", "required") in the reader's language.</summary>
public sealed class ValidationMessages(IStringLocalizerFactory factory) : IConfigureOptions<MvcOptions>
{
    public void Configure(MvcOptions options)
    {
        var l = factory.Create(typeof(SharedResource));
        var p = options.ModelBindingMessageProvider;
        p.SetValueIsInvalidAccessor(v => l["The value '{0}' is not valid.", v]);
        p.SetAttemptedValueIsInvalidAccessor((v, f) => l["The value '{0}' is not valid for {1}.", v, f]);
        p.SetMissingBindRequiredValueAccessor(f => l["A value for {0} is required.", f]);
        p.SetMissingKeyOrValueAccessor(() => l["A value is required."]);
        p.SetMissingRequestBodyRequiredValueAccessor(() => l["A value is required."]);
        p.SetNonPropertyAttemptedValueIsInvalidAccessor(v => l["The value '{0}' is not valid.", v]);
        p.SetNonPropertyUnknownValueIsInvalidAccessor(() => l["The value is not valid."]);
        p.SetNonPropertyValueMustBeANumberAccessor(() => l["The value must be a number."]);
        p.SetUnknownValueIsInvalidAccessor(f => l["The value for {0} is not valid.", f]);
        p.SetValueMustBeANumberAccessor(f => l["{0} must be a number.", f]);
        p.SetValueMustNotBeNullAccessor(f => l["A value for {0} is required.", f]);
    }
}
