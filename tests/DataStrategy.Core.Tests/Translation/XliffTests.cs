using System.Text;
using System.Xml.Linq;
using DataStrategy.Core.Frameworks;
using DataStrategy.Core.Text;
using DataStrategy.Core.Tests.Frameworks;
using DataStrategy.Core.Translation;

namespace DataStrategy.Core.Tests.Translation;

public sealed class XliffTests
{
    private static readonly XNamespace X = Xliff.Namespace;
    private static readonly string[] FrNl = ["fr", "nl"];

    private static List<TranslatableText> Texts() =>
    [
        new("initiative.3f2a8c1e-0000-4000-8000-000000000001.title", "Initiative.Title", LocalizedText.Of(fr: "Portail open data", nl: "Open-dataportaal"), 300),
        new("initiative.3f2a8c1e-0000-4000-8000-000000000001.description", "Initiative.Description", LocalizedText.Of(fr: "Publier les jeux de données.\nPuis les documenter."), 4000, Context: "Portail open data"),
        new("kpi.3f2a8c1e-0000-4000-8000-000000000002.name", "Kpi.Name", LocalizedText.Of(fr: "Jeux publiés"), 200),
    ];

    private static byte[] Export(IEnumerable<TranslatableText> texts, bool onlyMissing = false) =>
        Xliff.Write(XliffExport.Build(texts, "fr", "nl", "roadmap", "dss:demo/roadmap", onlyMissing));

    private static string Edit(byte[] file, Action<XDocument> edit)
    {
        var doc = XDocument.Parse(Encoding.UTF8.GetString(file));
        edit(doc);
        return doc.ToString();
    }

    private static XElement Unit(XDocument doc, string idStart) => doc.Descendants(X + "unit").First(u => ((string)u.Attribute("id")!).StartsWith(idStart, StringComparison.Ordinal));

    private static void SetTarget(XElement unit, string text)
    {
        var segment = unit.Element(X + "segment")!;
        segment.Element(X + "target")?.Remove();
        segment.Add(new XElement(X + "target", text));
        segment.SetAttributeValue("state", "translated");
    }

    [Fact]
    public void Export_IsXliff20Core_WithStableIds_Notes_AndStates()
    {
        var doc = XDocument.Parse(Encoding.UTF8.GetString(Export(Texts())));

        var root = doc.Root!;
        Assert.Equal(X + "xliff", root.Name);
        Assert.Equal(("2.0", "fr", "nl"), ((string)root.Attribute("version")!, (string)root.Attribute("srcLang")!, (string)root.Attribute("trgLang")!));
        var file = Assert.Single(root.Elements());
        Assert.Equal(X + "file", file.Name);
        Assert.Equal("roadmap", (string)file.Attribute("id")!);
        var units = file.Elements(X + "unit").ToList();
        Assert.Equal(Texts().Select(t => t.Id), units.Select(u => (string)u.Attribute("id")!));
        var first = units[0];
        Assert.Equal(["notes", "segment"], first.Elements().Select(e => e.Name.LocalName));
        Assert.Equal("Initiative title", first.Descendants(X + "note").Single(n => (string)n.Attribute("category")! == "kind").Value);
        Assert.Equal("translated", (string)first.Element(X + "segment")!.Attribute("state")!);
        Assert.Equal("Open-dataportaal", first.Descendants(X + "target").Single().Value);
        var second = units[1];
        Assert.Equal("initial", (string)second.Element(X + "segment")!.Attribute("state")!);
        Assert.Empty(second.Descendants(X + "target"));
        Assert.Equal("Publier les jeux de données.\nPuis les documenter.", second.Descendants(X + "source").Single().Value);
        Assert.Equal("Portail open data", second.Descendants(X + "note").Single(n => (string)n.Attribute("category")! == "context").Value);
        Assert.All(units, u => Assert.True(Xliff.IsValidId((string)u.Attribute("id")!)));
    }

    [Fact]
    public void Export_OnlyMissing_LeavesTranslatedTextsOut_AndTextsWithoutSourceAreNeverExported()
    {
        var texts = Texts().Append(new TranslatableText("kpi.x.name", "Kpi.Name", LocalizedText.Of(nl: "Alleen Nederlands"), 200)).ToList();

        var all = Xliff.Read(Export(texts)).Document!;
        var missing = Xliff.Read(Export(texts, onlyMissing: true)).Document!;

        Assert.Equal(3, all.Units.Count);
        Assert.Equal([texts[1].Id, texts[2].Id], missing.Units.Select(u => u.Id));
    }

