namespace DataStrategy.Core.Catalogue;

/// <summary>The object of a triple: an IRI, a plain string, a string in a language, or a typed literal.</summary>
/// <param name="Kind">Which.</param>
/// <param name="Value">The IRI (already made safe by <see cref="Rdf.Iri"/>) or the literal's text.</param>
/// <param name="Extra">The language tag of a <see cref="RdfTermKind.LangLiteral"/>, the datatype IRI of a <see cref="RdfTermKind.TypedLiteral"/>.</param>
public readonly record struct RdfTerm(RdfTermKind Kind, string Value, string? Extra = null);
