using System.Collections.Immutable;
using System.Runtime.InteropServices;
using Proofread.Documents;
using Proofread.Text;

namespace Proofread.Spin;

/// <summary>A suspicious span and its ranked possible originals.</summary>
/// <param name="Span">The span in the document's text.</param>
/// <param name="Probability">P(the span was spun), from its candidates.</param>
/// <param name="Suggestions">Possible originals, best first, cased like the observed text, each with P(it is the original).</param>
/// <param name="Best">The evidence behind the best suggestion.</param>
public sealed record SpinSpan(TextSpan Span, double Probability, ImmutableArray<(string Text, double Probability)> Suggestions, SpinEvidence Best);

/// <summary>Why the best suggestion was made, for the one-sentence explanation.</summary>
/// <param name="Sources">Where the candidate came from.</param>
/// <param name="Observed">The observed words, lower case.</param>
/// <param name="Candidate">The candidate words, lower case.</param>
/// <param name="LmDelta">How much likelier the text reads with the candidate (log10).</param>
/// <param name="DocumentContext">Times the candidate fills the same context elsewhere in the text.</param>
/// <param name="DocumentCount">Times the candidate occurs in the text.</param>
/// <param name="ChannelRank">Where the observed words rank among the candidate's own synonyms (0: its strongest).</param>
public sealed record SpinEvidence(CandidateSource Sources, string Observed, string Candidate, double LmDelta, int DocumentContext, int DocumentCount, int ChannelRank = SpinResources.NoChannel);

/// <summary>What the detector found in one document.</summary>
/// <param name="Spans">Every span with a candidate scored above the floor, in text order, never overlapping.</param>
/// <param name="Score">P(the text was machine-spun).</param>
/// <param name="PassageFeatures">The aggregates the score was computed from.</param>
public sealed record SpinResult(ImmutableArray<SpinSpan> Spans, double Score, ImmutableArray<double> PassageFeatures);

/// <summary>
/// Spin reversal as noisy-channel decoding: candidates per span, evidence per candidate, a learned
/// combiner, then a second decoding pass in which confident corrections become the context of
/// their neighbours (spinners change neighbouring words together). Pure and thread-safe.
/// </summary>
public sealed class SpinDetector
{
    /// <summary>Spans below this probability are not kept at all.</summary>
    public const double Floor = 0.05;

    // The pruner's best this many per span reach the combiner (with every term-index match). In
    // training that is 5.1 M candidates instead of the hand-set order's 7.1 M, with the true
    // original among them for 55.8 % of substitutions instead of 52.2 %.
    private const int MaxCandidatesPerSpan = 10;

    // The refiner reads the first pass's verdicts in this many sentences either side, when they
    // hold at least this many words, for spans the first pass gave at least this chance.
    private const int RefineWindow = 2;
    private const int MinRefineContext = 40;
    private const double RefineFloor = 0.02;

    private const double Confident = 0.5;
    private const double MinSuggestion = 0.005;
    private const double MinLmDelta = -0.5;
    private const int SentencesPerBlock = 16;

    private readonly SpinResources _resources;
    private readonly CandidateGenerator _generator;
    private readonly FeatureExtractor _features;

    /// <summary>A detector over shared resources.</summary>
    public SpinDetector(SpinResources resources)
    {
        ArgumentNullException.ThrowIfNull(resources);
        _resources = resources;
        _generator = new CandidateGenerator(resources);
        _features = new FeatureExtractor(resources);
    }

    /// <summary>Finds suspicious spans and the per-text spin score.</summary>
    public SpinResult Detect(Document document) => Detect(document, null);

