using System.Globalization;
using System.Runtime.CompilerServices;
using Proofread.Documents;
using Proofread.Findings;
using Proofread.Pipeline;

namespace Proofread.Spin;

/// <summary>
/// Reports spun phrasing with ranked suggestions, a calibrated confidence and a one-sentence
/// explanation, and scores each document (<see cref="IDocumentScorer"/>). Resources load on
/// first use, so runs that disable spin pay nothing.
/// </summary>
public sealed class SpinAnalyzer : IAnalyzer, IDocumentScorer
{
    /// <summary>Spun content words and phrases (thesaurus, term index, the document itself).</summary>
    public static readonly RuleDescriptor ThesaurusRule = new(
        "spin.thesaurus",
        "Spun wording",
        FindingCategory.Spin,
        Severity.Warning,
        "A word or phrase reads like a thesaurus substitution made by an article spinner; the likely original is suggested.");

    /// <summary>Swapped closed-class words (prepositions, "because of" for "due to").</summary>
    public static readonly RuleDescriptor ConfusionRule = new(
        "spin.confusion",
        "Swapped function word",
        FindingCategory.Spin,
        Severity.Warning,
        "A preposition or fixed phrase was swapped for a near neighbour that does not fit here.");

    private readonly Lazy<SpinResources> _resources;
    private readonly Lazy<SpinDetector> _detector;
    private readonly double? _threshold;
    private readonly ConditionalWeakTable<Document, SpinResult> _results = [];

    /// <summary>
    /// An analyser that loads <paramref name="resources"/> on first use. Spans whose P(spun) reaches
    /// <paramref name="threshold"/> are reported; by default the combiner's own threshold, chosen
    /// when it was trained for precision and few flags on clean text.
    /// </summary>
    public SpinAnalyzer(Func<SpinResources> resources, double? threshold = null)
    {
        ArgumentNullException.ThrowIfNull(resources);
        _resources = new Lazy<SpinResources>(resources);
        _detector = new Lazy<SpinDetector>(() => new SpinDetector(_resources.Value));
        _threshold = threshold;
    }

    /// <summary>Spans whose P(spun) reaches this are reported.</summary>
    public double Threshold => _threshold ?? _resources.Value.Combiner.Threshold;

    /// <inheritdoc />
    public IReadOnlyList<RuleDescriptor> Rules { get; } = [ThesaurusRule, ConfusionRule];

    /// <inheritdoc />
    public string ScoreName => "spin";

    /// <summary>The shipped analyser.</summary>
    public static SpinAnalyzer LoadDefault() => new(SpinResources.LoadDefault);

    /// <summary>The detector's full result for a document (computed once per document).</summary>
    public SpinResult Detect(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return _results.GetValue(document, d => _detector.Value.Detect(d));
    }

    /// <summary>The detector's own score: P(the text was machine-spun) from its spans and language-model fit.</summary>
    public double Score(Document document) => Detect(document).Score;

    /// <summary>
    /// The detector's score with the other analysers' spin findings weighed in (see <see cref="WithOtherEvidence"/>).
    /// </summary>
    public double Score(Document document, IReadOnlyList<Finding> findings) => WithOtherEvidence(Score(document), findings);

    /// <summary>
    /// A phrase another analyser knows as spinner output (the phrasebook's "World Wellbeing
    /// Corporation") is evidence of its own that the text was spun, which the detector's trees never
    /// saw: their training spins hold no such phrases. Each distinct one, at its confidence c, leaves
    /// at most 1 − c of the chance that the text is clean (a noisy-OR). The detector's own findings are
    /// already in <paramref name="score"/>; findings with no confidence carry no weight.
    /// </summary>
    internal static double WithOtherEvidence(double score, IEnumerable<Finding> findings)
    {
        ArgumentNullException.ThrowIfNull(findings);
        double? clean = null;
        var seen = new HashSet<(string Rule, string Text)>();
        foreach (var finding in findings)
        {
            if (finding.Category != FindingCategory.Spin || finding.Rule == ThesaurusRule || finding.Rule == ConfusionRule
                || finding.Suggestions.IsDefaultOrEmpty || !seen.Add((finding.Rule.Id, finding.Text.ToLowerInvariant())))
            {
                continue;
            }

            clean = (clean ?? 1 - score) * (1 - Math.Clamp(finding.Suggestions.Max(s => s.Confidence), 0, 1));
        }

        return clean is { } c ? 1 - c : score;
    }

