using System.Globalization;
using Proofread.Analyzers.Text;
using Proofread.Documents;
using Proofread.Findings;
using Proofread.Pipeline;

namespace Proofread.Analyzers.Readability;

/// <summary>Thresholds of the per-sentence readability findings.</summary>
/// <param name="MaxSentenceWords">A sentence with more words than this is very long.</param>
/// <param name="MaxSentenceGrade">A sentence whose Flesch–Kincaid grade exceeds this is very hard.</param>
/// <param name="MinWordsForGrade">Shorter sentences are never called hard (a grade of a few words means little).</param>
public sealed record ReadabilitySettings(int MaxSentenceWords = 45, double MaxSentenceGrade = 26, int MinWordsForGrade = 12)
{
    /// <summary>The shipped thresholds.</summary>
    public static ReadabilitySettings Default { get; } = new();
}

/// <summary>
/// Per-sentence readability findings (category readability, info): very long sentences and very
/// hard ones, by the thresholds in <see cref="ReadabilitySettings"/>. No suggestions: only a writer can split a sentence.
/// </summary>
public sealed class ReadabilityAnalyzer : IAnalyzer
{
    /// <summary>Very long sentences.</summary>
    public static readonly RuleDescriptor LongSentence = new(
        "readability.sentence.long",
        "very long sentence",
        FindingCategory.Readability,
        Severity.Info,
        "A sentence with more words than the threshold (45 by default) is hard to follow; consider splitting it.");

    /// <summary>Very hard sentences.</summary>
    public static readonly RuleDescriptor HardSentence = new(
        "readability.sentence.hard",
        "very hard sentence",
        FindingCategory.Readability,
        Severity.Info,
        "A sentence whose Flesch–Kincaid grade is above the threshold (26 by default): long words in a long sentence.");

    private readonly ISyllableCounter _syllables;

    /// <summary>Creates the analyser with a syllable counter and thresholds.</summary>
    public ReadabilityAnalyzer(ISyllableCounter syllables, ReadabilitySettings? settings = null)
    {
        _syllables = syllables;
        Settings = settings ?? ReadabilitySettings.Default;
    }

    /// <summary>The thresholds.</summary>
    public ReadabilitySettings Settings { get; }

    /// <inheritdoc />
    public IReadOnlyList<RuleDescriptor> Rules { get; } = [LongSentence, HardSentence];

    /// <inheritdoc />
    public IEnumerable<Finding> Analyze(Document document, IReadOnlySet<string> enabledRules)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(enabledRules);
        var findings = new List<Finding>();
        var units = new List<WordUnit>();
        var wantLong = enabledRules.Contains(LongSentence.Id);
        var wantHard = enabledRules.Contains(HardSentence.Id);
        foreach (var sentence in document.Sentences)
        {
            var counts = ReadabilityCalculator.Measure(document, sentence, _syllables, null, units);
            if (counts.Words == 0)
            {
                continue;
            }

            var span = Proofread.Text.TextSpan.FromBounds(document.Tokens[sentence.FirstToken].Span.Start, document.Tokens[sentence.EndToken - 1].Span.End);
            if (wantLong && counts.Words > Settings.MaxSentenceWords)
            {
                findings.Add(Finding.Create(document, LongSentence, span, string.Create(CultureInfo.InvariantCulture, $"This sentence has {counts.Words} words (more than {Settings.MaxSentenceWords}); consider splitting it.")));
            }

            var grade = ReadabilityCalculator.FromCounts(1, counts).FleschKincaidGrade;
            if (wantHard && counts.Words >= Settings.MinWordsForGrade && grade > Settings.MaxSentenceGrade)
            {
                findings.Add(Finding.Create(document, HardSentence, span, string.Create(CultureInfo.InvariantCulture, $"This sentence reads at grade {grade:0.#} (above {Settings.MaxSentenceGrade:0.#}); shorter words and sentences would help.")));
            }
        }

        return findings;
    }
}
