namespace DataStrategy.Browser.Tests;

/// <summary>One control's measured contrast: its markup and text, the ratio, the ratio it needs, and the two colours.</summary>
public sealed record ControlMeasure(string Html, string Text, double Ratio, double Needed, string Fg, string Bg);