    /// <inheritdoc />
    public IEnumerable<Finding> Analyze(Document document, IReadOnlySet<string> enabledRules)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(enabledRules);
        if (!enabledRules.Contains(ThesaurusRule.Id) && !enabledRules.Contains(ConfusionRule.Id))
        {
            return [];
        }

        var findings = new List<Finding>();
        var threshold = Threshold;
        foreach (var span in Detect(document).Spans)
        {
            if (span.Probability < threshold)
            {
                continue;
            }

            var rule = span.Best.Sources == CandidateSource.Confusion ? ConfusionRule : ThesaurusRule;
            if (!enabledRules.Contains(rule.Id))
            {
                continue;
            }

            var text = document.Text.Substring(span.Span.Start, span.Span.Length);
            findings.Add(new Finding(
                rule,
                span.Span,
                text,
                Explain(text, span),
                rule.DefaultSeverity,
                [.. span.Suggestions.Select(s => new Suggestion(s.Text, Math.Round(s.Probability, 2)))]));
        }

        return findings;
    }

    // Below this channel rank the explanation says how prominent a synonym the observed word is.
    private const int StrongSynonyms = 5;

    /// <summary>One sentence on why the best suggestion was made.</summary>
    internal static string Explain(string text, SpinSpan span)
    {
        var e = span.Best;
        var original = span.Suggestions[0].Text;
        var reasons = new List<string>();
        if ((e.Sources & CandidateSource.Term) != 0)
        {
            reasons.Add($"'{text}' reads like the known term '{original}' with its words swapped for synonyms");
        }
        else if ((e.Sources & CandidateSource.Thesaurus) != 0 && e.ChannelRank < StrongSynonyms)
        {
            // The channel model's view: a spinner picks among a word's strongest synonyms.
            reasons.Add(e.ChannelRank == 0
                ? $"'{text}' is the strongest synonym listed for '{original}'"
                : string.Create(CultureInfo.InvariantCulture, $"'{text}' is among the {e.ChannelRank + 1} strongest synonyms listed for '{original}'"));
        }
        else if ((e.Sources & CandidateSource.Thesaurus) != 0)
        {
            reasons.Add($"'{text}' is listed as a synonym of '{original}'");
        }
        else if ((e.Sources & CandidateSource.Confusion) != 0)
        {
            reasons.Add($"'{text}' is a common swap for '{original}'");
        }

        if (e.DocumentContext > 0)
        {
            reasons.Add($"'{original}' fills the same context {Times(e.DocumentContext)} elsewhere in this text");
        }
        else if ((e.Sources & CandidateSource.Confusion) == 0 && e.DocumentCount > 0)
        {
            reasons.Add($"'{original.ToLowerInvariant()}' occurs {Times(e.DocumentCount)} in this text");
        }

        if (e.LmDelta >= 1)
        {
            reasons.Add(string.Create(CultureInfo.InvariantCulture, $"the sentence reads about {Math.Pow(10, Math.Min(e.LmDelta, 6)):N0} times likelier with it"));
        }

        if (reasons.Count == 0)
        {
            reasons.Add($"'{original}' fits the context better than '{text}'");
        }

        var joined = reasons.Count == 1 ? reasons[0] : string.Join(", ", reasons.Take(reasons.Count - 1)) + " and " + reasons[^1];
        return $"Possibly spun: {joined}.";
    }

    private static string Times(int n) => n switch
    {
        1 => "once",
        2 => "twice",
        _ => string.Create(CultureInfo.InvariantCulture, $"{n} times"),
    };
}