    /// <summary>
    /// As <see cref="Detect(Document)"/>; <paramref name="scored"/>, when given, receives every scored
    /// candidate with its span in the text (the combiner's training rows).
    /// </summary>
    internal SpinResult Detect(
        Document document,
        Action<TextSpan, Candidate>? scored,
        Action<TextSpan, Candidate, bool>? generated = null,
        Action<TextSpan, Candidate>? refined = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        var sentences = new List<SentenceContext>(document.Sentences.Length);
        foreach (var sentence in document.Sentences)
        {
            var tokens = document.TokensOf(sentence).ToArray();
            if (tokens.Length > 0)
            {
                sentences.Add(new SentenceContext(tokens, _resources.Tagger.Tag(tokens), _resources.Language));
            }
        }

        var context = new DocumentContext(sentences, DocumentStatistics.Compute(sentences, _resources.Language), _resources.Language);
        var passes = new List<(SentenceContext Sentence, List<Candidate> Candidates, List<SpinSpan> Chosen)>(sentences.Count);
        var block = new List<Candidate>[SentencesPerBlock];
        var proposals = new Proposals(_resources, _generator.MaxSpanLength);
        for (var first = 0; first < sentences.Count; first += SentencesPerBlock)
        {
            // A block of sentences at a time, each step over the whole block: the combiner's trees
            // stay in the core's caches while it scores the block's candidates in one run, instead
            // of being evicted by each sentence's language-model lookups. The same results.
            var count = Math.Min(SentencesPerBlock, sentences.Count - first);
            for (var i = 0; i < count; i++)
            {
                block[i] = Candidates(sentences[first + i], context, sentences[first + i].Ids, proposals, generated);
            }

            _resources.Combiner.Score([.. block.Take(count).SelectMany(candidates => candidates)]);

            for (var i = 0; i < count; i++)
            {
                var sentence = sentences[first + i];
                var candidates = Redecode(sentence, context, block[i]);
                foreach (var c in candidates)
                {
                    scored?.Invoke(SpanOf(sentence, c), c);
                }

                var chosen = Choose(sentence, context, candidates);
                passes.Add((sentence, Unsettled(candidates), chosen));
            }
        }

        var aggregate = new PassageAggregate();
        foreach (var (_, _, chosen) in passes)
        {
            aggregate.AddFirstPass(chosen);
        }

        if (_resources.Refiner is not null || refined is not null)
        {
            Refine(passes, context, refined);
        }

        var spans = ImmutableArray.CreateBuilder<SpinSpan>();
        foreach (var (_, _, chosen) in passes)
        {
            aggregate.Add(chosen);
            spans.AddRange(chosen);
        }

        var features = aggregate.Features(document.WordCount, context.Statistics);
        return new SpinResult(spans.ToImmutable(), _resources.Passages.Probability(features), [.. features]);
    }

    /// <summary>
    /// The second stage: a spinner spins a whole text, so the first pass's verdicts around a
    /// candidate (its neighbouring sentences, the rest of its sentence, the whole text) are
    /// evidence too. Only where there is enough surrounding text and the first pass saw a chance.
    /// </summary>
    private void Refine(List<(SentenceContext Sentence, List<Candidate> Candidates, List<SpinSpan> Chosen)> passes, DocumentContext context, Action<TextSpan, Candidate>? refined)
    {
        var mass = new double[passes.Count];
        var words = new int[passes.Count];
        for (var i = 0; i < passes.Count; i++)
        {
            mass[i] = passes[i].Chosen.Sum(s => s.Probability);
            words[i] = passes[i].Sentence.Tokens.Count(t => t.Kind == Analysis.TokenKind.Word);
        }

        double totalMass = mass.Sum(), totalWords = words.Sum();
        for (var i = 0; i < passes.Count; i++)
        {
            var (sentence, candidates, chosen) = passes[i];
            double localMass = 0, localWords = 0;
            for (var j = Math.Max(0, i - RefineWindow); j <= Math.Min(passes.Count - 1, i + RefineWindow); j++)
            {
                if (j != i)
                {
                    localMass += mass[j];
                    localWords += words[j];
                }
            }

            if (localWords < MinRefineContext || candidates.Count == 0)
            {
                continue;
            }

            var refine = new List<Candidate>();
            var (ordered, runs) = SpanRuns.Grouped(candidates);
            foreach (var (first, count) in runs)
            {
                var sum = 0.0;
                for (var k = first; k < first + count; k++)
                {
                    sum += ordered[k].Probability;
                }

                var spanP = Math.Min(0.999, sum);
                if (spanP < RefineFloor)
                {
                    continue;
                }

                // The rest of the sentence: first-pass spans that do not overlap this one.
                var own = SpanOf(sentence, ordered[first]);
                var otherInSentence = 0.0;
                foreach (var s in chosen)
                {
                    if (!s.Span.OverlapsWith(own))
                    {
                        otherInSentence += s.Probability;
                    }
                }

                for (var k = first; k < first + count; k++)
                {
                    var c = ordered[k];
                    var f = c.Features;
                    f[SpinFeatures.FirstPass] = (float)c.Probability;
                    f[SpinFeatures.FirstPassSpan] = (float)spanP;
                    f[SpinFeatures.LocalOther] = (float)(localMass / localWords);
                    f[SpinFeatures.SentenceOther] = (float)(otherInSentence / Math.Max(1, words[i]));
                    f[SpinFeatures.DocumentOther] = (float)((totalMass - mass[i]) / Math.Max(1, totalWords - words[i]));
                    refined?.Invoke(SpanOf(sentence, c), c);
                    refine.Add(c);
                }
            }

            if (_resources.Refiner is { } refiner && refine.Count > 0)
            {
                refiner.Score(refine);
                passes[i] = (sentence, candidates, Choose(sentence, context, candidates));
            }
        }
    }

