using System.Globalization;
using DataStrategy.Core.Text;

namespace DataStrategy.Core.Tests.Text;

public class LocalizedTextTests
{
    [Fact]
    public void ToJson_AccentsAndQuotes_StayOneCharacterEach_AndRoundTrip()
    {
        var text = LocalizedText.Of(fr: "Qualité des données « ouvertes » — été", nl: "Gegevenskwaliteit \"open\" – één", en: "<b>&</b>");

        var json = text.ToJson();

        // A database column of N characters holds N accented characters, not N / 6.
        Assert.Contains("Qualité des données « ouvertes » — été", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\\u00E9", json, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(text, LocalizedText.FromJson(json));
        Assert.Equal(text, LocalizedText.FromJson("{\"fr\":\"Qualit\\u00E9 des donn\\u00E9es \\u00AB ouvertes \\u00BB \\u2014 \\u00E9t\\u00E9\",\"nl\":\"Gegevenskwaliteit \\\"open\\\" \\u2013 \\u00E9\\u00E9n\",\"en\":\"\\u003Cb\\u003E\\u0026\\u003C/b\\u003E\"}"));
    }

    [Fact]
    public void Set_TextWithSurroundingWhitespace_StoresTrimmedText()
    {
        var text = new LocalizedText();

        text.Set("fr", "  Bonjour \t");

        Assert.Equal("Bonjour", text["fr"]);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\t\r\n")]
    public void Set_BlankText_DoesNotStoreLanguage(string? blank)
    {
        var text = new LocalizedText();

        text.Set("fr", blank);

        Assert.False(text.Has("fr"));
        Assert.True(text.IsEmpty);
    }

    [Fact]
    public void Set_BlankTextForExistingLanguage_RemovesLanguage()
    {
        var text = LocalizedText.Of(fr: "Bonjour", nl: "Hallo");

        text.Set("fr", "  ");

        Assert.False(text.Has("fr"));
        Assert.Equal(["nl"], text.Values.Keys);
    }

    [Fact]
    public void Set_ExistingLanguage_ReplacesValue()
    {
        var text = LocalizedText.Of(fr: "Ancien");

        text.Set("fr", "Nouveau");

        Assert.Equal("Nouveau", text["fr"]);
    }

    [Fact]
    public void Set_Always_ReturnsSameInstanceForChaining()
    {
        var text = new LocalizedText();

        var returned = text.Set("fr", "Bonjour");

        Assert.Same(text, returned);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void Set_BlankLanguage_ThrowsArgumentException(string? language)
    {
        var text = new LocalizedText();

        Assert.ThrowsAny<ArgumentException>(() => text.Set(language!, "x"));
    }

    [Fact]
    public void Of_OnlySomeLanguages_StoresOnlyNonBlankOnes()
    {
        var text = LocalizedText.Of(fr: "Bonjour", nl: " ", en: null);

        Assert.Equal(["fr"], text.Values.Keys);
    }

    [Fact]
    public void Constructor_FromPairs_TrimsAndDropsBlankValues()
    {
        var text = new LocalizedText([new("fr", " Oui "), new("nl", ""), new("en", "Yes")]);

        Assert.Equal(new Dictionary<string, string> { ["en"] = "Yes", ["fr"] = "Oui" }, text.Values);
    }

    [Fact]
    public void Constructor_NullPairs_ThrowsArgumentNullException()
    {
        Assert.Throws<ArgumentNullException>(() => new LocalizedText(null!));
    }

    [Fact]
    public void IsEmpty_NewInstance_ReturnsTrue()
    {
        var text = new LocalizedText();

        Assert.True(text.IsEmpty);
    }

    [Fact]
    public void IsEmpty_WithOneValue_ReturnsFalse()
    {
        var text = LocalizedText.Of(en: "Hello");

        Assert.False(text.IsEmpty);
    }

    [Fact]
    public void Indexer_MissingLanguage_ReturnsNullWithoutFallback()
    {
        var text = LocalizedText.Of(en: "Hello");

        Assert.Null(text["fr"]);
    }

    [Fact]
    public void Values_ReturnedDictionary_CannotBeCastToMutateInstance()
    {
        var text = LocalizedText.Of(fr: "Bonjour");

        var values = text.Values;

        Assert.Throws<NotSupportedException>(() => ((IDictionary<string, string>)values)["nl"] = "Hallo");
    }

    [Fact]
    public void Get_LanguagePresent_ReturnsThatLanguage()
    {
        var text = LocalizedText.Of(fr: "Bonjour", nl: "Hallo", en: "Hello");

        Assert.Equal("Hallo", text.Get("nl"));
    }

    [Fact]
    public void Get_LanguageMissing_FallsBackToEnglishFirst()
    {
        var text = LocalizedText.Of(fr: "Bonjour", nl: "Hallo", en: "Hello");

        Assert.Equal("Hello", text.Get("de"));
    }

    [Fact]
    public void Get_NullLanguage_FallsBackToEnglishFirst()
    {
        var text = LocalizedText.Of(fr: "Bonjour", nl: "Hallo", en: "Hello");

        Assert.Equal("Hello", text.Get(null));
    }

    [Fact]
    public void Get_FrenchMissingAndEnglishPresent_ReturnsEnglish()
    {
        var text = LocalizedText.Of(nl: "Hallo", en: "Hello");

        Assert.Equal("Hello", text.Get("fr"));
    }

    /// <summary>
    /// Documented order is "else in English, French, Dutch". Exposes a bug: the code walks
    /// <c>Languages.All.Reverse()</c> (en, nl, fr) and so prefers Dutch over French.
    /// </summary>
    [Fact]
    public void Get_EnglishMissing_FallsBackToFrenchBeforeDutch()
    {
        var text = LocalizedText.Of(fr: "Bonjour", nl: "Hallo");

        Assert.Equal("Bonjour", text.Get("en"));
    }

    [Fact]
    public void Get_OnlyDutch_ReturnsDutch()
    {
        var text = LocalizedText.Of(nl: "Hallo");

        Assert.Equal("Hallo", text.Get("fr"));
    }

    [Fact]
    public void Get_OnlyUnsupportedLanguage_ReturnsThatText()
    {
        var text = new LocalizedText().Set("de", "Guten Tag");

        Assert.Equal("Guten Tag", text.Get("fr"));
    }

    [Fact]
    public void Get_GermanAfterTheInterfaceLanguages_BeforeAnyOtherCode()
    {
        var text = new LocalizedText().Set("ca", "Bon dia").Set("de", "Guten Tag");

        Assert.Equal("Guten Tag", text.Get("fr"));
        Assert.Equal(new ResolvedText("Guten Tag", "de", true), text.Resolve("nl"));
        Assert.Equal("Hallo", LocalizedText.Of(nl: "Hallo", de: "Guten Tag").Get("fr"));
        Assert.Equal(new ResolvedText("Guten Tag", "de", false), LocalizedText.Of(fr: "Bonjour", de: "Guten Tag").Resolve("de"));
    }

    [Fact]
    public void Get_Empty_ReturnsEmptyString()
    {
        var text = new LocalizedText();

        Assert.Equal(string.Empty, text.Get("fr"));
    }

    [Fact]
    public void Get_LanguageCodeInOtherCase_IsNotAnExactMatch()
    {
        var text = LocalizedText.Of(fr: "Bonjour", en: "Hello");

        Assert.Equal("Hello", text.Get("FR"));
    }

    [Fact]
    public void ForCurrentCulture_DutchUiCulture_ReturnsDutch()
    {
        var text = LocalizedText.Of(fr: "Bonjour", nl: "Hallo", en: "Hello");
        var previous = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = new CultureInfo("nl-BE");

            Assert.Equal("Hallo", text.ForCurrentCulture());
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    [Fact]
    public void ToString_FrenchUiCulture_ReturnsFrench()
    {
        var text = LocalizedText.Of(fr: "Bonjour", nl: "Hallo", en: "Hello");
        var previous = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = new CultureInfo("fr-BE");

            Assert.Equal("Bonjour", text.ToString());
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    [Fact]
    public void Has_LanguagePresent_ReturnsTrue()
    {
        var text = LocalizedText.Of(fr: "Bonjour");

        Assert.True(text.Has("fr"));
    }

    [Fact]
    public void Has_LanguageOnlyReachableByFallback_ReturnsFalse()
    {
        var text = LocalizedText.Of(en: "Hello");

        Assert.False(text.Has("fr"));
    }

    [Fact]
    public void ToJson_Values_WritesCompactObjectSortedByLanguage()
    {
        var text = LocalizedText.Of(fr: "Bonjour", nl: "Hallo", en: "Hello");

        Assert.Equal("{\"en\":\"Hello\",\"fr\":\"Bonjour\",\"nl\":\"Hallo\"}", text.ToJson());
    }

    [Fact]
    public void ToJson_Empty_WritesEmptyObject()
    {
        Assert.Equal("{}", new LocalizedText().ToJson());
    }

    [Fact]
    public void FromJson_OutputOfToJson_RoundTripsToEqualValue()
    {
        var original = LocalizedText.Of(fr: "Ville de Démo \"test\" <b>", nl: "Stad Demo", en: "Demo City\nline 2");

        var copy = LocalizedText.FromJson(original.ToJson());

        Assert.Equal(original, copy);
        Assert.Equal(original.Values, copy.Values);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("null")]
    public void FromJson_NullBlankOrJsonNull_ReturnsEmpty(string? json)
    {
        var text = LocalizedText.FromJson(json);

        Assert.True(text.IsEmpty);
    }

    [Fact]
    public void FromJson_ValuesWithWhitespaceAndBlanks_TrimsAndDropsBlanks()
    {
        var text = LocalizedText.FromJson("{\"fr\":\"  Oui \",\"nl\":\"  \",\"en\":null}");

        Assert.Equal(["fr"], text.Values.Keys);
        Assert.Equal("Oui", text["fr"]);
    }

    [Fact]
    public void Equals_SameValuesInsertedInDifferentOrder_ReturnsTrue()
    {
        var a = new LocalizedText().Set("fr", "Bonjour").Set("en", "Hello");
        var b = new LocalizedText().Set("en", "Hello").Set("fr", "Bonjour");

        Assert.True(a.Equals(b));
        Assert.True(b.Equals(a));
    }

    [Fact]
    public void GetHashCode_EqualValues_ReturnsSameHash()
    {
        var a = new LocalizedText().Set("fr", "Bonjour").Set("en", "Hello");
        var b = new LocalizedText().Set("en", "Hello").Set("fr", "Bonjour");

        Assert.Equal(a.GetHashCode(), b.GetHashCode());
    }

    [Fact]
    public void Equals_DifferentText_ReturnsFalse()
    {
        var a = LocalizedText.Of(fr: "Bonjour");
        var b = LocalizedText.Of(fr: "Salut");

        Assert.False(a.Equals(b));
    }

    [Fact]
    public void Equals_TextDifferingOnlyInCase_ReturnsFalse()
    {
        var a = LocalizedText.Of(fr: "Bonjour");
        var b = LocalizedText.Of(fr: "bonjour");

        Assert.False(a.Equals(b));
    }

    [Fact]
    public void Equals_SubsetOfLanguages_ReturnsFalseBothWays()
    {
        var a = LocalizedText.Of(fr: "Bonjour");
        var b = LocalizedText.Of(fr: "Bonjour", en: "Hello");

        Assert.False(a.Equals(b));
        Assert.False(b.Equals(a));
    }

    [Fact]
    public void Equals_SameTextUnderDifferentLanguage_ReturnsFalse()
    {
        var a = new LocalizedText().Set("fr", "Demo");
        var b = new LocalizedText().Set("nl", "Demo");

        Assert.False(a.Equals(b));
    }

    [Fact]
    public void Equals_Null_ReturnsFalse()
    {
        var a = LocalizedText.Of(fr: "Bonjour");

        Assert.False(a.Equals(null));
        Assert.False(a.Equals((object?)null));
    }

    [Fact]
    public void Equals_ObjectOfOtherType_ReturnsFalse()
    {
        var a = LocalizedText.Of(fr: "Bonjour");

        Assert.False(a.Equals((object)"Bonjour"));
    }

    [Fact]
    public void Equals_AsObjectWithEqualValues_ReturnsTrue()
    {
        object a = LocalizedText.Of(fr: "Bonjour");
        object b = LocalizedText.Of(fr: " Bonjour ");

        Assert.True(a.Equals(b));
    }

    [Fact]
    public void Equals_TwoEmptyInstances_ReturnsTrue()
    {
        Assert.Equal(new LocalizedText(), new LocalizedText());
    }
}
