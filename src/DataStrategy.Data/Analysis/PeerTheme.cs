namespace DataStrategy.Data.Analysis;

/// <summary>One theme of the peer benchmark: how many peers, and the quartiles of their scores.</summary>
public sealed record PeerTheme(string ThemeId, int Peers, double Low, double Median, double High);
