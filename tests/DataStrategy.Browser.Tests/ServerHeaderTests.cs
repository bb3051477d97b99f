namespace DataStrategy.Browser.Tests;

/// <summary>The app as it is deployed (Kestrel, a process of its own) does not say what server it runs on.</summary>
[Collection(AppCollection.Name)]
public sealed class ServerHeaderTests(AppHost host)
{
    [Theory]
    [InlineData("/account/login")]
    [InlineData("/css/site.css")]
    [InlineData("/does-not-exist")]
    public async Task Responses_CarryNoServerHeader(string path)
    {
        using var client = new HttpClient { BaseAddress = new Uri(host.BaseUrl) };

        using var response = await client.GetAsync(path);

        Assert.False(response.Headers.Contains("Server"), $"{path}: Server: {string.Join(", ", response.Headers.TryGetValues("Server", out var v) ? v : [])}");
        Assert.True(response.Headers.Contains("X-Content-Type-Options"), $"{path} was not answered by the app");
    }
}
