namespace DataStrategy.Web.Api;

#pragma warning disable SA1649 // The API's response and request shapes, documented together.

/// <summary>Texts in each of the organisation's languages, keyed "fr", "nl", "en".</summary>
public sealed class Texts : Dictionary<string, string>
{
    public Texts()
        : base(StringComparer.Ordinal)
    {
    }

    public Texts(IEnumerable<KeyValuePair<string, string>> values)
        : base(values, StringComparer.Ordinal)
    {
    }
}