    // The candidates of a sentence that reach the combiner, with their evidence (not yet scored).
    private List<Candidate> Candidates(SentenceContext sentence, DocumentContext context, int[] ids, Proposals proposals, Action<TextSpan, Candidate, bool>? generated)
    {
        _generator.Generate(sentence, context, proposals);
        if (proposals.Count == 0)
        {
            return [];
        }

        // Prune before the costly evidence: the pruner orders each span's proposals by what is
        // already known, and only its best reach the combiner. Only the kept proposals become
        // candidate objects.
        var lm = _resources.Language;
        var pruner = _resources.Pruner;
        var kept = new List<Candidate>();
        var keptFlags = generated is null ? null : new bool[proposals.Count];
        var pruning = generated is null ? null : new float[proposals.Count][];
        var ranked = new List<(int Proposal, double Delta, double Score, int Index)>();
        Span<float> x = stackalloc float[SpinPruner.Count];
        for (var g = 0; g < proposals.GroupCount; g++)
        {
            // The sentence's side of the delta is the same for every candidate of the span.
            var head = proposals.GroupFirst(g);
            var windowScore = lm.WindowScore(ids, proposals[head].Start + 1, proposals[head].Length);
            ranked.Clear();
            for (var k = head; k >= 0; k = proposals[k].Next)
            {
                ref var c = ref proposals[k];
                lm.PrefetchSubstitution(ids, c.Start + 1, c.Length, c.Text.Ids);
            }

            var best = double.NegativeInfinity;
            var count = 0;
            for (var k = head; k >= 0; k = proposals[k].Next)
            {
                ref var c = ref proposals[k];
                c.Delta = lm.SubstitutionDelta(ids, c.Start + 1, c.Length, c.Text.Ids, windowScore);
                best = Math.Max(best, c.Delta);
                count++;
            }

            for (var k = head; k >= 0; k = proposals[k].Next)
            {
                ref var c = ref proposals[k];
                SpinPruner.Fill(x, c, best, count, lm);
                pruning?[k] = x.ToArray();
                ranked.Add((k, c.Delta, pruner.Score(x), ranked.Count));
            }

            // Best first; ties keep the generator's order (a stable sort, as OrderByDescending was).
            SortByScore(ranked);
            for (var r = 0; r < ranked.Count; r++)
            {
                // A candidate the language model finds much less likely than the text as written
                // never reaches the threshold: skip the combiner for it (a speed cut, measured neutral).
                if (ranked[r].Delta < MinLmDelta)
                {
                    continue;
                }

                ref var c = ref proposals[ranked[r].Proposal];
                if (r < MaxCandidatesPerSpan || (c.Sources & CandidateSource.Term) != 0)
                {
                    kept.Add(proposals.Materialize(ranked[r].Proposal));
                    keptFlags?[ranked[r].Proposal] = true;
                }
            }
        }

        if (generated is not null)
        {
            for (var k = 0; k < proposals.Count; k++)
            {
                var c = proposals.Materialize(k);
                c.PruningFeatures = pruning![k];
                generated(SpanOf(sentence, c), c, keptFlags![k]);
            }
        }

        _features.Compute(sentence, context, ids, kept);
        return kept;
    }

