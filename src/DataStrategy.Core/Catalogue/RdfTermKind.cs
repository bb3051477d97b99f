namespace DataStrategy.Core.Catalogue;

/// <summary>What an object of a triple is.</summary>
public enum RdfTermKind
{
    Iri,
    Literal,
    LangLiteral,
    TypedLiteral,
}
