namespace DataStrategy.Web.Infrastructure;

/// <summary>
/// What a mistyped code (workshop at /w, Show &amp; Tell feedback at /f) shows, with answer 404: what went wrong, in
/// the reader's language, and the form to type the code again.
/// </summary>
/// <param name="Action">Where the code form posts ("/w" or "/f").</param>
/// <param name="Title">The page's heading (resource key already localised).</param>
/// <param name="Message">Why nothing was found (localised).</param>
/// <param name="Typed">The code as it was typed, shown back (encoded) so that the reader sees the slip.</param>
/// <param name="Button">The button's label (localised).</param>
public sealed record WrongCode(string Action, string Title, string Message, string? Typed, string Button);
