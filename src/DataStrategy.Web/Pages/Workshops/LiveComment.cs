namespace DataStrategy.Web.Pages.Workshops;

/// <summary>A participant's comment as the presenter shows it: the words and the language they were written in (a code, or null).</summary>
public sealed record LiveComment(string Text, string? Language);