    [Fact]
    public void RoundTrip_TranslateAndImport_ReportsNewChangedUnchangedAndEmpty()
    {
        var file = Edit(Export(Texts()), doc =>
        {
            SetTarget(Unit(doc, "initiative.3f2a8c1e-0000-4000-8000-000000000001.title"), "Opendataportaal");
            SetTarget(Unit(doc, "initiative.3f2a8c1e-0000-4000-8000-000000000001.desc"), "  Datasets publiceren.\r\nEn documenteren.  ");
        });

        var plan = XliffImport.Plan(Encoding.UTF8.GetBytes(file), "roadmap", Texts(), FrNl);

        Assert.True(plan.IsValid, string.Join("; ", plan.Issues));
        Assert.Equal((1, 1, 0, 1), (plan.New, plan.Changed, plan.Unchanged, plan.SkippedEmpty));
        Assert.Equal("Datasets publiceren.\nEn documenteren.", plan.Changes.Single(c => !c.Replaces).Text);
        Assert.Empty(plan.SourceChanged);
    }

    [Fact]
    public void ImportingTheExportAsItIs_ChangesNothing()
    {
        var plan = XliffImport.Plan(Export(Texts()), "roadmap", Texts(), FrNl);

        Assert.True(plan.IsValid);
        Assert.Empty(plan.Changes);
        Assert.Equal((1, 2), (plan.Unchanged, plan.SkippedEmpty));
    }

    [Fact]
    public void UnitIds_SurviveReordering_AndAPartialFileIsFine()
    {
        var file = Edit(Export(Texts()), doc =>
        {
            var units = doc.Descendants(X + "unit").ToList();
            units.ForEach(u => u.Remove());
            SetTarget(units[2], "Gepubliceerde datasets");
            doc.Root!.Element(X + "file")!.Add(units[2]);
        });

        var texts = Texts();
        texts.Reverse();
        var plan = XliffImport.Plan(Encoding.UTF8.GetBytes(file), "roadmap", texts, FrNl);

        Assert.True(plan.IsValid);
        var change = Assert.Single(plan.Changes);
        Assert.Equal(("kpi.3f2a8c1e-0000-4000-8000-000000000002.name", "Gepubliceerde datasets"), (change.Id, change.Text));
    }

    [Fact]
    public void ChangedSource_IsAWarningPerUnit_NotARefusal()
    {
        var file = Export(Texts());
        var now = Texts();
        now[0] = now[0] with { Text = LocalizedText.Of(fr: "Portail des données ouvertes", nl: "Open-dataportaal") };

        var plan = XliffImport.Plan(file, "roadmap", now, FrNl);

        Assert.True(plan.IsValid);
        var warning = Assert.Single(plan.SourceChanged);
        Assert.Equal(now[0].Id, warning.Id);
        Assert.True(warning.Line > 1);
    }

    [Fact]
    public void UnknownAndDuplicateIds_AreReportedByLine_AndRefuseTheWholeFile()
    {
        var file = Edit(Export(Texts()), doc =>
        {
            var kpi = Unit(doc, "kpi.");
            SetTarget(kpi, "Gepubliceerde datasets");
            var copy = new XElement(kpi);
            kpi.AddAfterSelf(copy);
            var unknown = new XElement(kpi);
            unknown.SetAttributeValue("id", "kpi.deleted.name");
            copy.AddAfterSelf(unknown);
        });

        var plan = XliffImport.Plan(Encoding.UTF8.GetBytes(file), "roadmap", Texts(), FrNl);

        Assert.False(plan.IsValid);
        Assert.Empty(plan.Changes);
        Assert.Contains(plan.Issues, i => i.Problem == XliffProblem.DuplicateId && i.Line > 0);
        var unknownIssue = Assert.Single(plan.Issues, i => i.Problem == XliffProblem.UnknownId);
        Assert.Equal("kpi.deleted.name", unknownIssue.Detail);
        Assert.True(unknownIssue.Line > 1);
    }

