namespace DataStrategy.Core.Tests;

public class LanguagesTests
{
    [Fact]
    public void All_Always_ListsFrenchDutchEnglishInDisplayOrder()
    {
        Assert.Equal(["fr", "nl", "en"], Languages.All);
    }

    [Theory]
    [InlineData("fr")]
    [InlineData("nl")]
    [InlineData("en")]
    public void IsSupported_ShippedLanguage_ReturnsTrue(string code)
    {
        Assert.True(Languages.IsSupported(code));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("de")]
    [InlineData("FR")]
    [InlineData("fr-BE")]
    public void IsSupported_OtherCode_ReturnsFalse(string? code)
    {
        Assert.False(Languages.IsSupported(code));
    }

    [Theory]
    [InlineData("fr", "French", "Français")]
    [InlineData("nl", "Dutch", "Nederlands")]
    [InlineData("en", "English", "English")]
    public void Names_ShippedLanguage_AreItsEnglishAndNativeNames(string code, string english, string native)
    {
        Assert.Equal(english, Languages.EnglishName(code));
        Assert.Equal(native, Languages.NativeName(code));
    }

    [Fact]
    public void EnglishName_OtherCode_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Languages.EnglishName("xx"));
    }

    [Fact]
    public void Content_Always_ListsFrenchDutchGermanEnglish_AndGermanIsNoInterfaceLanguage()
    {
        Assert.Equal(["fr", "nl", "de", "en"], Languages.Content);
        Assert.True(Languages.IsContent("de"));
        Assert.False(Languages.IsSupported("de"));
        Assert.Equal(("German", "Deutsch"), (Languages.EnglishName("de"), Languages.NativeName("de")));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("xx")]
    [InlineData("DE")]
    [InlineData("de-BE")]
    [InlineData("<script>")]
    public void IsContent_OtherCode_ReturnsFalse(string? code)
    {
        Assert.False(Languages.IsContent(code));
    }
}
