using System.Globalization;
using System.Net.Mail;
using DataStrategy.Core.Inventory;
using DataStrategy.Core.Text;

namespace DataStrategy.Core.Catalogue;

/// <summary>
/// The DCAT-AP 3.0.1 graph of one page of the catalogue, as resources that <see cref="TurtleWriter"/> and
/// <see cref="JsonLdWriter"/> both write, so the two formats always say the same. Every page is complete in itself
/// (catalogue, publisher, contact point, the concepts it uses with their types and labels) so that a harvester may
/// read any page alone; the concepts are typed in the document because the shapes check their classes and a
/// harvester does not fetch the EU vocabularies. Addresses (ADR 0033): the catalogue
/// <c>{base}/datasets#catalogue</c>, a dataset <c>{base}/datasets/{slug}#dataset</c>, its distribution
/// <c>…#distribution-{id}</c>, its period <c>…#temporal</c>, the publisher <c>{base}#publisher</c>, its contact point
/// <c>{base}#contact</c>, where <c>{base}</c> is the organisation's public site <c>https://host/p/{org}</c>.
/// </summary>
public static class CatalogueGraph
{
    /// <summary>High-value datasets implementing regulation (EU) 2023/138.</summary>
    public const string HighValueLegislation = "http://data.europa.eu/eli/reg_impl/2023/138/oj";

    private const string Title = Rdf.Dct + "title";
    private const string Description = Rdf.Dct + "description";
    private const string PrefLabel = Rdf.Skos + "prefLabel";
    private const string XsdDate = Rdf.Xsd + "date";
    private const string XsdDateTime = Rdf.Xsd + "dateTime";
    private const string XsdInteger = Rdf.Xsd + "integer";

    private static readonly Dictionary<string, LocalizedText> CatalogueTitles = new()
    {
        [Languages.French] = LocalizedText.Of(fr: "{0} — catalogue de données"),
        [Languages.Dutch] = LocalizedText.Of(nl: "{0} — datacatalogus"),
        [Languages.German] = LocalizedText.Of(de: "{0} — Datenkatalog"),
        [Languages.English] = LocalizedText.Of(en: "{0} — data catalogue"),
    };

    private static readonly Dictionary<string, string> CatalogueDescriptions = new()
    {
        [Languages.French] = "{0}\u00a0: jeux de données publics, décrits selon DCAT-AP 3.0.1.",
        [Languages.Dutch] = "{0}: openbare datasets, beschreven volgens DCAT-AP 3.0.1.",
        [Languages.German] = "{0}: öffentliche Datensätze, beschrieben nach DCAT-AP 3.0.1.",
        [Languages.English] = "{0}: public datasets, described in DCAT-AP 3.0.1.",
    };

    /// <summary>The catalogue resource's IRI.</summary>
    public static string CatalogueIri(string baseUrl) => baseUrl + "/datasets#catalogue";

    /// <summary>A dataset's public page (its landing page).</summary>
    public static string LandingPage(string baseUrl, string slug) => baseUrl + "/datasets/" + Rdf.Iri(Uri.EscapeDataString(slug));

    /// <summary>A dataset's IRI.</summary>
    public static string DatasetIri(string baseUrl, string slug) => LandingPage(baseUrl, slug) + "#dataset";

    /// <summary>Whether <paramref name="address"/> is one e-mail address (what a mailto: may carry).</summary>
    public static bool IsEmailAddress(string? address) =>
        !string.IsNullOrWhiteSpace(address) && address.Length <= 254 && !address.Any(c => c <= ' ' || c is '<' or '>' or '"' or ',' or ';' or '?' or '&' or '%')
        && MailAddress.TryCreate(address, out var parsed) && parsed.Address == address;

    /// <summary>The datasets listed: all of them, or with the Belgian profile those without gaps (<see cref="BelgianProfile"/>).</summary>
    public static bool Lists(CatalogueInfo info, CatalogueDataset dataset) =>
        Describable(dataset) && (!info.BelgianProfile || BelgianProfile.Gaps(dataset).Count == 0);

