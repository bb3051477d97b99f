using DataStrategy.Core.Text;

namespace DataStrategy.Core.Tests.Text;

public sealed class PluralTests
{
    [Theory]
    [InlineData("fr", 0, PluralCategory.One)]
    [InlineData("fr", 1, PluralCategory.One)]
    [InlineData("fr", 2, PluralCategory.Other)]
    [InlineData("fr-BE", 0, PluralCategory.One)]
    [InlineData("nl", 0, PluralCategory.Other)]
    [InlineData("nl", 1, PluralCategory.One)]
    [InlineData("nl", 2, PluralCategory.Other)]
    [InlineData("en", 0, PluralCategory.Other)]
    [InlineData("en", 1, PluralCategory.One)]
    [InlineData("en", -1, PluralCategory.One)]
    [InlineData("de", 1, PluralCategory.One)]
    [InlineData("de", 0, PluralCategory.Other)]
    public void Of_WholeNumber_FollowsTheLanguageRule(string language, long n, PluralCategory expected) =>
        Assert.Equal(expected, Plural.Of(language, n));

    [Theory]
    [InlineData("fr", "1.5", PluralCategory.One)] // "1,5 jour"
    [InlineData("fr", "0.5", PluralCategory.One)]
    [InlineData("fr", "2.5", PluralCategory.Other)]
    [InlineData("nl", "1.0", PluralCategory.Other)] // "1,0 dagen": visible decimals are plural
    [InlineData("en", "1.0", PluralCategory.Other)]
    [InlineData("en", "1", PluralCategory.One)]
    [InlineData("en", "1.5", PluralCategory.Other)]
    public void Of_WrittenDecimal_FollowsTheVisibleDigits(string language, string written, PluralCategory expected) =>
        Assert.Equal(expected, Plural.Of(language, decimal.Parse(written, System.Globalization.CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData("fr", 0.96, "0.0", PluralCategory.One)] // "1,0"
    [InlineData("en", 0.96, "0.0", PluralCategory.Other)] // "1.0 days"
    [InlineData("en", 0.96, "0", PluralCategory.One)] // "1 day"
    [InlineData("fr", 1.96, "0.0", PluralCategory.Other)] // "2,0"
    public void Of_FormattedDouble_FollowsTheTextShown(string language, double n, string format, PluralCategory expected) =>
        Assert.Equal(expected, Plural.Of(language, n, format));
}
