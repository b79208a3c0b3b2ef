using System.Collections.Immutable;
using Proofread.Text;

namespace Proofread.Evaluation;

/// <summary>A flagged span with its ranked replacements, as the detector reported it.</summary>
public sealed record Prediction(TextSpan Span, ImmutableArray<string> Suggestions, string Rule = "");