    /// <summary>DCAT-AP requires a title and a description: a dataset without either in any language is not listed.</summary>
    public static bool Describable(CatalogueDataset dataset)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        return HasText(dataset.Title) && HasText(dataset.Description);
    }

    /// <summary>The resources of one page: catalogue, paging, publisher, contact, datasets with their distributions, concepts.</summary>
    /// <param name="datasets">This page's datasets, already filtered with <see cref="Lists"/>.</param>
    public static List<RdfResource> Build(CatalogueInfo info, IReadOnlyList<CatalogueDataset> datasets, CataloguePage page)
    {
        ArgumentNullException.ThrowIfNull(info);
        ArgumentNullException.ThrowIfNull(datasets);
        ArgumentNullException.ThrowIfNull(page);
        var b = new Builder(info);
        var catalogue = b.Catalogue(page);
        foreach (var dataset in datasets)
        {
            catalogue.AddIri(Rdf.Dcat + "dataset", b.Dataset(dataset));
        }

        b.Resources.AddRange(b.Concepts.Values);
        return b.Resources;
    }

    private static bool HasText(LocalizedText text) => text.Values.Any(v => Languages.IsContent(v.Key) && !string.IsNullOrWhiteSpace(v.Value));

    private static string DateTime(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static string Date(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private sealed class Builder(CatalogueInfo info)
    {
        private readonly string _base = Rdf.Iri(info.BaseUrl);

        private readonly IReadOnlyList<string> _languages = [.. Languages.Content.Where(l => info.Languages.Contains(l))];

        public List<RdfResource> Resources { get; } = [];

        public Dictionary<string, RdfResource> Concepts { get; } = new(StringComparer.Ordinal);

        private string Publisher => _base + "#publisher";

        private string? DefaultLanguage => info.Languages.Count > 0 ? info.Languages[0] : null;

        private string? Contact => IsEmailAddress(info.ContactEmail) ? _base + "#contact" : null;

        /// <summary>The languages literals are written in: those of the text, the Belgian four with the profile.</summary>
        private IEnumerable<string> TextLanguages => info.BelgianProfile ? BelgianProfile.Languages : Languages.Content;

        public RdfResource Catalogue(CataloguePage page)
        {
            var catalogue = New(CatalogueIri(_base), Rdf.Dcat + "Catalog");
            var titleLanguages = info.BelgianProfile ? BelgianProfile.Languages : _languages.Count > 0 ? _languages : [Languages.English];
            foreach (var language in titleLanguages)
            {
                var name = info.PublisherName.Has(language) ? info.PublisherName[language]! : info.PublisherName.Get(DefaultLanguage);
                catalogue.AddText(Title, string.Format(CultureInfo.InvariantCulture, CatalogueTitles[language][language]!, name.Trim()), language);
                catalogue.AddText(Description, string.Format(CultureInfo.InvariantCulture, CatalogueDescriptions[language], name.Trim()), language);
            }

            catalogue.AddText(Rdf.Dct + "identifier", info.Identifier);
            catalogue.AddIri(Rdf.Dct + "publisher", Publisher);
            catalogue.AddTyped(Rdf.Dct + "modified", DateTime(info.Modified), XsdDateTime);
            catalogue.AddIri(Rdf.Foaf + "homepage", Document(_base));
            foreach (var language in _languages.Take(4))
            {
                catalogue.AddIri(Rdf.Dct + "language", Language(language));
            }

            if (Contact is { } contact)
            {
                catalogue.AddIri(Rdf.Dcat + "contactPoint", contact);
            }

            Paging(page);
            PublisherAndContact();
            return catalogue;
        }

        public string Dataset(CatalogueDataset d)
        {
            var landing = LandingPage(_base, d.Slug);
            var iri = landing + "#dataset";
            var dataset = New(iri, Rdf.Dcat + "Dataset");
            dataset.AddText(Rdf.Dct + "identifier", d.Slug);
            Texts(dataset, Title, d.Title);
            Texts(dataset, Description, d.Description);
            foreach (var language in TextLanguages)
            {
                foreach (var keyword in (d.Keywords[language] ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct(StringComparer.Ordinal))
                {
                    dataset.AddText(Rdf.Dcat + "keyword", keyword, language);
                }
            }

            foreach (var theme in d.Themes.Distinct(StringComparer.Ordinal))
            {
                if (EuVocabularies.Find(EuVocabularies.DataThemes, theme) is { } term)
                {
                    dataset.AddIri(Rdf.Dcat + "theme", Concept(term, Rdf.Skos + "Concept"));
                }
            }

            if (EuVocabularies.FrequencyOf(d.Frequency) is { } frequency)
            {
                dataset.AddIri(Rdf.Dct + "accrualPeriodicity", Concept(frequency.Term, Rdf.Dct + "Frequency", Rdf.Skos + "Concept"));
            }

            if (EuVocabularies.Find(EuVocabularies.AccessRights, d.AccessRight) is { } access)
            {
                dataset.AddIri(Rdf.Dct + "accessRights", Concept(access, Rdf.Dct + "RightsStatement", Rdf.Skos + "Concept"));
            }

            var licence = EuVocabularies.Find(EuVocabularies.Licences, d.Licence) is { } l ? Licence(l) : null;
            if (info.BelgianProfile && licence is not null)
            {
                // The Belgian profile wants the licence on the dataset too (DCAT-AP puts it on the distributions).
                dataset.AddIri(Rdf.Dct + "license", licence);
            }

            dataset.AddIri(Rdf.Dct + "publisher", Publisher);
            if (Contact is { } contact)
            {
                dataset.AddIri(Rdf.Dcat + "contactPoint", contact);
            }

            dataset.AddIri(Rdf.Dcat + "landingPage", Document(landing));
            foreach (var language in _languages.Take(4))
            {
                dataset.AddIri(Rdf.Dct + "language", Language(language));
            }

            Spatial(dataset, landing, d.Spatial);
            Temporal(dataset, landing, d.TemporalStart, d.TemporalEnd);
            if (d.Issued is { } issued)
            {
                dataset.AddTyped(Rdf.Dct + "issued", DateTime(issued), XsdDateTime);
            }

            dataset.AddTyped(Rdf.Dct + "modified", DateTime(d.Modified), XsdDateTime);
            var hvd = d.HighValue ? EuVocabularies.Find(EuVocabularies.HighValueCategories, d.HighValueCategory) : null;
            if (d.HighValue)
            {
                dataset.AddIri(Rdf.DcatAp + "applicableLegislation", Legislation());
                if (hvd is not null)
                {
                    dataset.AddIri(Rdf.DcatAp + "hvdCategory", Concept(hvd, Rdf.Skos + "Concept"));
                }
            }

            foreach (var distribution in d.Distributions)
            {
                if (Distribution(landing, distribution, licence, d.HighValue) is { } id)
                {
                    dataset.AddIri(Rdf.Dcat + "distribution", id);
                }
            }

            return iri;
        }

        private string? Distribution(string landing, CatalogueDistribution d, string? licence, bool highValue)
        {
            if (!Rdf.IsWebAddress(d.AccessUrl))
            {
                return null;
            }

            var iri = landing + "#distribution-" + d.Id.ToString("N");
            var distribution = New(iri, Rdf.Dcat + "Distribution");
            foreach (var language in TextLanguages)
            {
                var text = d.Title[language]?.Trim();
                if (!string.IsNullOrEmpty(text) && (!info.BelgianProfile || text.Length >= BelgianProfile.MinLength))
                {
                    distribution.AddText(Title, text, language);
                }
            }

            distribution.AddIri(Rdf.Dcat + "accessURL", Rdf.Iri(d.AccessUrl.Trim()));
            if (Rdf.IsWebAddress(d.DownloadUrl))
            {
                distribution.AddIri(Rdf.Dcat + "downloadURL", Rdf.Iri(d.DownloadUrl!.Trim()));
            }

            if (EuVocabularies.Find(EuVocabularies.FileTypes, d.Format) is { } format)
            {
                distribution.AddIri(Rdf.Dct + "format", Concept(format, Rdf.Dct + "MediaTypeOrExtent", Rdf.Skos + "Concept"));
            }

            if (licence is not null)
            {
                distribution.AddIri(Rdf.Dct + "license", licence);
            }

            foreach (var language in _languages.Take(4))
            {
                distribution.AddIri(Rdf.Dct + "language", Language(language));
            }

            if (highValue)
            {
                distribution.AddIri(Rdf.DcatAp + "applicableLegislation", Legislation());
            }

            return iri;
        }

        private void Spatial(RdfResource dataset, string landing, string? spatial)
        {
            // The Belgian profile wants a location to carry its geometry (dcat:bbox, locn:geometry), which the register
            // does not hold: with the profile, the coverage is left out (an Info-level recommendation there).
            if (string.IsNullOrWhiteSpace(spatial) || info.BelgianProfile)
            {
                return;
            }

            var text = spatial.Trim();
            if (Rdf.IsWebAddress(text))
            {
                var iri = Rdf.Iri(text);
                Shared(iri, Rdf.Dct + "Location");
                dataset.AddIri(Rdf.Dct + "spatial", iri);
                return;
            }

            var place = New(landing + "#spatial", Rdf.Dct + "Location");
            place.AddText(PrefLabel, text);
            dataset.AddIri(Rdf.Dct + "spatial", place.Iri);
        }

        private void Temporal(RdfResource dataset, string landing, DateOnly? start, DateOnly? end)
        {
            // The Belgian profile wants both ends; an open period is then left out rather than given an invented end.
            if ((start is null && end is null) || (info.BelgianProfile && (start is null || end is null)))
            {
                return;
            }

            var period = New(landing + "#temporal", Rdf.Dct + "PeriodOfTime");
            if (start is { } s)
            {
                period.AddTyped(Rdf.Dcat + "startDate", Date(s), XsdDate);
            }

            if (end is { } e)
            {
                period.AddTyped(Rdf.Dcat + "endDate", Date(e), XsdDate);
            }

            dataset.AddIri(Rdf.Dct + "temporal", period.Iri);
        }

        private void Paging(CataloguePage page)
        {
            var paging = New(page.UrlOf(page.Number), Rdf.Hydra + "PagedCollection");
            paging.AddTyped(Rdf.Hydra + "totalItems", page.TotalItems.ToString(CultureInfo.InvariantCulture), XsdInteger);
            paging.AddTyped(Rdf.Hydra + "itemsPerPage", page.Size.ToString(CultureInfo.InvariantCulture), XsdInteger);
            paging.AddIri(Rdf.Hydra + "firstPage", page.UrlOf(1));
            paging.AddIri(Rdf.Hydra + "lastPage", page.UrlOf(page.LastNumber));
            if (page.Number > 1)
            {
                paging.AddIri(Rdf.Hydra + "previousPage", page.UrlOf(page.Number - 1));
            }

            if (page.Number < page.LastNumber)
            {
                paging.AddIri(Rdf.Hydra + "nextPage", page.UrlOf(page.Number + 1));
            }
        }

        private void PublisherAndContact()
        {
            var publisher = New(Publisher, Rdf.Foaf + "Agent");
            publisher.Types.Add(Rdf.Foaf + "Organization");
            Names(publisher, Rdf.Foaf + "name");
            if (Contact is { } contact)
            {
                publisher.AddIri(Rdf.Foaf + "mbox", "mailto:" + info.ContactEmail);
                var kind = New(contact, Rdf.Vcard + "Kind");
                kind.Types.Add(Rdf.Vcard + "Organization");
                Names(kind, Rdf.Vcard + "organization-name");
                kind.AddIri(Rdf.Vcard + "hasEmail", "mailto:" + info.ContactEmail);
                kind.AddIri(Rdf.Vcard + "hasURL", _base);
            }

            if (Rdf.IsWebAddress(info.Homepage))
            {
                var homepage = Document(Rdf.Iri(info.Homepage!.Trim()));
                publisher.AddIri(Rdf.Foaf + "homepage", homepage);
                publisher.AddIri(Rdf.Foaf + "workplaceHomepage", homepage);
            }
        }

        // The organisation's name in each of its languages (the Belgian four with the profile); a name is a name, so a
        // language without its own spelling carries the default one rather than none.
        private void Names(RdfResource resource, string predicate)
        {
            var languages = info.BelgianProfile ? BelgianProfile.Languages : _languages.Count > 0 ? _languages : [Languages.English];
            foreach (var language in languages)
            {
                var name = (info.PublisherName.Has(language) ? info.PublisherName[language]! : info.PublisherName.Get(DefaultLanguage)).Trim();
                if (name.Length > 0)
                {
                    resource.AddText(predicate, name, language);
                }
            }
        }

        private void Texts(RdfResource resource, string predicate, LocalizedText text)
        {
            foreach (var language in TextLanguages)
            {
                var value = text[language]?.Trim();
                if (!string.IsNullOrEmpty(value))
                {
                    resource.AddText(predicate, value, language);
                }
            }
        }

        private string Concept(VocabularyTerm term, params string[] types)
        {
            if (!Concepts.ContainsKey(term.Uri))
            {
                var concept = Shared(term.Uri, types);
                foreach (var language in BelgianProfile.Languages)
                {
                    if (term.Label[language] is { Length: > 0 } label)
                    {
                        concept.AddText(PrefLabel, label, language);
                    }
                }
            }

            return term.Uri;
        }

        private string Licence(VocabularyTerm term)
        {
            if (!Concepts.ContainsKey(term.Uri))
            {
                var licence = Shared(term.Uri, Rdf.Dct + "LicenseDocument");
                foreach (var language in BelgianProfile.Languages)
                {
                    if (term.Label[language] is { Length: > 0 } label)
                    {
                        licence.AddText(Title, label, language);
                    }
                }
            }

            return term.Uri;
        }

        private string Language(string code)
        {
            var uri = CatalogueLanguages.Uri(code)!;
            return Concept(new VocabularyTerm(code, uri, CatalogueLanguages.Label(code)), Rdf.Dct + "LinguisticSystem", Rdf.Skos + "Concept");
        }

        private string Legislation()
        {
            Shared(HighValueLegislation, Rdf.Eli + "LegalResource");
            return HighValueLegislation;
        }

        private string Document(string iri)
        {
            Shared(iri, Rdf.Foaf + "Document");
            return iri;
        }

        private RdfResource Shared(string iri, params string[] types)
        {
            if (!Concepts.TryGetValue(iri, out var resource))
            {
                resource = new RdfResource(iri);
                resource.Types.AddRange(types);
                Concepts[iri] = resource;
            }

            return resource;
        }

        private RdfResource New(string iri, string type)
        {
            var resource = new RdfResource(iri);
            resource.Types.Add(type);
            Resources.Add(resource);
            return resource;
        }
    }
}