    // Best first, ties by index (unique, so any correct sort gives this order): insertion for the usual short lists.
    private static void SortByScore(List<(int Proposal, double Delta, double Score, int Index)> ranked)
    {
        if (ranked.Count > 32)
        {
            // A struct comparer: the generic sort is specialised for it, with no delegate call per comparison.
            CollectionsMarshal.AsSpan(ranked).Sort(default(ByScore));
            return;
        }

        var byScore = default(ByScore);
        for (var i = 1; i < ranked.Count; i++)
        {
            var item = ranked[i];
            var j = i - 1;
            while (j >= 0 && byScore.Compare(ranked[j], item) > 0)
            {
                ranked[j + 1] = ranked[j];
                j--;
            }

            ranked[j + 1] = item;
        }
    }

    private readonly struct ByScore : IComparer<(int Proposal, double Delta, double Score, int Index)>
    {
        public int Compare((int Proposal, double Delta, double Score, int Index) a, (int Proposal, double Delta, double Score, int Index) b) =>
            b.Score.CompareTo(a.Score) is var byScore and not 0 ? byScore : a.Index.CompareTo(b.Index);
    }

    /// <summary>
    /// The candidates of spans the first pass gave at least the refiner's floor. The others can change
    /// nothing after the first pass (the refiner skips them and decoding drops them below
    /// <see cref="Floor"/>), so a long text need not keep their evidence alive. A span's candidates
    /// are consecutive (the pruning emits them span by span); the sum is the refiner's, in the same order.
    /// </summary>
    private static List<Candidate> Unsettled(List<Candidate> candidates)
    {
        var unsettled = new List<Candidate>();
        for (var a = 0; a < candidates.Count;)
        {
            var b = a;
            var sum = 0.0;
            while (b < candidates.Count && candidates[b].Start == candidates[a].Start && candidates[b].Length == candidates[a].Length)
            {
                sum += candidates[b].Probability;
                b++;
            }

            if (Math.Min(0.999, sum) >= RefineFloor)
            {
                for (var k = a; k < b; k++)
                {
                    unsettled.Add(candidates[k]);
                }
            }

            a = b;
        }

        return unsettled;
    }

    // Second pass: confident single-word corrections become the context of the rest of the sentence.
    private List<Candidate> Redecode(SentenceContext sentence, DocumentContext context, List<Candidate> candidates)
    {
        var confident = candidates
            .Where(c => c.Probability >= Confident && c.Length == c.Ids.Length)
            .GroupBy(c => c.Start).Select(g => g.MaxBy(c => c.Probability)!)
            .OrderByDescending(c => c.Probability)
            .ToList();
        if (confident.Count == 0)
        {
            return candidates;
        }

        var ids = (int[])sentence.Ids.Clone();
        var changed = new bool[sentence.Count];
        foreach (var c in confident)
        {
            if (!changed.AsSpan(c.Start, c.Length).Contains(true))
            {
                c.Ids.CopyTo(ids, c.Start + 1);
                changed.AsSpan(c.Start, c.Length).Fill(true);
            }
        }

        var order = _resources.Language.Order;
        var redo = candidates.Where(c => Near(changed, c, order)).GroupBy(c => (c.Start, c.Length)).ToList();
        foreach (var group in redo)
        {
            // Each span is judged against its own observed words, with the other corrections around it.
            var local = (int[])ids.Clone();
            sentence.Ids.AsSpan(group.Key.Start + 1, group.Key.Length).CopyTo(local.AsSpan(group.Key.Start + 1));
            var list = group.ToList();
            _features.Compute(sentence, context, local, list);
            _resources.Combiner.Score(list);
        }

        return candidates;
    }

