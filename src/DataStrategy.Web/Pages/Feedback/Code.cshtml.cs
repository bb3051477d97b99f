using DataStrategy.Web.Pages.Workshops;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace DataStrategy.Web.Pages.Feedback;

/// <summary>Where Show &amp; Tell attendees type the event's code.</summary>
[AllowAnonymous]
[EnableRateLimiting(RateLimits.Workshop)]
public sealed class CodeModel : PageModel
{
    [BindProperty]
    public string? Code { get; set; }

    public bool Unknown { get; private set; }

    public void OnGet()
    {
    }

    public IActionResult OnPost()
    {
        var code = Participation.NormaliseCode(Code);
        if (code.Length != 6)
        {
            Unknown = true;
            return Page();
        }

        return Redirect("/f/" + code);
    }
}
