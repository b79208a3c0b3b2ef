using System.Globalization;
using Proofread.Documents;
using Proofread.Evaluation.Spinning;
using Proofread.Lexicon.Morphology;
using Proofread.Text;

namespace Proofread.Spin.Build;

/// <summary>
/// Where the true originals of dev-spinner substitutions are lost before the combiner sees them:
/// never proposed, or proposed and pruned. Guides work on candidate generation (a diagnostic only).
/// </summary>
internal static class CoverageReport
{
    private static readonly PartOfSpeech[] ContentPos = [PartOfSpeech.Noun, PartOfSpeech.Verb, PartOfSpeech.Adjective, PartOfSpeech.Adverb];

    public static void Run(string heldOutPath, int maxDocuments, TextWriter log)
    {
        var documents = HeldOutText.Documents(heldOutPath, 40).Take(maxDocuments).ToList();
        var resources = SpinResources.LoadDefault();
        var spinner = new DevSpinner(
            new ThesaurusSpinSynonyms(resources.Lexicon, Proofread.Lexicon.Thesaurus.PairInfo.AnySource),
            tokens => [.. resources.Tagger.Tag(tokens).Select(t => t.ToString().ToUpperInvariant())],
            new SpinOptions(Seed: 7331));
        var detector = new SpinDetector(resources);
        var tally = new Tally();
        var reverseRanks = new List<int>();

        for (var d = 0; d < documents.Count; d++)
        {
            var pair = spinner.Spin(documents[d], "heldout-" + d.ToString(CultureInfo.InvariantCulture));
            var generated = new Dictionary<TextSpan, List<(Candidate C, bool Kept)>>();
            var scored = new Dictionary<TextSpan, List<Candidate>>();
            detector.Detect(
                Document.FromPlainText(pair.Spun),
                (span, c) => (scored.TryGetValue(span, out var l) ? l : scored[span] = []).Add(c),
                (span, c, kept) => (generated.TryGetValue(span, out var l) ? l : generated[span] = []).Add((c, kept)));
            foreach (var s in pair.Substitutions)
            {
                var original = s.Originals[0];
                var observed = s.Spun;
                var kind = Kind(original, observed);
                var example = $"{observed} <- {original}";
                var gen = generated.GetValueOrDefault(s.Span);
                var match = gen?.FirstOrDefault(g => string.Equals(g.C.Text, original, StringComparison.OrdinalIgnoreCase));
                if (match is { C: not null } m)
                {
                    var best = scored.GetValueOrDefault(s.Span)?.MaxBy(c => c.Probability);
                    var top = best is not null && string.Equals(best.Text, original, StringComparison.OrdinalIgnoreCase);
                    tally.Add($"{kind}: {(m.Kept ? (top ? "kept, ranked first" : "kept, not first") : "pruned")}", example + (m.Kept ? "" : $" (delta {m.C.DeltaAsWritten:0.00}, channel {m.C.ChannelRank}, of {gen!.Count})"));
                    continue;
                }

                // Not proposed: would the untruncated reverse thesaurus have it, and at what rank?
                var rank = int.MaxValue;
                foreach (var pos in ContentPos)
                {
                    var sources = resources.Lexicon.SourcesOf(observed.ToLowerInvariant(), pos);
                    for (var r = 0; r < sources.Count; r++)
                    {
                        if (string.Equals(sources[r].Term, original, StringComparison.OrdinalIgnoreCase))
                        {
                            rank = Math.Min(rank, r);
                            break;
                        }
                    }
                }

                if (rank != int.MaxValue)
                {
                    reverseRanks.Add(rank);
                }

                var why = rank == int.MaxValue ? "not in reverse thesaurus" : rank < SpinResources.MaxThesaurusCandidates ? "in top reverse (tag/name/other)" : "reverse rank beyond cut";
                tally.Add($"{kind}: not proposed, {why}", example + (rank == int.MaxValue ? "" : $" (rank {rank})"));
            }
        }

        log.WriteLine($"{documents.Count} documents, {tally.Total} substitutions");
        tally.Write(log, 70, 6);

        reverseRanks.Sort();
        if (reverseRanks.Count > 0)
        {
            log.WriteLine($"reverse rank of unproposed originals: median {reverseRanks[reverseRanks.Count / 2]}, 90th {reverseRanks[reverseRanks.Count * 9 / 10]}");
        }
    }

