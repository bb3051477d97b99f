using DataStrategy.Core.Text;

namespace DataStrategy.Core.Tests.Text;

public class LocalizedTextResolveTests
{
    [Fact]
    public void Resolve_ReadersLanguagePresent_IsNotAFallback()
    {
        var r = LocalizedText.Of(fr: "Titre", nl: "Titel").Resolve("nl");
        Assert.Equal(new ResolvedText("Titel", "nl", false), r);
        Assert.Null(r.LangFor("nl"));
    }

    [Fact]
    public void Resolve_Missing_PrefersTheOrganisationsLanguagesAndNamesTheLanguageShown()
    {
        var text = LocalizedText.Of(fr: "Titre", en: "Title");
        var r = text.Resolve("nl", ["fr", "nl"]);
        Assert.Equal(new ResolvedText("Titre", "fr", true), r);
        Assert.Equal("fr", r.LangFor("nl"));
        Assert.Equal("Title", text.Resolve("nl").Text);
    }

    [Fact]
    public void Resolve_Empty_IsEmptyInTheReadersLanguage()
    {
        var r = new LocalizedText().Resolve("fr");
        Assert.Equal(string.Empty, r.Text);
        Assert.Null(r.LangFor("fr"));
    }
}
