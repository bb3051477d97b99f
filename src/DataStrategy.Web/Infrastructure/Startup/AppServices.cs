using DataStrategy.Data;
using DataStrategy.Web.Api;
using DataStrategy.Web.Pages.Roadmap;

namespace DataStrategy.Web.Infrastructure.Startup;

/// <summary>The database, the tenant of the request, and the app's own services.</summary>
public static class AppServices
{
    public static IServiceCollection AddDssServices(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddAppDatabase(configuration);
        // No "Server: Kestrel" on every response: it tells an attacker what to look up, and nobody else needs it.
        services.Configure<Microsoft.AspNetCore.Server.Kestrel.Core.KestrelServerOptions>(o => o.AddServerHeader = false);
        services.AddHttpContextAccessor();
        services.AddSingleton(TimeProvider.System);
        services.AddScoped<TenantContext>();
        services.AddScoped<ITenantContext>(sp => sp.GetRequiredService<TenantContext>());
        services.AddScoped<IActor, HttpActor>();
        services.AddSingleton<ScheduleImprover>();
        services.AddHostedService(sp => sp.GetRequiredService<ScheduleImprover>());
        services.AddSingleton<SetupState>();
        services.AddSingleton<PublicCache>();
        services.AddSingleton<PageCache>();
        services.AddSingleton<TenantCache>();
        services.AddHostedService<AccessChangeListener>();
        services.AddSingleton<PdfRenderCache>();
        services.Configure<SmtpSettings>(configuration.GetSection("Smtp"));
        services.AddSingleton<IEmailSender, SmtpEmailSender>();
        services.AddScoped<SurveyMailer>();
        services.AddScoped<DatasetReminderMailer>();
        services.AddOpenApi("v1", ApiDocument.Configure);
        return services;
    }
}
