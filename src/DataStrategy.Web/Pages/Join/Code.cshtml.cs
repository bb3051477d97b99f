using DataStrategy.Web.Pages.Workshops;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace DataStrategy.Web.Pages.Join;

/// <summary>Where participants type the workshop's code.</summary>
[AllowAnonymous]
[EnableRateLimiting(RateLimits.Workshop)]
public sealed class CodeModel : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Code { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Unknown { get; set; }

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

        return Redirect("/w/" + code);
    }
}
