using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using System.Net;

namespace DataStrategy.Web.Tests.Infrastructure;

/// <summary>
/// The test server has no TCP connection, so no client address: a request may say which address it came from in
/// <see cref="Header"/> (a test playing the reverse proxy at 127.0.0.1, or a client on the network). Runs before the
/// application's own pipeline, forwarded headers included.
/// </summary>
public sealed class TestClientAddress : IStartupFilter
{
    public const string Header = "X-Test-Connection-Address";

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((context, nextStep) =>
        {
            if (context.Request.Headers.TryGetValue(Header, out var value) && IPAddress.TryParse(value, out var address))
            {
                context.Connection.RemoteIpAddress = address;
                context.Request.Headers.Remove(Header);
            }

            return nextStep(context);
        });
        next(app);
    };
}
