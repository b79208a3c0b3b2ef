using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Humanizer;
using Proofread.Documents;
using Proofread.Findings;

namespace Proofread.Evaluation;

/// <summary>What to measure.</summary>
/// <param name="PairsDirectory">Spun/original pairs (see <see cref="EvalCorpus.LoadPairs"/>).</param>
/// <param name="CleanDirectory">Human-written prose for false flags per 1,000 words (*.txt, *.md).</param>
/// <param name="PassageWords">Passage length for the spin-score AUC; 0 skips it.</param>
/// <param name="TorturedPhrases">A tortured-phrase list to place in neutral sentences.</param>
/// <param name="ByRule">Also report pair metrics per rule.</param>
public sealed record EvalOptions(
    string? PairsDirectory = null,
    string? CleanDirectory = null,
    int PassageWords = 0,
    string? TorturedPhrases = null,
    bool ByRule = false);

/// <summary>False flags on clean prose: spin flags in detail, and the findings of every rule counted.</summary>
public sealed record CleanResult(int Files, int Words, ImmutableArray<FlaggedSpan> Flags, ImmutableSortedDictionary<string, int> ByRule)
{
    /// <summary>Flags per 1,000 words.</summary>
    public double PerThousandWords => RankingMetrics.PerThousandWords(Flags.Length, Words);
}

/// <summary>A span flagged on clean prose.</summary>
public sealed record FlaggedSpan(string File, int Offset, string Text, string Rule, string? Suggestion);

/// <summary>The per-passage spin score, spun versus clean.</summary>
public sealed record PassageResult(int SpunPassages, int CleanPassages, double Auc, double SpunFlaggedShare, double CleanFlaggedShare);

/// <summary>Every figure one evaluation run produced.</summary>
public sealed record EvalReport(
    SpinMetrics? Pairs,
    ImmutableSortedDictionary<string, SpinMetrics>? PairsByRule,
    CleanResult? Clean,
    PassageResult? Passages,
    SpinMetrics? Tortured);

/// <summary>
/// Runs the measurements of <see cref="EvalOptions"/> with a given analysis function, so the
/// same code measures the shipped pipeline and experimental ones.
/// </summary>
/// <param name="analyze">Findings for a document (only spin-category findings are scored).</param>
/// <param name="spinScore">The per-document spin probability, if the pipeline has one.</param>
/// <param name="verdictThreshold">The score at or above which a passage is called spun.</param>
public sealed class EvalRunner(Func<Document, ImmutableArray<Finding>> analyze, Func<Document, double>? spinScore = null, double verdictThreshold = 0.5)
{
    /// <summary>Runs every measurement that <paramref name="options"/> asks for.</summary>
    public EvalReport Run(EvalOptions options)
    {
        SpinMetrics? pairs = null;
        ImmutableSortedDictionary<string, SpinMetrics>? byRule = null;
        var spunTexts = new List<string>();
        if (options.PairsDirectory is { } pairsDirectory)
        {
            var samples = EvalCorpus.LoadPairs(pairsDirectory);
            (pairs, byRule) = ScoreSamples(samples, options.ByRule);
            spunTexts.AddRange(samples.Select(s => s.Spun));
        }

        CleanResult? clean = null;
        var cleanTexts = new List<string>();
        if (options.CleanDirectory is { } cleanDirectory)
        {
            var files = Directory.EnumerateFiles(cleanDirectory, "*.*", SearchOption.AllDirectories)
                .Where(f => f.EndsWith(".txt", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".md", StringComparison.OrdinalIgnoreCase))
                .Order(StringComparer.Ordinal)
                .ToList();
            var flags = ImmutableArray.CreateBuilder<FlaggedSpan>();
            var countsByRule = new SortedDictionary<string, int>(StringComparer.Ordinal);
            var words = 0;
            foreach (var file in files)
            {
                var document = DocumentLoader.LoadFile(file);
                cleanTexts.Add(document.Text);
                words += document.WordCount;
                var findings = analyze(document);
                foreach (var finding in findings)
                {
                    countsByRule[finding.Rule.Id] = countsByRule.GetValueOrDefault(finding.Rule.Id) + 1;
                }

                foreach (var finding in Spin(findings))
                {
                    flags.Add(new FlaggedSpan(Path.GetFileName(file), finding.Span.Start, finding.Text, finding.Rule.Id, finding.BestSuggestion?.Text));
                }
            }

            clean = new CleanResult(files.Count, words, flags.ToImmutable(), countsByRule.ToImmutableSortedDictionary(StringComparer.Ordinal));
        }

        PassageResult? passages = null;
        if (options.PassageWords > 0 && spinScore is not null && spunTexts.Count > 0 && cleanTexts.Count > 0)
        {
            var spunScores = spunTexts.SelectMany(t => PassageSplitter.Split(t, options.PassageWords)).Select(p => spinScore(Document.FromPlainText(p))).ToList();
            var cleanScores = cleanTexts.SelectMany(t => PassageSplitter.Split(t, options.PassageWords)).Select(p => spinScore(Document.FromPlainText(p))).ToList();
            passages = new PassageResult(
                spunScores.Count,
                cleanScores.Count,
                RankingMetrics.Auc(spunScores, cleanScores),
                Share(spunScores, verdictThreshold),
                Share(cleanScores, verdictThreshold));
        }

        SpinMetrics? tortured = null;
        if (options.TorturedPhrases is { } torturedPath)
        {
            tortured = ScoreSamples(EvalCorpus.LoadTorturedPhrases(torturedPath), byRule: false).Total;
        }

        return new EvalReport(pairs, byRule, clean, passages, tortured);
    }