    private static bool Near(bool[] changed, Candidate c, int order)
    {
        for (var i = Math.Max(0, c.Start - (order - 1)); i < Math.Min(changed.Length, c.End + order - 1); i++)
        {
            if (changed[i] && (i < c.Start || i >= c.End))
            {
                return true;
            }
        }

        return false;
    }

    private List<SpinSpan> Choose(SentenceContext sentence, DocumentContext context, List<Candidate> candidates)
    {
        var groups = new List<(int Start, int Length, List<Candidate> Ranked, double P, int Index)>();
        var (ordered, runs) = SpanRuns.Grouped(candidates);
        foreach (var (first, count) in runs)
        {
            // Most spans are far below the floor in any order of summation (orders differ by far less
            // than the margin): those need no ranking.
            var rough = 0.0;
            for (var k = first; k < first + count; k++)
            {
                rough += ordered[k].Probability;
            }

            if (rough < Floor - 1e-9)
            {
                continue;
            }

            // Best first, then by text; the span's P sums them in that order (as the LINQ form did).
            var ranked = ordered.GetRange(first, count);
            ranked.Sort(static (a, b) => b.Probability.CompareTo(a.Probability) is var byP and not 0 ? byP : string.CompareOrdinal(a.Text, b.Text));
            var sum = 0.0;
            foreach (var c in ranked)
            {
                sum += c.Probability;
            }

            var p = Math.Min(0.999, sum);
            if (p >= Floor)
            {
                groups.Add((ranked[0].Start, ranked[0].Length, ranked, p, groups.Count));
            }
        }

        // Likeliest span first; ties in order of appearance (a stable sort).
        groups.Sort(static (a, b) => b.P.CompareTo(a.P) is var byP and not 0 ? byP : a.Index.CompareTo(b.Index));

        var taken = new bool[sentence.Count];
        var chosen = new List<SpinSpan>();
        foreach (var g in groups)
        {
            if (taken.AsSpan(g.Start, g.Length).Contains(true))
            {
                continue;
            }

            taken.AsSpan(g.Start, g.Length).Fill(true);
            var best = g.Ranked[0];
            // The best, then up to two more that keep a real chance: one the model gives under half a
            // percent would read as 0.00 and only crowds the list.
            var suggestions = g.Ranked.Take(3).Where((c, k) => k == 0 || c.Probability >= MinSuggestion).Select(c => (Recase(sentence, c), c.Probability)).ToImmutableArray();
            var evidence = new SpinEvidence(
                best.Sources,
                sentence.Join(g.Start, g.Length),
                best.Text,
                best.Features[SpinFeatures.LmDelta],
                best.DocumentContext,
                context.Count(best.FirstWord),
                best.ChannelRank);
            chosen.Add(new SpinSpan(SpanOf(sentence, best), g.P, suggestions, evidence));
        }

        chosen.Sort((a, b) => a.Span.CompareTo(b.Span));
        return chosen;
    }

    private static TextSpan SpanOf(SentenceContext sentence, Candidate c) =>
        TextSpan.FromBounds(sentence.Tokens[c.Start].Span.Start, sentence.Tokens[c.End - 1].Span.End);

    /// <summary>The candidate cased like the observed words: all capitalised for a name, the first word for a sentence start.</summary>
    private static string Recase(SentenceContext sentence, Candidate c)
    {
        var observed = sentence.Tokens.AsSpan(c.Start, c.Length);
        var allTitle = true;
        foreach (var t in observed)
        {
            allTitle &= t.Case is Analysis.LetterCase.Title or Analysis.LetterCase.Upper;
        }

        if (c.Display is { } display)
        {
            return display;
        }

        var words = c.Text.Split(' ');
        if (allTitle && (c.Length > 1 || c.Start > 0))
        {
            return string.Join(' ', words.Select(Capitalize));
        }

        if (observed[0].Case is Analysis.LetterCase.Title or Analysis.LetterCase.Upper)
        {
            words[0] = Capitalize(words[0]);
        }

        return string.Join(' ', words);
    }

    private static string Capitalize(string word) => word.Length == 0 ? word : char.ToUpperInvariant(word[0]) + word[1..];
}
