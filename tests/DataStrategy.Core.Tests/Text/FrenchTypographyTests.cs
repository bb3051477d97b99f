namespace DataStrategy.Core.Tests.Text;

public sealed class FrenchTypographyTests
{
    [Theory]
    [InlineData("Statut:")]
    [InlineData("Statut :")]
    [InlineData("Pourquoi ?")]
    [InlineData("Attention!")]
    [InlineData("des thèmes ; des questions")]
    [InlineData("{0}: {1}")]
    [InlineData("la valeur « {0} »")]
    [InlineData("la valeur «{0}»")]
    [InlineData("la valeur \"{0}\"")]
    [InlineData("la valeur “{0}”")]
    public void Problems_TextBreakingTheRule_AreFound(string text) =>
        Assert.NotEmpty(FrenchTypography.Problems(text));

    [Theory]
    [InlineData("Statut\u00A0:")]
    [InlineData("Pourquoi\u202F?")]
    [InlineData("{0}\u00A0: {1}")]
    [InlineData("la valeur «\u00A0{0}\u00A0»")]
    [InlineData("Score moyen {0:N1} à 10:30")]
    [InlineData("Voir https://example.org/?a=1&b=2")]
    [InlineData("Une valeur commence par un guillemet (\") jamais fermé.")]
    [InlineData("<a href=\"/x\">lien</a>")]
    public void Problems_TextFollowingTheRule_AreNone(string text) =>
        Assert.Empty(FrenchTypography.Problems(text));
}
