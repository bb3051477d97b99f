using DataStrategy.Core.Text;

namespace DataStrategy.Core.Tests.Text;

public class TextDecoderTests
{
    private const string Sample = "Société;Naïve;Œuvre;€ 5;Straße";

    [Fact]
    public void Decode_Utf8WithoutBom_ReturnsText()
    {
        var text = TextDecoder.Decode(TestFiles.Utf8(Sample), out _);

        Assert.Equal(Sample, text);
    }

    [Fact]
    public void Decode_Utf8WithoutBom_ReportsUtf8()
    {
        TextDecoder.Decode(TestFiles.Utf8(Sample), out var encoding);

        Assert.Equal("utf-8", encoding);
    }

    [Fact]
    public void Decode_Utf8WithBom_ReturnsTextWithoutBom()
    {
        var text = TextDecoder.Decode(TestFiles.Utf8WithBom(Sample), out _);

        Assert.Equal(Sample, text);
    }

    [Fact]
    public void Decode_Utf8WithBom_ReportsUtf8Bom()
    {
        TextDecoder.Decode(TestFiles.Utf8WithBom(Sample), out var encoding);

        Assert.Equal("utf-8-bom", encoding);
    }

    [Fact]
    public void Decode_Utf16LeWithBom_ReturnsTextWithoutBom()
    {
        var text = TextDecoder.Decode(TestFiles.Utf16LeWithBom(Sample), out var encoding);

        Assert.Equal(Sample, text);
        Assert.Equal("utf-16le", encoding);
    }

    [Fact]
    public void Decode_Utf16BeWithBom_ReturnsTextWithoutBom()
    {
        var text = TextDecoder.Decode(TestFiles.Utf16BeWithBom(Sample), out var encoding);

        Assert.Equal(Sample, text);
        Assert.Equal("utf-16be", encoding);
    }

    [Fact]
    public void Decode_Windows1252Bytes_ReturnsAccentedText()
    {
        var bytes = TestFiles.Cp1252("Société");

        var text = TextDecoder.Decode(bytes, out _);

        Assert.Equal("Société", text);
    }

    [Fact]
    public void Decode_Windows1252Bytes_ReportsWindows1252()
    {
        TextDecoder.Decode(TestFiles.Cp1252("Société"), out var encoding);

        Assert.Equal("windows-1252", encoding);
    }

    [Fact]
    public void Decode_Windows1252SpecificCharacters_MapsEuroAndLigatures()
    {
        // 0x80 is € and 0x9C is œ in Windows-1252 (they are control characters in Latin-1).
        var bytes = TestFiles.Cp1252("€ cœur");

        var text = TextDecoder.Decode(bytes, out _);

        Assert.Equal("€ cœur", text);
    }

    [Fact]
    public void Decode_PureAscii_ReportsUtf8()
    {
        var text = TextDecoder.Decode("name,email"u8, out var encoding);

        Assert.Equal("name,email", text);
        Assert.Equal("utf-8", encoding);
    }

    [Fact]
    public void Decode_Empty_ReturnsEmptyString()
    {
        var text = TextDecoder.Decode([], out _);

        Assert.Equal(string.Empty, text);
    }

    [Fact]
    public void Decode_BomOnly_ReturnsEmptyString()
    {
        var text = TextDecoder.Decode([0xEF, 0xBB, 0xBF], out var encoding);

        Assert.Equal(string.Empty, text);
        Assert.Equal("utf-8-bom", encoding);
    }
}
