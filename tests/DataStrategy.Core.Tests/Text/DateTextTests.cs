using System.Globalization;
using DataStrategy.Core.Text;

namespace DataStrategy.Core.Tests.Text;

public class DateTextTests
{
    [Theory]
    [InlineData("fr", 1, "1er déc. 2025")]
    [InlineData("fr", 2, "2 déc. 2025")]
    [InlineData("nl", 1, "1 dec 2025")]
    [InlineData("en", 1, "1 Dec 2025")]
    public void Abbreviated_FirstOfTheMonthInFrench_IsAnOrdinal(string language, int day, string expected)
    {
        Assert.Equal(expected, DateText.Abbreviated(new DateOnly(2025, 12, day), CultureInfo.GetCultureInfo(language)));
    }

    [Fact]
    public void Full_FullMonthName()
    {
        Assert.Equal("1er octobre 2025", DateText.Full(new DateOnly(2025, 10, 1), CultureInfo.GetCultureInfo("fr")));
        Assert.Equal("16 oktober 2025", DateText.Full(new DateOnly(2025, 10, 16), CultureInfo.GetCultureInfo("nl")));
    }
}
