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
}