    /// <summary>Every candidate proposed for the spans of <paramref name="path"/>'s text that read <paramref name="observed"/>, with its fate and evidence.</summary>
    public static void Candidates(string path, string observed, TextWriter log)
    {
        var text = File.ReadAllText(path);
        var detector = new SpinDetector(SpinResources.LoadDefault());
        var generated = new List<(TextSpan Span, Candidate C, bool Kept)>();
        var result = detector.Detect(Document.FromPlainText(text), null, (span, c, kept) => generated.Add((span, c, kept)));
        foreach (var (span, c, kept) in generated.Where(g => string.Equals(text.Substring(g.Span.Start, g.Span.Length), observed, StringComparison.OrdinalIgnoreCase)).OrderByDescending(g => g.C.Probability))
        {
            log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{span.Start,6} {observed} -> {c.Text,-24} {(kept ? "kept  " : "pruned")} P {c.Probability:0.000} first-pass {c.Features[SpinFeatures.FirstPass]:0.000} lm {c.DeltaAsWritten:0.00} strength {c.Strength:0.00} channel {c.ChannelRank} doc-context {c.DocumentContext} sources {c.Sources}"));
        }

        foreach (var s in result.Spans.Where(s => s.Span.OverlapsWith(new TextSpan(text.IndexOf(observed, StringComparison.OrdinalIgnoreCase), observed.Length))))
        {
            log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"reported span {s.Span}: P {s.Probability:0.000}, best {s.Suggestions[0].Text}"));
        }
    }

    /// <summary>The passage scorer's features and score for each file, one line each.</summary>
    public static void PassageFeatures(IEnumerable<string> paths, TextWriter log)
    {
        var detector = new SpinDetector(SpinResources.LoadDefault());
        log.WriteLine("score\t" + string.Join('\t', PassageScorer.FeatureNames) + "\tfile");
        foreach (var path in paths)
        {
            var result = detector.Detect(Document.FromPlainText(File.ReadAllText(path)));
            log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{result.Score:0.000}\t{string.Join('\t', result.PassageFeatures.Select(f => f.ToString("0.0000", CultureInfo.InvariantCulture)))}\t{path}"));
        }
    }

    private static string Kind(string original, string observed) =>
        observed.Contains(' ', StringComparison.Ordinal) ? "multi-word"
        : original.Length > 0 && char.IsUpper(original[0]) ? "capitalised"
        : original is "in" or "on" or "at" or "for" or "from" or "with" or "by" or "to" or "into" or "over" or "during" or "throughout" or "about" or "of" ? "preposition"
        : "single word";

    /// <summary>Counts per outcome, with the first few examples of each.</summary>
    private sealed class Tally
    {
        private const int KeptExamples = 12;
        private readonly SortedDictionary<string, (int Count, List<string> Examples)> _outcomes = new(StringComparer.Ordinal);

        public int Total { get; private set; }

        public void Add(string outcome, string example)
        {
            var (count, examples) = _outcomes.TryGetValue(outcome, out var known) ? known : (0, []);
            if (examples.Count < KeptExamples)
            {
                examples.Add(example);
            }

            _outcomes[outcome] = (count + 1, examples);
            Total++;
        }

        public void Write(TextWriter log, int width, int shownExamples)
        {
            foreach (var (outcome, (count, examples)) in _outcomes)
            {
                log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{outcome.PadRight(width)} {count,6} {100.0 * count / Total,6:0.0} %   e.g. {string.Join("; ", examples.Take(shownExamples))}"));
            }
        }
    }
}
