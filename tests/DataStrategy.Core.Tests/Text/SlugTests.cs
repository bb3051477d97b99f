using DataStrategy.Core.Text;

namespace DataStrategy.Core.Tests.Text;

public class SlugTests
{
    [Fact]
    public void From_AccentedWords_ReturnsLowercaseAsciiWithDashes()
    {
        Assert.Equal("ville-de-demo", Slug.From("Ville de Démo"));
    }

    [Theory]
    [InlineData("Crème brûlée à l'été", "creme-brulee-a-l-ete")]
    [InlineData("Zoë Çava Ångström", "zoe-cava-angstrom")]
    [InlineData("Gemeente Sint-Genesius-Rode", "gemeente-sint-genesius-rode")]
    public void From_DiacriticsInVariousLanguages_StripsMarks(string input, string expected)
    {
        Assert.Equal(expected, Slug.From(input));
    }

    [Theory]
    [InlineData("Hello, World!", "hello-world")]
    [InlineData("a & b / c", "a-b-c")]
    [InlineData("foo__bar...baz", "foo-bar-baz")]
    [InlineData("Q1 2024: plan (v2)", "q1-2024-plan-v2")]
    public void From_PunctuationRuns_CollapseToSingleDash(string input, string expected)
    {
        Assert.Equal(expected, Slug.From(input));
    }

    [Fact]
    public void From_LeadingAndTrailingPunctuation_IsDropped()
    {
        Assert.Equal("demo", Slug.From("  --«Demo»!!  "));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void From_NullOrBlank_ReturnsEmpty(string? input)
    {
        Assert.Equal(string.Empty, Slug.From(input));
    }

    [Fact]
    public void From_OnlyPunctuation_ReturnsEmpty()
    {
        Assert.Equal(string.Empty, Slug.From("!!! ??? ---"));
    }

    [Fact]
    public void From_LongText_IsCutToSixtyCharacters()
    {
        var slug = Slug.From(new string('a', 100));

        Assert.Equal(new string('a', 60), slug);
    }

    [Fact]
    public void From_CutFallsOnDash_DropsTrailingDash()
    {
        // 59 letters, a space (becoming the 60th character, a dash), then more letters.
        var slug = Slug.From(new string('a', 59) + " bbbbbbbbbb");

        Assert.Equal(new string('a', 59), slug);
    }

    [Fact]
    public void From_ManyWords_NeverExceedsSixtyCharacters()
    {
        var slug = Slug.From(string.Join(' ', Enumerable.Repeat("Démo", 40)));

        Assert.True(slug.Length <= 60, $"length {slug.Length}");
        Assert.StartsWith("demo-demo-", slug, StringComparison.Ordinal);
        Assert.False(slug.EndsWith('-'));
    }

    [Fact]
    public void From_ExistingSlug_IsUnchanged()
    {
        Assert.Equal("ville-de-demo-2", Slug.From("ville-de-demo-2"));
    }

    [Theory]
    [InlineData("ville-de-demo")]
    [InlineData("a")]
    [InlineData("2024")]
    [InlineData("q1-2024-plan")]
    public void IsValid_CanonicalSlug_ReturnsTrue(string slug)
    {
        Assert.True(Slug.IsValid(slug));
    }

    [Fact]
    public void IsValid_SixtyCharacters_ReturnsTrue()
    {
        Assert.True(Slug.IsValid(new string('a', 60)));
    }

    [Fact]
    public void IsValid_SixtyOneCharacters_ReturnsFalse()
    {
        Assert.False(Slug.IsValid(new string('a', 61)));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("Ville-de-demo")]
    [InlineData("ville de demo")]
    [InlineData("ville--de-demo")]
    [InlineData("-ville")]
    [InlineData("ville-")]
    [InlineData("démo")]
    [InlineData("ville_de_demo")]
    [InlineData("a/b")]
    public void IsValid_NonCanonicalSlug_ReturnsFalse(string? slug)
    {
        Assert.False(Slug.IsValid(slug));
    }

    [Theory]
    [InlineData("Œuvre sociale", "oeuvre-sociale")]
    [InlineData("Straße", "strasse")]
    [InlineData("Cæsar", "caesar")]
    public void From_Ligatures_AreSpelledOut(string text, string expected)
    {
        var slug = Slug.From(text);

        Assert.Equal(expected, slug);
    }
}
