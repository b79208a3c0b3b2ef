using System.Globalization;
using Proofread.Documents;
using Proofread.Lexicon.Morphology;
using Proofread.Text;

namespace Proofread.Spin.Build;

/// <summary>
/// Where the expected wordings of tortured phrases (measurement data, read where it lies) are lost,
/// stage by stage: proposed for the phrase's exact span, reachable through another span, reachable
/// word by word, kept by the pruner, ranked first by the combiner, reported. Broken down by phrase
/// length and by whether the expected wording is a known term. With a folder of clean texts, also
/// the cost side: proposals per word by source. A diagnostic only.
/// </summary>
internal static class TorturedStages
{
    private static readonly PartOfSpeech[] ContentPos = [PartOfSpeech.Noun, PartOfSpeech.Verb, PartOfSpeech.Adjective, PartOfSpeech.Adverb];

    private static readonly string[] Columns =
    [
        "n", "(a)exact", "(b)other", "a|b", "word-gen", "word-thes", "exp-attest", "thes&att", "thes&known", "thes&pairs", "termq3", "termq50", "obs-unatt", "(c)kept", "(d)top1", "reported",
    ];

    public static void Run(string path, string? cleanDirectory, TextWriter log)
    {
        var resources = SpinResources.LoadDefault();
        var detector = new SpinDetector(resources);
        var rows = new SortedDictionary<string, int[]>(StringComparer.Ordinal);
        var bySource = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var examples = new SortedDictionary<string, List<string>>(StringComparer.Ordinal);
        var termPairs = new HashSet<(string, string)>();
        foreach (var t in resources.Terms.Terms())
        {
            var w = t.Split(' ');
            for (var k = 1; k < w.Length; k++)
            {
                termPairs.Add((w[k - 1], w[k]));
            }
        }

        foreach (var sample in Evaluation.EvalCorpus.LoadTorturedPhrases(path))
        {
            var truth = sample.Truths[0];
            var text = sample.Spun;
            var prefix = text[..truth.Span.Start];
            var suffix = text[truth.Span.End..];
            var expected = truth.Originals.Select(o => Normalize(o)).ToHashSet(StringComparer.Ordinal);
            var expectedSentences = truth.Originals.Select(o => Normalize(prefix + o + suffix)).ToHashSet(StringComparer.Ordinal);
            var generated = new List<(TextSpan Span, Candidate C, bool Kept)>();
            var scored = new Dictionary<TextSpan, List<Candidate>>();
            var result = detector.Detect(
                Document.FromPlainText(text),
                (span, c) => (scored.TryGetValue(span, out var l) ? l : scored[span] = []).Add(c),
                (span, c, kept) => generated.Add((span, c, kept)));

            bool Matches(Candidate c) => expected.Contains(Normalize(c.Text));
            var exact = generated.Where(g => g.Span == truth.Span && Matches(g.C)).ToList();
            var other = generated.Any(g => g.Span != truth.Span && g.Span.OverlapsWith(truth.Span)
                && expectedSentences.Contains(Normalize(text[..g.Span.Start] + g.C.Text + text[g.Span.End..])));
            var words = truth.Spun.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var wordGen = WordByWord(words, expected, position => generated
                .Where(g => g.Span.Start == WordStart(truth, words, position) && g.Span.Length == words[position].Length)
                .Select(g => g.C.Text));
            var wordThes = WordByWord(words, expected, position => ContentPos
                .SelectMany(pos => resources.SourceTermsOf(words[position].ToLowerInvariant(), pos))
                .Select(s => s.Text.Text));
            var multiExpected = truth.Originals.Where(o => o.Contains(' ', StringComparison.Ordinal)).ToList();
            var expAttested = multiExpected.Any(o => Attested(resources, o));
            var expPairs = multiExpected.Any(o => Attested(resources, o, termPairs));
            var expKnown = expAttested || multiExpected.Any(o => resources.Terms.Contains(o) || resources.Lexicon.Thesaurus.Find(o.ToLowerInvariant()) >= 0);
            var spanWords = words.ToList();
            var termq3 = words.Length > 1 && resources.Terms.FindDistorted(spanWords, resources.Lexicon, 3, 0.05f).Any(m => expected.Contains(Normalize(m.Term)));
            var termq50 = words.Length > 1 && resources.Terms.FindDistorted(spanWords, resources.Lexicon, 50, 0f).Any(m => expected.Contains(Normalize(m.Term)));
            var obsUnattested = words.Length > 1 && !Attested(resources, truth.Spun);
            var kept = exact.Any(g => g.Kept);
            var best = scored.GetValueOrDefault(truth.Span)?.MaxBy(c => c.Probability);
            var top = best is not null && Matches(best);
            var reported = result.Spans.Any(s => s.Span.OverlapsWith(truth.Span)
                && expectedSentences.Contains(Normalize(text[..s.Span.Start] + s.Suggestions[0].Text + text[s.Span.End..])));
            foreach (var g in exact)
            {
                bySource[$"{g.C.Sources}{(g.Kept ? " kept" : " pruned")}"] = bySource.GetValueOrDefault($"{g.C.Sources}{(g.Kept ? " kept" : " pruned")}") + 1;
            }

            var term = truth.Originals.Any(o => o.Contains(' ', StringComparison.Ordinal) && resources.Terms.Contains(o));
            var example = $"{truth.Spun} <- {string.Join('|', truth.Originals)}";
            if (term && exact.Count == 0 && words.Length > 1 && termq3)
            {
                var document = Document.FromPlainText(text);
                var tokens = document.TokensOf(document.Sentences[0]).ToArray();
                var tags = resources.Tagger.Tag(tokens);
                var shown = string.Join(' ', tokens.Select((t, k) => (t, k)).Where(p => p.t.Span.OverlapsWith(truth.Span)).Select(p => $"{p.t.Text}/{tags[p.k]}"));
                Example(examples, "term, found by the index alone, not proposed", example + " [" + shown + "]");
            }

            if (term && exact.Count == 0 && words.Length > 1 && !termq50)
            {
                Example(examples, "term, not found by the index even at 50/0", example);
            }

            if (!term && wordThes && expPairs && exact.Count == 0)
            {
                Example(examples, $"not a term, {words.Length} words, reachable word by word, known pairs, not proposed", example);
            }

            if (exact.Count > 0 && !kept)
            {
                Example(examples, "proposed, pruned", example);
            }

            if (kept && !top)
            {
                Example(examples, "kept, not first: " + (best?.Text ?? "-"), example);
            }
            int[] flags =
            [
                1, exact.Count > 0 ? 1 : 0, other ? 1 : 0, exact.Count > 0 || other ? 1 : 0, wordGen ? 1 : 0, wordThes ? 1 : 0,
                expAttested ? 1 : 0, wordThes && expAttested ? 1 : 0, wordThes && expKnown ? 1 : 0, wordThes && expPairs ? 1 : 0, termq3 ? 1 : 0, termq50 ? 1 : 0, obsUnattested ? 1 : 0, kept ? 1 : 0, top ? 1 : 0, reported ? 1 : 0,
            ];
            var length = words.Length >= 4 ? "4+" : words.Length.ToString(CultureInfo.InvariantCulture);
            foreach (var key in new[] { "all", $"len {length}", $"term {(term ? "yes" : "no")}", $"len {length}, term {(term ? "yes" : "no")}" })
            {
                var row = rows.TryGetValue(key, out var r) ? r : rows[key] = new int[Columns.Length];
                for (var k = 0; k < flags.Length; k++)
                {
                    row[k] += flags[k];
                }
            }
        }

        log.WriteLine("(a) expected proposed for the phrase's span; (b) for another overlapping span (applied, the sentence reads as expected);");
        log.WriteLine("word-gen: expected reachable word by word from the one-token proposals; word-thes: ... from the reverse thesaurus (any part of speech);");
        log.WriteLine("exp-attest: a multi-word expected wording is attested in the n-gram model; obs-unatt: the multi-word phrase is not;");
        log.WriteLine("(c) kept by the pruner; (d) ranked first among the span's scored candidates; reported: the detector reports the span with it first.");
        log.WriteLine(string.Concat($"{"group",-22}", string.Concat(Columns.Select(c => $"{c,11}"))));
        foreach (var (key, row) in rows.OrderBy(r => r.Key == "all" ? "" : r.Key, StringComparer.Ordinal))
        {
            log.WriteLine(string.Concat($"{key,-22}", string.Concat(row.Select((v, k) => k == 0
                ? $"{v,11}"
                : string.Create(CultureInfo.InvariantCulture, $"{100.0 * v / row[0],10:0.0}%")))));
        }

        log.WriteLine("expected proposed for the exact span, by source:");
        foreach (var (key, count) in bySource)
        {
            log.WriteLine($"  {key,-40} {count,6}");
        }

        foreach (var (key, list) in examples)
        {
            log.WriteLine($"e.g. {key}: {string.Join("; ", list)}");
        }

        if (cleanDirectory is not null)
        {
            Cost(detector, cleanDirectory, log);
        }
    }

