namespace DataStrategy.Core.Strategy;

/// <summary>A run of text that is unchanged, only in the new text, or only in the old one.</summary>
public sealed record TextPiece(DiffOp Op, string Text);
