namespace DataStrategy.Web.Pages.Workshops;

public enum SlideKind
{
    Welcome,
    Themes,
    Finding,
    Vote,
    Ranking,
}
