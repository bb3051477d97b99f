using Xunit.Sdk;

namespace DataStrategy.Browser.Tests;

/// <summary>The accessibility check itself: it must fail on a page that breaks WCAG, and pass on one that does not.</summary>
[Collection(AppCollection.Name)]
public sealed class AccessibilityCheckTests(AppHost host)
{
    [Fact]
    public async Task AssertAccessible_PageWithUnlabelledInputAndFaintText_FailsNamingTheRules()
    {
        var page = await host.NewPageAsync();
        await page.SetContentAsync(
            """
            <!doctype html><html lang="en"><head><title>Broken</title></head><body><main><h1>Broken</h1>
            <p style="color:#ccc;background:#fff">Faint text nobody can read</p>
            <input type="text">
            <img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">
            </main></body></html>
            """);

        var failure = await Assert.ThrowsAsync<TrueException>(() => page.AssertAccessibleAsync("axe-canary-broken"));

        Assert.Contains("color-contrast", failure.Message, StringComparison.Ordinal);
        Assert.Contains("label", failure.Message, StringComparison.Ordinal);
        Assert.Contains("image-alt", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AssertAccessible_SamePageCheckedTwice_LoadsAxeOnceAndPassesACleanPage()
    {
        var page = await host.NewPageAsync();
        await page.SetContentAsync(
            """
            <!doctype html><html lang="en"><head><title>Fine</title></head><body><main><h1>Fine</h1>
            <label for="n">Name</label><input id="n" type="text"></main></body></html>
            """);

        await page.AssertAccessibleAsync("axe-canary-fine");
        await page.EvaluateAsync("() => { window.axe.__checked = true; }");
        await page.AssertAccessibleAsync("axe-canary-fine-again");

        Assert.True(await page.EvaluateAsync<bool>("() => window.axe.__checked === true"));
    }
}
