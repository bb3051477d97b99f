using DataStrategy.Core.Imports;

namespace DataStrategy.Core.Tests.Imports;

public class StakeholderImportEmailAndNormalizeTests
{
    [Theory]
    [InlineData("alice@example.org")]
    [InlineData("Alice.Dupont@Ville-Demo.be")]
    [InlineData("a.b+tag@sub.example.org")]
    [InlineData("a_b-c@x.io")]
    public void IsValidEmail_PlainAddress_ReturnsTrue(string email)
    {
        Assert.True(StakeholderImport.IsValidEmail(email));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("alice")]
    [InlineData("@example.org")]
    [InlineData("alice@")]
    public void IsValidEmail_MissingPart_ReturnsFalse(string email)
    {
        Assert.False(StakeholderImport.IsValidEmail(email));
    }

    [Theory]
    [InlineData("alice @example.org")]
    [InlineData("alice@exa mple.org")]
    [InlineData(" alice@example.org")]
    [InlineData("alice@example.org ")]
    [InlineData("alice@example.org\t")]
    [InlineData("\"alice dupont\"@example.org")]
    public void IsValidEmail_ContainsWhitespace_ReturnsFalse(string email)
    {
        Assert.False(StakeholderImport.IsValidEmail(email));
    }

    [Theory]
    [InlineData("alice@example")]
    [InlineData("alice@localhost")]
    public void IsValidEmail_NoDotInDomain_ReturnsFalse(string email)
    {
        Assert.False(StakeholderImport.IsValidEmail(email));
    }

    [Fact]
    public void IsValidEmail_DomainStartingWithDot_ReturnsFalse()
    {
        Assert.False(StakeholderImport.IsValidEmail("alice@.example.org"));
    }

    [Theory]
    [InlineData("alice@example.org.")]
    [InlineData("alice@example.")]
    public void IsValidEmail_TrailingDot_ReturnsFalse(string email)
    {
        Assert.False(StakeholderImport.IsValidEmail(email));
    }

    [Theory]
    [InlineData("A <a@b.example>")]
    [InlineData("<a@b.example>")]
    [InlineData("\"Alice\" <alice@example.org>")]
    [InlineData("Alice<alice@example.org>")]
    public void IsValidEmail_DisplayNameOrAngleBracketForm_ReturnsFalse(string email)
    {
        Assert.False(StakeholderImport.IsValidEmail(email));
    }

    [Theory]
    [InlineData("alice@@example.org")]
    [InlineData("alice@bob@example.org")]
    [InlineData("alice,bob@example.org")]
    [InlineData("alice@example..org")]
    public void IsValidEmail_MalformedAddress_ReturnsFalse(string email)
    {
        Assert.False(StakeholderImport.IsValidEmail(email));
    }

    [Fact]
    public void IsValidEmail_LongerThan254Characters_ReturnsFalse()
    {
        var email = new string('a', 64) + "@" + string.Join('.', Enumerable.Repeat(new string('b', 60), 4)) + ".example";

        Assert.False(StakeholderImport.IsValidEmail(email));
    }

    [Theory]
    [InlineData("Département", "departement")]
    [InlineData("  E-mail  ", "e mail")]
    [InlineData("job_title", "job title")]
    [InlineData("Full   Name", "full name")]
    [InlineData("ÉTAT -- CIVIL", "etat civil")]
    [InlineData("Dienst Financiën", "dienst financien")]
    [InlineData("a\tb", "a b")]
    public void Normalize_Text_LowercasesStripsAccentsAndCollapsesSeparators(string input, string expected)
    {
        Assert.Equal(expected, StakeholderImport.Normalize(input));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Normalize_NullOrBlank_ReturnsEmpty(string? input)
    {
        Assert.Equal(string.Empty, StakeholderImport.Normalize(input));
    }

    [Fact]
    public void Normalize_SeparatorsAtEdges_AreTrimmed()
    {
        Assert.Equal("name", StakeholderImport.Normalize("_-name-_"));
    }
}
