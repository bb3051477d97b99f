using DataStrategy.Core.Text;

namespace DataStrategy.Core.Inventory;

/// <summary>One concept of a controlled vocabulary: the code stored in the register, its URI, its labels.</summary>
/// <param name="Code">What the register stores ("MONTHLY", "ENVI", "CSV").</param>
/// <param name="Uri">The concept's URI in its authority table.</param>
/// <param name="Label">Its label in fr, nl, de and en.</param>
public sealed record VocabularyTerm(string Code, string Uri, LocalizedText Label);
