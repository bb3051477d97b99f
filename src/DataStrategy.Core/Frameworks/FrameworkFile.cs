using System.Text;

namespace DataStrategy.Core.Frameworks;

/// <summary>A framework file of either format: ours when it says so, else the ODI Maturity Assessment Tool's.</summary>
public static class FrameworkFile
{
    /// <param name="language">The language of an ODI tool file (ours carry their own languages).</param>
    public static FrameworkParseResult Read(ReadOnlySpan<byte> content, string language)
    {
        if (content.StartsWith(Encoding.UTF8.Preamble))
        {
            content = content[Encoding.UTF8.Preamble.Length..];
        }

        return FrameworkJson.LooksLikeOurs(content) || !OdiFramework.LooksLikeOdi(content)
            ? FrameworkJson.Read(content)
            : OdiFramework.Read(content, language);
    }
}
