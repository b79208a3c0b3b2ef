namespace Proofread.Findings;

/// <summary>A replacement for a finding's whole span, with the confidence that it is right (0–1).</summary>
public sealed record Suggestion(string Text, double Confidence);
