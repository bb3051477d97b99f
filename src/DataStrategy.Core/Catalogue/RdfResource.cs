namespace DataStrategy.Core.Catalogue;

/// <summary>A subject of the graph with its types and (predicate, object) pairs, in the order they are written.</summary>
public sealed class RdfResource(string iri)
{
    public string Iri { get; } = iri;

    public List<string> Types { get; } = [];

    public List<KeyValuePair<string, RdfTerm>> Properties { get; } = [];

    public RdfResource Add(string predicate, RdfTerm value)
    {
        Properties.Add(new(predicate, value));
        return this;
    }

    public RdfResource AddIri(string predicate, string iri) => Add(predicate, new RdfTerm(RdfTermKind.Iri, iri));

    public RdfResource AddText(string predicate, string text) => Add(predicate, new RdfTerm(RdfTermKind.Literal, text));

    public RdfResource AddText(string predicate, string text, string language) => Add(predicate, new RdfTerm(RdfTermKind.LangLiteral, text, language));

    public RdfResource AddTyped(string predicate, string text, string datatype) => Add(predicate, new RdfTerm(RdfTermKind.TypedLiteral, text, datatype));
}