    [Theory]
    [InlineData("fr", "de", XliffProblem.TargetNotAnOrganisationLanguage)]
    [InlineData("xx", "nl", XliffProblem.UnsupportedSourceLanguage)]
    [InlineData("nl", "nl", XliffProblem.SameLanguages)]
    public void LanguagesNotOfTheOrganisation_AreRefused(string source, string target, XliffProblem expected)
    {
        var file = Edit(Export(Texts()), doc =>
        {
            doc.Root!.SetAttributeValue("srcLang", source);
            doc.Root!.SetAttributeValue("trgLang", target);
        });

        var plan = XliffImport.Plan(Encoding.UTF8.GetBytes(file), "roadmap", Texts(), FrNl);

        Assert.Contains(plan.Issues, i => i.Problem == expected);
    }

    [Fact]
    public void AFileOfAnotherArea_IsRefused()
    {
        var plan = XliffImport.Plan(Export(Texts()), "strategy", Texts(), FrNl);

        Assert.Equal(XliffProblem.WrongFile, Assert.Single(plan.Issues).Problem);
    }

    [Fact]
    public void ReadOnlyTexts_AreSkipped_AndTooLongTargetsRefused()
    {
        var texts = Texts();
        texts[2] = texts[2] with { ReadOnly = true };
        var file = Edit(Export(texts), doc => SetTarget(Unit(doc, "kpi."), "Gepubliceerde datasets"));

        var plan = XliffImport.Plan(Encoding.UTF8.GetBytes(file), "roadmap", texts, FrNl);
        Assert.True(plan.IsValid);
        Assert.Equal((0, 1), (plan.Changes.Count, plan.SkippedReadOnly));

        var tooLong = Edit(Export(Texts()), doc => SetTarget(Unit(doc, "kpi."), new string('x', 201)));
        Assert.Equal(XliffProblem.TooLong, Assert.Single(XliffImport.Plan(Encoding.UTF8.GetBytes(tooLong), "roadmap", Texts(), FrNl).Issues).Problem);
    }

    [Fact]
    public void ScriptInATarget_StaysText()
    {
        const string script = "<script>alert(1)</script> & \"quotes\"";
        var file = Edit(Export(Texts()), doc => SetTarget(Unit(doc, "kpi."), script));

        Assert.Contains("&lt;script&gt;", file, StringComparison.Ordinal);
        var plan = XliffImport.Plan(Encoding.UTF8.GetBytes(file), "roadmap", Texts(), FrNl);
        Assert.Equal(script, Assert.Single(plan.Changes).Text);
    }

    [Fact]
    public void MarkupInsideATarget_IsRefused_NotSilentlyDropped()
    {
        var xml = Edit(Export(Texts()), doc =>
        {
            var segment = Unit(doc, "kpi.").Element(X + "segment")!;
            segment.Add(new XElement(X + "target", "Ge", new XElement(X + "ph", new XAttribute("id", "1")), "publiceerd"));
        });

        var result = Xliff.Read(Encoding.UTF8.GetBytes(xml));

        Assert.Equal(XliffProblem.Markup, Assert.Single(result.Issues).Problem);
    }

