using System.Globalization;
using DataStrategy.Core;
using DataStrategy.Data;
using DataStrategy.Web.Infrastructure.Binding;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Razor;
using Microsoft.Extensions.Options;

namespace DataStrategy.Web.Infrastructure.Startup;

/// <summary>Razor Pages in three languages, with one transaction per POST and localized validation messages.</summary>
public static class PageSetup
{
    /// <summary>The largest multipart request (uploads) the app reads.</summary>
    public const long MaxMultipartBytes = 6 * 1024 * 1024;

    public static IServiceCollection AddDssPages(this IServiceCollection services)
    {
        services.AddLocalization(o => o.ResourcesPath = "Resources");
        // French and Dutch text is written as text, not as &#xE9; entities (still HTML-encoded for safety).
        services.AddWebEncoders(o => o.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
        services.Configure<RequestLocalizationOptions>(o =>
        {
            var cultures = Languages.All.Select(c => new CultureInfo(c)).ToList();
            o.DefaultRequestCulture = new RequestCulture(Languages.English);
            o.SupportedCultures = cultures;
            o.SupportedUICultures = cultures;
            o.RequestCultureProviders =
            [
                new QueryStringRequestCultureProvider(),
                new CookieRequestCultureProvider { CookieName = CookieRequestCultureProvider.DefaultCookieName },
                new AcceptLanguageHeaderRequestCultureProvider(),
            ];
        });

        services.AddRazorPages(o => o.Conventions.AllowAnonymousToFolder("/Public"))
            .AddViewLocalization(LanguageViewLocationExpanderFormat.Suffix)
            .AddDataAnnotationsLocalization(o => o.DataAnnotationLocalizerProvider = (_, factory) => factory.Create(typeof(SharedResource)))
            .AddMvcOptions(o =>
            {
                o.Filters.Add<UnknownHandlerFilter>();
                o.Filters.Add<TransactionPageFilter>();
                o.ModelBinderProviders.Insert(0, new DecimalModelBinderProvider());
            });
        services.AddSingleton<IConfigureOptions<MvcOptions>, ValidationMessages>();
        services.AddSingleton<Microsoft.AspNetCore.Mvc.ViewFeatures.CookieTempDataProvider>();
        services.AddSingleton<Microsoft.AspNetCore.Mvc.ViewFeatures.ITempDataProvider>(sp => new QuietTempDataProvider(sp.GetRequiredService<Microsoft.AspNetCore.Mvc.ViewFeatures.CookieTempDataProvider>()));
        services.Configure<FormOptions>(o => o.MultipartBodyLengthLimit = MaxMultipartBytes);
        services.AddHealthChecks().AddDbContextCheck<AppDbContext>("database", tags: [DeploymentSetup.ReadyTag]);
        return services;
    }
}