    /// <summary>Proposals and kept proposals per word on clean texts, in all and by source.</summary>
    private static void Cost(SpinDetector detector, string directory, TextWriter log)
    {
        long words = 0, proposals = 0, kept = 0;
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var plain = TimeSpan.Zero;
        var bySource = new SortedDictionary<string, (long Proposed, long Kept)>(StringComparer.Ordinal);
        foreach (var file in Directory.GetFiles(directory, "*.txt").Order(StringComparer.Ordinal))
        {
            var document = Document.FromPlainText(File.ReadAllText(file));
            words += document.WordCount;
            detector.Detect(document); // warm-up: models loaded, caches filled
            var lap = System.Diagnostics.Stopwatch.StartNew();
            detector.Detect(document); // timed alone: the callback below costs more than detection
            plain += lap.Elapsed;
            detector.Detect(document, null, (_, c, k) =>
            {
                proposals++;
                kept += k ? 1 : 0;
                foreach (var source in Enum.GetValues<CandidateSource>().Where(s => s != CandidateSource.None && (c.Sources & s) != 0))
                {
                    var (p, kk) = bySource.GetValueOrDefault(source.ToString());
                    bySource[source.ToString()] = (p + 1, kk + (k ? 1 : 0));
                }
            });
        }

        log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"clean texts: detection {plain.TotalSeconds:0.00} s (second run, warm caches), {words} words, {proposals} proposals = {(double)proposals / words:0.00} per word, {kept} kept = {(double)kept / words:0.00} per word"));
        foreach (var (source, (p, k)) in bySource)
        {
            log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {source,-12} proposed {(double)p / words,7:0.000} per word, kept {(double)k / words,7:0.000} per word"));
        }
    }

    private static void Example(SortedDictionary<string, List<string>> examples, string key, string example)
    {
        if (key.StartsWith("kept, not first", StringComparison.Ordinal))
        {
            example = key["kept, not first: ".Length..] + " for " + example;
            key = "kept, not first";
        }

        var list = examples.TryGetValue(key, out var l) ? l : examples[key] = [];
        if (list.Count < 40)
        {
            list.Add(example);
        }
    }

    // Whether some choice per position (the observed word or one of its options) reads as an expected wording.
    private static bool WordByWord(string[] words, HashSet<string> expected, Func<int, IEnumerable<string>> options)
    {
        foreach (var e in expected)
        {
            var target = e.Split(' ');
            if (target.Length != words.Length)
            {
                continue;
            }

            var ok = true;
            for (var i = 0; i < words.Length && ok; i++)
            {
                ok = string.Equals(words[i], target[i], StringComparison.OrdinalIgnoreCase)
                    || options(i).Any(o => string.Equals(o, target[i], StringComparison.OrdinalIgnoreCase));
            }

            if (ok)
            {
                return true;
            }
        }

        return false;
    }

    private static int WordStart(Evaluation.Substitution truth, string[] words, int position)
    {
        var at = truth.Span.Start;
        for (var i = 0; i < position; i++)
        {
            at += words[i].Length + 1;
        }

        return at;
    }

    // Every adjacent pair of the phrase's words is a stored bigram (as FeatureExtractor's "unattested" reads a bigram).
    private static bool Attested(SpinResources resources, string phrase, HashSet<(string, string)>? pairs = null)
    {
        var lm = resources.Language;
        var words = phrase.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var ids = words.Select(w => lm.WordId(w)).ToArray();
        for (var i = 1; i < ids.Length; i++)
        {
            if (lm.MatchedOrder(ids.AsSpan(i - 1, 1), ids[i]) < 2 && !(pairs?.Contains((words[i - 1], words[i])) ?? false))
            {
                return false;
            }
        }

        return ids.Length > 1;
    }

    private static string Normalize(string text) => string.Join(' ', text.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries));
}