    public static TheoryData<string, XliffProblem> HostileFiles => new()
    {
        { "", XliffProblem.Empty },
        { "not xml at all", XliffProblem.NotXml },
        { "<xliff version=\"2.0\" xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" srcLang=\"fr\" trgLang=\"nl\"><file id=\"roadmap\">", XliffProblem.NotXml },
        { "<html><body>hello</body></html>", XliffProblem.NotXliff },
        { "<xliff version=\"1.2\" xmlns=\"urn:oasis:names:tc:xliff:document:1.2\"><file source-language=\"fr\" target-language=\"nl\" datatype=\"plaintext\" original=\"x\"><body/></file></xliff>", XliffProblem.WrongVersion },
        { "<xliff version=\"2.0\" xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" srcLang=\"fr\"><file id=\"roadmap\"/></xliff>", XliffProblem.MissingLanguage },
        { "<xliff version=\"2.0\" xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" srcLang=\"fr\" trgLang=\"nl\"><file id=\"a\"/><file id=\"b\"/></xliff>", XliffProblem.TooManyFiles },
        {
            "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\"><!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">]>" +
            "<xliff version=\"2.0\" xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" srcLang=\"fr\" trgLang=\"nl\"><file id=\"roadmap\"><unit id=\"a\"><segment><source>&lol3;</source></segment></unit></file></xliff>",
            XliffProblem.DtdProhibited
        },
        {
            "<?xml version=\"1.0\"?><!DOCTYPE xliff [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>" +
            "<xliff version=\"2.0\" xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" srcLang=\"fr\" trgLang=\"nl\"><file id=\"roadmap\"><unit id=\"a\"><segment><source>x</source><target>&xxe;</target></segment></unit></file></xliff>",
            XliffProblem.DtdProhibited
        },
        { "<xliff version=\"2.0\" xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" srcLang=\"fr\" trgLang=\"nl\"><file id=\"roadmap\"><unit><segment><source>x</source></segment></unit></file></xliff>", XliffProblem.MissingId },
    };

    [Theory]
    [MemberData(nameof(HostileFiles))]
    public void HostileOrBrokenFiles_AreRefusedWithTheReason(string content, XliffProblem expected)
    {
        var plan = XliffImport.Plan(Encoding.UTF8.GetBytes(content), "roadmap", Texts(), FrNl);

        Assert.False(plan.IsValid);
        Assert.Empty(plan.Changes);
        Assert.Equal(expected, plan.Issues[0].Problem);
    }

    [Fact]
    public void AnExternalEntity_IsNeverRead_EvenInsideAValidLookingFile()
    {
        var secret = Path.GetTempFileName();
        File.WriteAllText(secret, "SECRET-CONTENT");
        try
        {
            var xml = $"<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY xxe SYSTEM \"{new Uri(secret).AbsoluteUri}\">]><xliff version=\"2.0\" xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" srcLang=\"fr\" trgLang=\"nl\"><file id=\"roadmap\"><unit id=\"kpi.3f2a8c1e-0000-4000-8000-000000000002.name\"><segment><source>Jeux publiés</source><target>&xxe;</target></segment></unit></file></xliff>";
            var plan = XliffImport.Plan(Encoding.UTF8.GetBytes(xml), "roadmap", Texts(), FrNl);

            Assert.Equal(XliffProblem.DtdProhibited, Assert.Single(plan.Issues).Problem);
            Assert.DoesNotContain(plan.Changes, c => c.Text.Contains("SECRET", StringComparison.Ordinal));
        }
        finally
        {
            File.Delete(secret);
        }
    }

    [Fact]
    public void A20MegabyteFile_IsRefusedAsTooLarge_BeforeParsing()
    {
        var head = "<xliff version=\"2.0\" xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" srcLang=\"fr\" trgLang=\"nl\"><file id=\"roadmap\"><unit id=\"a\"><segment><source>";
        var content = Encoding.UTF8.GetBytes(head + new string('x', 20 * 1024 * 1024) + "</source></segment></unit></file></xliff>");

        var result = Xliff.Read(content);

        var issue = Assert.Single(result.Issues);
        Assert.Equal((XliffProblem.TooLarge, "10"), (issue.Problem, issue.Detail));
    }

    [Fact]
    public void TheUkFramework_ExportsEveryText_WithItsSheetIds()
    {
        var framework = OdiFramework.Read(FrameworkTestData.OdiBytes()).Framework!;
        var texts = TranslationSheet.Slots(framework).Where(s => !s.Text.IsEmpty)
            .Select(s => new TranslatableText(s.Id, "Framework." + s.Kind, s.Text, FrameworkJson.MaxTextLength)).ToList();

        var document = Xliff.Read(Xliff.Write(XliffExport.Build(texts, "en", "fr", "framework.uk"))).Document!;

        Assert.Equal(texts.Count, document.Units.Count);
        Assert.True(texts.Count > 600, texts.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.All(document.Units, u => Assert.True(Xliff.IsValidId(u.Id), u.Id));
        Assert.Contains(document.Units, u => u.Id.StartsWith("question.", StringComparison.Ordinal) && u.Id.EndsWith(".text", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Initiative.Title", "Initiative title")]
    [InlineData("CaseStudyImage.AltText", "Case study image alt text")]
    [InlineData("CaseStudyFigure.Label", "Case study figure label")]
    public void Notes_DescribeTheKindOfText(string kind, string expected) => Assert.Equal(expected, XliffExport.Describe(kind));
}
