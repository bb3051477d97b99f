using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace DataStrategy.Web.Pages;

[AllowAnonymous]
[IgnoreAntiforgeryToken]
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
public sealed class ErrorModel(IStringLocalizer<SharedResource> l) : PageModel
{
    public string Title { get; private set; } = string.Empty;

    public string Message { get; private set; } = string.Empty;

    public void OnGet(int? code) => Describe(code);

    // Errors re-executed from a POST arrive here as POST; render the same page.
    public void OnPost(int? code) => Describe(code);

    private void Describe(int? code)
    {
        var status = code ?? StatusCodes.Status500InternalServerError;
        if (code is null && HttpContext.Response.StatusCode < 400)
        {
            HttpContext.Response.StatusCode = StatusCodes.Status500InternalServerError;
        }

        (Title, Message) = status switch
        {
            404 => ((string)l["Page not found"], (string)l["This page does not exist, or you do not have access to it."]),
            403 => ((string)l["Access denied"], (string)l["Your role in this organisation does not allow this. Ask an administrator if you need access."]),
            400 => ((string)l["Bad request"], (string)l["The request could not be understood. If you submitted a form, reload the page and try again."]),
            429 => ((string)l["Too many attempts"], (string)l["Please wait a minute before trying again."]),
            413 => ((string)l["File too large"], (string)l["The file is larger than the application accepts."]),
            _ => ((string)l["Something went wrong"], (string)l["An unexpected error occurred. Nothing was changed. Please try again later."]),
        };
    }
}
