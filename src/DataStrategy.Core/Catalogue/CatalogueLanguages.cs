using DataStrategy.Core.Text;

namespace DataStrategy.Core.Catalogue;

/// <summary>The EU language authority table's concepts for the content languages, with their labels.</summary>
public static class CatalogueLanguages
{
    private const string Authority = "http://publications.europa.eu/resource/authority/language/";

    /// <summary>http://publications.europa.eu/resource/authority/language/FRA for "fr"; null for a code it does not know.</summary>
    public static string? Uri(string code) => code switch
    {
        Languages.French => Authority + "FRA",
        Languages.Dutch => Authority + "NLD",
        Languages.German => Authority + "DEU",
        Languages.English => Authority + "ENG",
        _ => null,
    };

    /// <summary>The language's name in fr, nl, de and en.</summary>
    public static LocalizedText Label(string code) => code switch
    {
        Languages.French => LocalizedText.Of(fr: "français", nl: "Frans", en: "French", de: "Französisch"),
        Languages.Dutch => LocalizedText.Of(fr: "néerlandais", nl: "Nederlands", en: "Dutch", de: "Niederländisch"),
        Languages.German => LocalizedText.Of(fr: "allemand", nl: "Duits", en: "German", de: "Deutsch"),
        Languages.English => LocalizedText.Of(fr: "anglais", nl: "Engels", en: "English", de: "Englisch"),
        _ => LocalizedText.Of(en: code),
    };
}
