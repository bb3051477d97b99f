using System.Text;
using DataStrategy.Core.Strategy;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace DataStrategy.Core.Tests.Strategy;

public class StrategyDiffWordsTests
{
    [Fact]
    public void Words_OneWordReplaced_MarksOnlyThatWord()
    {
        var pieces = StrategyDiff.Words("Le plan de données ouvertes.", "Le plan des données ouvertes.");

        Assert.Equal(
            [new(DiffOp.Same, "Le plan "), new(DiffOp.Deleted, "de"), new(DiffOp.Inserted, "des"), new(DiffOp.Same, " données ouvertes.")],
            pieces);
    }

    [Fact]
    public void Words_WordAtEndRemoved_MarksWordAndItsSpaceDeleted()
    {
        var pieces = StrategyDiff.Words("Open data now", "Open data");

        Assert.Equal([new(DiffOp.Same, "Open data"), new(DiffOp.Deleted, " now")], pieces);
    }

    [Fact]
    public void Words_WordOnNextLineChanged_KeepsFirstLineSame()
    {
        var pieces = StrategyDiff.Words("Eerste regel\nTweede regel", "Eerste regel\nDerde regel");

        Assert.Equal(
            [new(DiffOp.Same, "Eerste regel\n"), new(DiffOp.Deleted, "Tweede"), new(DiffOp.Inserted, "Derde"), new(DiffOp.Same, " regel")],
            pieces);
    }

    [Fact]
    public void Words_PunctuationChanged_MarksOnlyPunctuation()
    {
        var pieces = StrategyDiff.Words("Data-driven city.", "Data-driven city!");

        Assert.Equal([new(DiffOp.Same, "Data-driven city"), new(DiffOp.Deleted, "."), new(DiffOp.Inserted, "!")], pieces);
    }

    [Fact]
    public void Words_EqualTexts_GivesOneSamePiece()
    {
        var pieces = StrategyDiff.Words("Même texte", "Même texte");

        Assert.Equal([new TextPiece(DiffOp.Same, "Même texte")], pieces);
    }

    [Fact]
    public void Words_NullBefore_GivesOneInsertedPiece()
    {
        var pieces = StrategyDiff.Words(null, "Nieuwe tekst");

        Assert.Equal([new TextPiece(DiffOp.Inserted, "Nieuwe tekst")], pieces);
    }

    [Fact]
    public void Words_NullAfter_GivesOneDeletedPiece()
    {
        var pieces = StrategyDiff.Words("Old text", null);

        Assert.Equal([new TextPiece(DiffOp.Deleted, "Old text")], pieces);
    }

    [Fact]
    public void Words_BothNull_GivesNoPiece()
    {
        Assert.Empty(StrategyDiff.Words(null, null));
    }

    [Fact]
    public void Words_EmojiChanged_KeepsSurrogatePairsWhole()
    {
        var pieces = StrategyDiff.Words("Go 😀!", "Go 😎!");

        Assert.Equal([new(DiffOp.Same, "Go "), new(DiffOp.Deleted, "😀"), new(DiffOp.Inserted, "😎"), new(DiffOp.Same, "!")], pieces);
    }

    [Property(Arbitrary = [typeof(TextPairs)], MaxTest = 300)]
    public void Words_RelatedTexts_PiecesRebuildBothTexts(TextPair pair)
    {
        AssertRoundTrip(pair.Before, pair.After);
    }

    [Property(MaxTest = 300)]
    public void Words_ArbitraryStrings_PiecesRebuildBothTexts(string? before, string? after)
    {
        AssertRoundTrip(before, after);
    }

    private static void AssertRoundTrip(string? before, string? after)
    {
        var pieces = StrategyDiff.Words(before, after);

        Assert.Equal(before ?? string.Empty, string.Concat(pieces.Where(p => p.Op != DiffOp.Inserted).Select(p => p.Text)));
        Assert.Equal(after ?? string.Empty, string.Concat(pieces.Where(p => p.Op != DiffOp.Deleted).Select(p => p.Text)));
        Assert.All(pieces, p => Assert.NotEmpty(p.Text));
        // Neighbours with the same operation are joined, so the UI never gets two pieces where one would do.
        Assert.All(pieces.Zip(pieces.Skip(1)), p => Assert.NotEqual(p.First.Op, p.Second.Op));
    }

    public sealed record TextPair(string Before, string After);

    /// <summary>A text and an edit of it, built from words, accents, punctuation, whitespace and odd characters.</summary>
    public static class TextPairs
    {
        private static readonly string[] Fragments =
        [
            "données", "stratégie", "ville", "één", "coöperatie", "naïve", "e\u0301", "data", "Data", "city", "l", "s",
            " ", "  ", "\t", "\n", "\r\n", " \n ",
            ".", ",", ";", ":", "!", "?", "'", "’", "«", "»", "-", "—", "(", ")", "/", "…", "\"",
            "😀", "\ud800", "\u00a0", "\0",
        ];

        private static readonly Gen<string> Fragment = Gen.Frequency(
            (8, Gen.Elements(Fragments)),
            (1, Gen.Choose(0, 0xFFFF).Select(c => ((char)c).ToString())));

        public static Arbitrary<TextPair> Pair()
        {
            var gen =
                from before in Gen.ListOf(Fragment)
                from after in Gen.Frequency<IEnumerable<string>>(
                    (1, Gen.ListOf(Fragment).Select(f => (IEnumerable<string>)f)),
                    (3, Gen.CollectToList(before, Edit).Select(f => (IEnumerable<string>)f)))
                select new TextPair(Concat(before), Concat(after));
            return Arb.From(gen);
        }

        private static Gen<string> Edit(string fragment) => Gen.Frequency(
            (6, Gen.Constant(fragment)),
            (1, Gen.Constant(string.Empty)),
            (1, Fragment),
            (1, Fragment.Select(f => fragment + f)));

        private static string Concat(IEnumerable<string> fragments) =>
            fragments.Aggregate(new StringBuilder(), (b, f) => b.Append(f)).ToString();
    }
}
