using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Ap = DocumentFormat.OpenXml.ExtendedProperties;

namespace DataStrategy.Core.Documents.Docx;

/// <summary>The DOCX package: its file, its properties (title, language, author) and its settings.</summary>
internal static class DocxPackage
{
    public const string ApplicationName = "Data Strategy Studio";

    /// <summary>The bytes of a new document; <paramref name="write"/> adds its parts.</summary>
    public static byte[] Build(Action<WordprocessingDocument> write)
    {
        using var stream = new MemoryStream();

        // Disposing the package saves every part (auto-save); saving as well would serialise the whole document twice.
        using (var package = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            write(package);
        }

        return stream.ToArray();
    }

    /// <summary>The main part, holding the body the document is written into.</summary>
    public static MainDocumentPart AddMain(WordprocessingDocument package, Body body)
    {
        var main = package.AddMainDocumentPart();
        main.Document = new Document(body);
        return main;
    }

    /// <summary>Title, language and author: shown by file browsers and Word, and the language screen readers start in.</summary>
    public static void SetProperties(WordprocessingDocument package, string title, string? subject, string language, string company)
    {
        var properties = package.PackageProperties;
        properties.Title = title;
        properties.Creator = ApplicationName;
        if (subject is not null)
        {
            properties.Subject = subject;
        }

        properties.Language = language;
        properties.Created = DateTime.UtcNow;
        properties.Modified = properties.Created;

        var extended = package.AddExtendedFilePropertiesPart();
        extended.Properties = new Ap.Properties(new Ap.Company(company), new Ap.Application(ApplicationName));
    }

    /// <summary>The settings part; <paramref name="updateFieldsOnOpen"/> asks Word to fill in fields (page references) when it opens the file.</summary>
    public static void AddSettings(MainDocumentPart main, string language, bool? updateFieldsOnOpen = null)
    {
        var settings = new Settings(
            new Zoom { Percent = "100" },
            new DefaultTabStop { Val = 708 },
            new CharacterSpacingControl { Val = CharacterSpacingValues.DoNotCompress });
        if (updateFieldsOnOpen is { } update)
        {
            settings.Append(new UpdateFieldsOnOpen { Val = update });
        }

        settings.Append(
            new Compatibility(new CompatibilitySetting
            {
                Name = CompatSettingNameValues.CompatibilityMode,
                Uri = "http://schemas.microsoft.com/office/word",
                Val = "15",
            }),
            new ThemeFontLanguages { Val = language });
        main.AddNewPart<DocumentSettingsPart>().Settings = settings;
    }
}
