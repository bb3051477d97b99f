using System.Globalization;
using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace DataStrategy.Core.Translation;

/// <summary>
/// Writes and reads OASIS XLIFF 2.0 core documents: one <c>&lt;file&gt;</c>, one <c>&lt;unit&gt;</c> per text with a
/// stable ID, one <c>&lt;segment&gt;</c> each, plain text only. Reading is safe on hostile files: no DTD, no entity,
/// no external resource, bounded size; a refused file says why and on which line.
/// </summary>
public static class Xliff
{
    public const string Namespace = "urn:oasis:names:tc:xliff:document:2.0";
    public const string Version = "2.0";
    public const int MaxBytes = 10 * 1024 * 1024;
    public const int MaxUnits = 50_000;

    private static readonly XNamespace X = Namespace;
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>
    /// Whether <paramref name="id"/> can name a unit: an XML name token (letters, digits, <c>. - _ :</c>), as
    /// the XLIFF 2.0 schema requires of IDs. Our IDs use dots: <c>initiative.{guid}.title</c>.
    /// </summary>
    public static bool IsValidId(string? id) =>
        !string.IsNullOrEmpty(id) && id.Length <= 200 && id.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_' or ':');

    public static byte[] Write(XliffDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var file = new XElement(X + "file", new XAttribute("id", document.FileId));
        if (document.Original is not null)
        {
            file.Add(new XAttribute("original", document.Original));
        }

        foreach (var unit in document.Units)
        {
            if (!IsValidId(unit.Id))
            {
                throw new ArgumentException($"Not a valid unit ID: {unit.Id}", nameof(document));
            }

            var element = new XElement(X + "unit", new XAttribute("id", unit.Id));
            var notes = new XElement(X + "notes");
            if (!string.IsNullOrEmpty(unit.Note))
            {
                notes.Add(new XElement(X + "note", new XAttribute("category", "kind"), unit.Note));
            }

            if (!string.IsNullOrEmpty(unit.Context))
            {
                notes.Add(new XElement(X + "note", new XAttribute("category", "context"), unit.Context));
            }

            if (notes.HasElements)
            {
                element.Add(notes);
            }

            var hasTarget = !string.IsNullOrEmpty(unit.Target);
            var segment = new XElement(X + "segment", new XAttribute("state", hasTarget ? "translated" : "initial"),
                new XElement(X + "source", new XAttribute(XNamespace.Xml + "space", "preserve"), unit.Source));
            if (hasTarget)
            {
                segment.Add(new XElement(X + "target", new XAttribute(XNamespace.Xml + "space", "preserve"), unit.Target));
            }

            element.Add(segment);
            file.Add(element);
        }

        var root = new XElement(X + "xliff",
            new XAttribute("version", Version),
            new XAttribute("srcLang", document.SourceLanguage),
            new XAttribute("trgLang", document.TargetLanguage),
            file);
        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = Utf8NoBom, Indent = true, NewLineChars = "\n" }))
        {
            new XDocument(new XDeclaration("1.0", "utf-8", null), root).Save(writer);
        }

        return stream.ToArray();
    }

    /// <summary>Reads a document; structure errors refuse the file. Languages and IDs are checked by <see cref="XliffImport"/>.</summary>
    public static XliffReadResult Read(byte[] content)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (content.Length == 0)
        {
            return Fail(XliffProblem.Empty);
        }

        if (content.Length > MaxBytes)
        {
            return Fail(XliffProblem.TooLarge, 0, (MaxBytes / 1024 / 1024).ToString(CultureInfo.InvariantCulture));
        }

        XDocument xml;
        try
        {
            var settings = new XmlReaderSettings
            {
                DtdProcessing = DtdProcessing.Prohibit,
                XmlResolver = null,
                MaxCharactersInDocument = MaxBytes,
                MaxCharactersFromEntities = 0,
                IgnoreComments = true,
                IgnoreProcessingInstructions = true,
            };
            using var reader = XmlReader.Create(new MemoryStream(content, writable: false), settings);
            xml = XDocument.Load(reader, LoadOptions.SetLineInfo | LoadOptions.PreserveWhitespace);
        }
        catch (XmlException ex)
        {
            return HasDoctype(content) ? Fail(XliffProblem.DtdProhibited, ex.LineNumber) : Fail(XliffProblem.NotXml, ex.LineNumber);
        }

        var root = xml.Root!;
        if (root.Name.LocalName != "xliff")
        {
            return Fail(XliffProblem.NotXliff, Line(root), root.Name.LocalName);
        }

        var version = (string?)root.Attribute("version");
        if (version != Version || root.Name.Namespace != X)
        {
            return Fail(XliffProblem.WrongVersion, Line(root), version ?? root.Name.NamespaceName);
        }

        var source = ((string?)root.Attribute("srcLang"))?.Trim().ToLowerInvariant();
        var target = ((string?)root.Attribute("trgLang"))?.Trim().ToLowerInvariant();
        if (string.IsNullOrEmpty(source) || string.IsNullOrEmpty(target))
        {
            return Fail(XliffProblem.MissingLanguage, Line(root), string.IsNullOrEmpty(source) ? "srcLang" : "trgLang");
        }

        var files = root.Elements(X + "file").ToList();
        if (files.Count != 1)
        {
            return Fail(files.Count == 0 ? XliffProblem.NotXliff : XliffProblem.TooManyFiles, Line(root), files.Count.ToString(CultureInfo.InvariantCulture));
        }

        var issues = new List<XliffIssue>();
        var units = new List<TranslationUnit>();
        var fileId = (string?)files[0].Attribute("id") ?? string.Empty;
        foreach (var unit in files[0].Descendants(X + "unit"))
        {
            if (units.Count >= MaxUnits)
            {
                issues.Add(new XliffIssue(XliffProblem.TooManyUnits, Line(unit), MaxUnits.ToString(CultureInfo.InvariantCulture)));
                break;
            }

            var id = (string?)unit.Attribute("id");
            if (string.IsNullOrWhiteSpace(id))
            {
                issues.Add(new XliffIssue(XliffProblem.MissingId, Line(unit)));
                continue;
            }

            // Several segments of one unit are read as one text, in order (a tool may have split sentences).
            var segments = unit.Elements().Where(e => e.Name == X + "segment" || e.Name == X + "ignorable").ToList();
            var sourceText = new StringBuilder();
            StringBuilder? targetText = null;
            foreach (var segment in segments)
            {
                var s = segment.Element(X + "source");
                var t = segment.Element(X + "target");
                foreach (var part in new[] { s, t })
                {
                    if (part?.Elements().FirstOrDefault() is { } markup)
                    {
                        issues.Add(new XliffIssue(XliffProblem.Markup, Line(markup), Shorten(id) + " <" + markup.Name.LocalName + ">"));
                    }
                }

                sourceText.Append(s?.Value);
                if (t is not null)
                {
                    (targetText ??= new StringBuilder()).Append(t.Value);
                }
            }

            units.Add(new TranslationUnit(id, Normalise(sourceText.ToString()), targetText is null ? null : Normalise(targetText.ToString()), Line: Line(unit)));
        }

        if (issues.Count > 0)
        {
            return new XliffReadResult(null, issues);
        }

        return new XliffReadResult(new XliffDocument(source, target, fileId, units, (string?)files[0].Attribute("original")), []);
    }

    /// <summary>Line endings as \n and no surrounding white space: how texts are compared and stored.</summary>
    public static string Normalise(string text) => (text ?? string.Empty).Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Trim();

    internal static string Shorten(string value) => value.Length > 80 ? value[..80] + "…" : value;

    private static XliffReadResult Fail(XliffProblem problem, int line = 0, string? detail = null) =>
        new(null, [new XliffIssue(problem, line, detail is null ? null : Shorten(detail))]);

    private static int Line(XObject node) => node is IXmlLineInfo info && info.HasLineInfo() ? info.LineNumber : 0;

    private static bool HasDoctype(byte[] content)
    {
        var head = Encoding.UTF8.GetString(content, 0, Math.Min(content.Length, 64 * 1024));
        return head.Contains("<!DOCTYPE", StringComparison.OrdinalIgnoreCase) || head.Contains("<!ENTITY", StringComparison.OrdinalIgnoreCase);
    }
}
