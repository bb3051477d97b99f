using DataStrategy.Web.Infrastructure.Startup;

var builder = WebApplication.CreateBuilder(args);
builder.Services
    .AddDssServices(builder.Configuration)
    .AddDssDeployment(builder.Configuration)
    .AddDssIdentity(builder.Configuration)
    .AddDssRateLimits(builder.Configuration)
    .AddDssPages();

var app = builder.Build();
await app.PrepareDatabaseAsync();
app.UseDssPipeline().MapDssEndpoints();
await app.RunAsync();

namespace DataStrategy.Web
{
    /// <summary>The entry point, named for the test host (WebApplicationFactory&lt;Program&gt;).</summary>
    public partial class Program;
}
