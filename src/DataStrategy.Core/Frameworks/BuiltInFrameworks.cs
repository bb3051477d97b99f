namespace DataStrategy.Core.Frameworks;

/// <summary>Frameworks that ship with the product (embedded JSON in our own format).</summary>
public static class BuiltInFrameworks
{
    public const string CityKey = "city-data-maturity";

    /// <summary>The City Data Maturity Framework, written for city administrations, in French, Dutch and English.</summary>
    public static FrameworkDefinition City() => Load("city-data-maturity.json");

    public static byte[] CityJson() => Bytes("city-data-maturity.json");

    private static FrameworkDefinition Load(string name)
    {
        var result = FrameworkJson.Read(Bytes(name));
        return result.Framework ?? throw new InvalidOperationException($"Built-in framework {name} is invalid: {string.Join("; ", result.Issues)}");
    }

    private static byte[] Bytes(string name)
    {
        using var stream = typeof(BuiltInFrameworks).Assembly.GetManifestResourceStream("DataStrategy.Core.Frameworks.BuiltIn." + name)
            ?? throw new InvalidOperationException("Missing embedded framework " + name);
        using var ms = new MemoryStream();
        stream.CopyTo(ms);
        return ms.ToArray();
    }
}
