using System.Collections.Immutable;
using CsCheck;
using Proofread.Findings;
using Proofread.Text;

namespace Proofread.Core.Tests.Editing;

/// <summary>Generators of texts and findings on them, for the editing properties.</summary>
internal static class EditingGens
{
    public static readonly RuleDescriptor[] Rules =
    [
        new("spin.phrasebook", "Spun phrase", FindingCategory.Spin, Severity.Warning, "Spun phrasing."),
        new("spelling.unknown", "Unknown word", FindingCategory.Spelling, Severity.Warning, "Unknown words."),
        new("style.wordy", "Wordy", FindingCategory.Style, Severity.Info, "Wordiness."),
    ];

    public static readonly Gen<string> Text = Gen.String[Gen.Char["ab c.\n"], 0, 30];

    // Few distinct confidences and replacements, so ties and duplicates happen often.
    private static readonly Gen<(int Start, int Length, string Replacement, double Confidence, int Rule)> s_raw =
        Gen.Select(Gen.Int[0, 40], Gen.Int[0, 5], Gen.OneOf("", "x", "yy", "a", "b c"), Gen.OneOf(0.1, 0.5, 0.9), Gen.Int[0, 2]);

    public static Gen<(string Text, Finding[] Findings)> TextWithFindings { get; } =
        Gen.Select(Text, s_raw.Array[0, 12]).Select((text, raws) => (text, raws.Select(r => Make(text, r)).ToArray()));

    private static Finding Make(string text, (int Start, int Length, string Replacement, double Confidence, int Rule) raw)
    {
        var start = raw.Start % (text.Length + 1);
        var end = Math.Min(text.Length, start + raw.Length);
        var span = TextSpan.FromBounds(start, end);
        return new Finding(
            Rules[raw.Rule],
            span,
            text[start..end],
            "message",
            Severity.Warning,
            [new Suggestion(raw.Replacement, raw.Confidence)]);
    }

    public static ImmutableArray<Finding> Shuffled(Finding[] findings, int seed)
    {
        var copy = findings.ToArray();
        new Random(seed).Shuffle(copy);
        return [.. copy];
    }
}
