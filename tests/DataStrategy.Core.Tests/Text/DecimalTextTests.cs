using DataStrategy.Core.Text;

namespace DataStrategy.Core.Tests.Text;

public sealed class DecimalTextTests
{
    [Theory]
    [InlineData("2.5", 2.5)]
    [InlineData("2,5", 2.5)]
    [InlineData(" 25000,50 ", 25000.50)]
    [InlineData("-3", -3)]
    [InlineData("0", 0)]
    public void TryParse_PointOrComma_ReadsTheSameAmount(string text, double expected)
    {
        Assert.True(DecimalText.TryParse(text, out var value));
        Assert.Equal((decimal)expected, value);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("abc")]
    [InlineData("1e30")]
    [InlineData("1,000.50")]
    [InlineData("25 000")]
    [InlineData("=1+1")]
    [InlineData("99999999999999999999999999999999999")]
    public void TryParse_NotAnAmount_Refused(string? text)
    {
        Assert.False(DecimalText.TryParse(text, out _));
    }
}