    private (SpinMetrics Total, ImmutableSortedDictionary<string, SpinMetrics>? ByRule) ScoreSamples(ImmutableArray<SpunSample> samples, bool byRule)
    {
        var results = samples.AsParallel().AsOrdered().Select(sample =>
        {
            var findings = Spin(analyze(Document.FromPlainText(sample.Spun, sample.Name)));
            var predictions = findings.Select(f => new Prediction(f.Span, [.. f.Suggestions.Select(s => s.Text)], f.Rule.Id)).ToList();
            return (Total: SpinScorer.Score(sample.Spun, sample.Truths, predictions),
                    ByRule: byRule ? SpinScorer.ByRule(sample.Spun, sample.Truths, predictions) : null);
        }).ToList();

        var total = SpinScorer.Total(results.Select(r => r.Total));
        if (!byRule)
        {
            return (total, null);
        }

        var rules = results.SelectMany(r => r.ByRule!)
            .GroupBy(kv => kv.Key, StringComparer.Ordinal)
            .ToImmutableSortedDictionary(g => g.Key, g => SpinScorer.Total(g.Select(kv => kv.Value)), StringComparer.Ordinal);
        return (total, rules);
    }

    private static IEnumerable<Finding> Spin(ImmutableArray<Finding> findings) => findings.Where(f => f.Category == FindingCategory.Spin);

    private static double Share(List<double> scores, double threshold) => scores.Count == 0 ? 0 : (double)scores.Count(s => s >= threshold) / scores.Count;

    /// <summary>Renders a report as the plain text <c>proofread eval</c> prints.</summary>
    public static string Format(EvalReport report)
    {
        var c = CultureInfo.InvariantCulture;
        var b = new StringBuilder();
        if (report.Pairs is { } p)
        {
            b.AppendLine(c, $"pairs: precision {p.Precision:0.000}  recall {p.Recall:0.000}  exact-top1 {p.ExactRestoration:0.000}  top3-of-detected {p.Top3AmongDetected:0.000}  ({"substitution".ToQuantity(p.Truths)}, {p.Predictions} flagged)");
        }

        foreach (var (rule, m) in report.PairsByRule ?? ImmutableSortedDictionary<string, SpinMetrics>.Empty)
        {
            b.AppendLine(c, $"  {rule}: precision {m.Precision:0.000}  recall {m.Recall:0.000}  exact-top1 {m.ExactRestoration:0.000}  flagged {m.Predictions}");
        }

        if (report.Clean is { } clean)
        {
            b.AppendLine(c, $"clean: {clean.Flags.Length} false spin flags in {clean.Words} words = {clean.PerThousandWords:0.00} per 1,000 words ({"file".ToQuantity(clean.Files)})");
            foreach (var (rule, count) in clean.ByRule)
            {
                b.AppendLine(c, $"  {rule}: {"finding".ToQuantity(count)} = {RankingMetrics.PerThousandWords(count, clean.Words):0.00} per 1,000 words");
            }
        }

        if (report.Passages is { } passages)
        {
            b.AppendLine(c, $"passages: AUC {passages.Auc:0.000}  spun flagged {passages.SpunFlaggedShare:P1}  clean flagged {passages.CleanFlaggedShare:P1}  ({passages.SpunPassages} spun, {passages.CleanPassages} clean {"passage".ToQuantity(passages.CleanPassages, ShowQuantityAs.None)})");
        }

        if (report.Tortured is { } t)
        {
            b.AppendLine(c, $"tortured phrases: recall {t.Recall:0.000}  exact-top1 {t.ExactRestoration:0.000}  top3-of-detected {t.Top3AmongDetected:0.000}  ({"phrase".ToQuantity(t.Truths)})");
        }

        return b.ToString();
    }
}
