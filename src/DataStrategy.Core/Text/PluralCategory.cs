namespace DataStrategy.Core.Text;

/// <summary>The CLDR plural categories the product's languages use for cardinal numbers.</summary>
public enum PluralCategory
{
    /// <summary>The singular form: "1 interview"; in French also "0 entretien" and "1,5 jour".</summary>
    One,

    /// <summary>The plural form: "2 interviews", "0 interviews" in English and Dutch.</summary>
    Other,
}
