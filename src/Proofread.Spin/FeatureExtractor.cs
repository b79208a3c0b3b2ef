using Proofread.Analysis;
using Proofread.Language.Vectors;
using Proofread.Lexicon.Thesaurus;

namespace Proofread.Spin;

/// <summary>Computes each candidate's evidence (<see cref="SpinFeatures"/>) in its sentence and document.</summary>
internal sealed class FeatureExtractor(SpinResources resources)
{
    private const float Missing = -2f;
    private const int ContextWindow = 3;

    /// <summary>
    /// Fills the features of <paramref name="candidates"/> (all of one sentence). <paramref name="ids"/>
    /// are the sentence's model ids, possibly with confident neighbouring corrections already applied.
    /// </summary>
    public void Compute(SentenceContext sentence, DocumentContext document, int[] ids, List<Candidate> candidates)
    {
        var lm = resources.Language;
        var order = lm.Order;
        var vectors = resources.Vectors;
        var contexts = new Dictionary<int, float[]>();
        var sentenceUnattested = SentenceUnattested(sentence);
        // The observed span's evidence is the same for all its candidates (which come one after
        // another): computed when the span changes.
        var span = (Start: -1, Length: 0);
        float obsLogProb = 0, obsLeftOrder = 0, obsRightOrder = 0, fanOut = 0, obsFrequency = 0, docObserved = 0;
        var observedVector = ReadOnlySpan<float>.Empty;
        Span<int> buffer = stackalloc int[64];
        foreach (var c in candidates)
        {
            var f = c.Features;
            var s = c.Start + 1; // index in ids
            var observed = ids.AsSpan(s, c.Length);
            if (span != (c.Start, c.Length))
            {
                span = (c.Start, c.Length);
                var observedText = sentence.Join(c.Start, c.Length);
                obsLogProb = (float)(lm.Score(ids, s, s + c.Length) / c.Length);
                obsLeftOrder = lm.MatchedOrder(Left(ids, s, order), ids[s]);
                obsRightOrder = lm.MatchedOrder(Left(ids, s + c.Length, order), ids[s + c.Length]);
                fanOut = MathF.Log(1 + resources.FanOut(observedText));
                obsFrequency = MathF.Log(1 + resources.Lexicon.Frequencies.Count(observedText));
                docObserved = MathF.Log(Math.Max(1, document.Count(sentence.Lower[c.Start])));
                observedVector = vectors.NormalizedVector(sentence.Lower[c.Start]);
            }

            // Pruning already rescored the candidate against the sentence as written.
            f[SpinFeatures.LmDelta] = (float)(ReferenceEquals(ids, sentence.Ids) && !double.IsNaN(c.DeltaAsWritten)
                ? c.DeltaAsWritten
                : lm.SubstitutionDelta(ids, s, c.Length, c.Ids));
            f[SpinFeatures.ObsLogProb] = obsLogProb;
            f[SpinFeatures.ObsLeftOrder] = obsLeftOrder;
            f[SpinFeatures.ObsRightOrder] = obsRightOrder;

            // The candidate in its window: left context, candidate, the next word.
            var left = Math.Max(0, s - (order - 1));
            var windowLength = (s - left) + c.Ids.Length + 1;
            var window = windowLength <= buffer.Length ? buffer[..windowLength] : new int[windowLength];
            ids.AsSpan(left, s - left).CopyTo(window);
            c.Ids.CopyTo(window[(s - left)..]);
            window[^1] = ids[s + c.Length];
            var cs = s - left;
            f[SpinFeatures.CandLogProb] = (float)(lm.Score(window, cs, cs + c.Ids.Length) / c.Ids.Length);
            f[SpinFeatures.CandLeftOrder] = lm.MatchedOrder(Left(window, cs, order), window[cs]);
            f[SpinFeatures.CandRightOrder] = lm.MatchedOrder(Left(window, window.Length - 1, order), window[^1]);

            f[SpinFeatures.Strength] = c.Strength;
            f[SpinFeatures.Moby] = (c.Info & PairInfo.Moby) != 0 ? 1 : 0;
            f[SpinFeatures.MyThes] = (c.Info & (PairInfo.MyThes | PairInfo.MyThesRelated)) != 0 ? 1 : 0;
            f[SpinFeatures.WordNet] = (c.Info & PairInfo.WordNet) != 0 ? 1 : 0;
            f[SpinFeatures.PosMatch] = (c.Info & PairInfo.AnyPos) != 0 ? 1 : 0;
            f[SpinFeatures.FanOut] = fanOut;
            f[SpinFeatures.ObsFrequency] = obsFrequency;
            f[SpinFeatures.CandFrequency] = MathF.Log(1 + (c.Wording is { } wording ? wording.Frequency(resources.Lexicon.Frequencies) : resources.Lexicon.Frequencies.Count(c.Text)));

            var single = c.Length == 1 && c.Ids.Length == 1;
            if (single)
            {
                // Cosines against the position's context vector, computed once per position.
                var candidateVector = vectors.NormalizedVector(c.Text);
                var context = ContextVector(sentence, c.Start, contexts);
                var fit = observedVector.IsEmpty || context.IsEmpty ? float.NaN : WordVectors.Dot(observedVector, context);
                var candidateFit = candidateVector.IsEmpty || context.IsEmpty ? float.NaN : WordVectors.Dot(candidateVector, context);
                f[SpinFeatures.VectorSimilarity] = observedVector.IsEmpty || candidateVector.IsEmpty ? Missing : WordVectors.Dot(observedVector, candidateVector);
                f[SpinFeatures.VectorFitObserved] = float.IsNaN(fit) ? Missing : fit;
                f[SpinFeatures.VectorFitDelta] = float.IsNaN(fit) || float.IsNaN(candidateFit) ? 0 : candidateFit - fit;
            }
            else
            {
                f[SpinFeatures.VectorSimilarity] = Missing;
                f[SpinFeatures.VectorFitObserved] = Missing;
                f[SpinFeatures.VectorFitDelta] = 0;
            }

            f[SpinFeatures.DocCandidate] = MathF.Log(1 + document.Count(c.FirstWord));
            f[SpinFeatures.DocObserved] = docObserved;
            f[SpinFeatures.DocContext] = c.DocumentContext;
            var token = sentence.Tokens[c.Start];
            f[SpinFeatures.TitleCase] = c.Start > 0 && token.Case == LetterCase.Title ? 1 : 0;
            f[SpinFeatures.ObsLength] = c.Length;
            f[SpinFeatures.CandLength] = c.Ids.Length;
            f[SpinFeatures.FromConfusion] = (c.Sources & CandidateSource.Confusion) != 0 ? 1 : 0;
            f[SpinFeatures.FromDocument] = (c.Sources & CandidateSource.Document) != 0 ? 1 : 0;
            f[SpinFeatures.FromThesaurus] = (c.Sources & CandidateSource.Thesaurus) != 0 ? 1 : 0;
            f[SpinFeatures.FromTerm] = (c.Sources & CandidateSource.Term) != 0 ? 1 : 0;
            f[SpinFeatures.Tag] = (int)sentence.Tags[c.Start];
            f[SpinFeatures.SentenceStart] = c.Start == 0 ? 1 : 0;
            f[SpinFeatures.ObsUnknown] = ModelIds.AnyUnknown(observed) ? 1 : 0;
            f[SpinFeatures.CandUnknown] = ModelIds.AnyUnknown(c.Ids) ? 1 : 0;
            f[SpinFeatures.DocLogProb] = (float)document.Statistics.LogProbPerToken;
            f[SpinFeatures.DocUnattested] = (float)document.Statistics.UnattestedShare;
            f[SpinFeatures.SentenceUnattested] = sentenceUnattested;
            f[SpinFeatures.TermMinStrength] = c.Term is { } term ? term.MinStrength : Missing;
            f[SpinFeatures.TermChangedShare] = c.Term is { } t2 ? (float)t2.ChangedWords / c.Length : 0;
            f[SpinFeatures.TermIsName] = c.Term is { IsName: true } ? 1 : 0;
            f[SpinFeatures.ChannelRank] = c.ChannelRank;
        }

        // Rank and margin among the candidates for the same observed span: a stable sort by LM delta,
        // best first (as OrderByDescending over GroupBy's groups was).
        var (ordered, runs) = SpanRuns.Grouped(candidates);
        var ranked = new List<Candidate>();
        foreach (var (first, count) in runs)
        {
            ranked.Clear();
            for (var k = first; k < first + count; k++)
            {
                ranked.Add(ordered[k]);
            }

            Rank(ranked);
            for (var r = 0; r < ranked.Count; r++)
            {
                var f = ranked[r].Features;
                var bestOther = r == 0 ? (ranked.Count > 1 ? ranked[1].Features[SpinFeatures.LmDelta] : f[SpinFeatures.LmDelta] - 5) : ranked[0].Features[SpinFeatures.LmDelta];
                f[SpinFeatures.LmRank] = r;
                f[SpinFeatures.LmMargin] = f[SpinFeatures.LmDelta] - bestOther;
                f[SpinFeatures.CandidateCount] = MathF.Log(1 + ranked.Count);
            }
        }
    }

    // A stable sort by LM delta, largest first (ties keep list order), with float.CompareTo's order.
    private static void Rank(List<Candidate> group)
    {
        for (var i = 1; i < group.Count; i++)
        {
            var c = group[i];
            var key = c.Features[SpinFeatures.LmDelta];
            var j = i - 1;
            while (j >= 0 && group[j].Features[SpinFeatures.LmDelta].CompareTo(key) < 0)
            {
                group[j + 1] = group[j];
                j--;
            }

            group[j + 1] = c;
        }
    }

    /// <summary>The unit sum of the vectors of up to three words each side of <paramref name="index"/> (empty when none has one).</summary>
    private ReadOnlySpan<float> ContextVector(SentenceContext sentence, int index, Dictionary<int, float[]> cache)
    {
        if (!cache.TryGetValue(index, out var sum))
        {
            var vectors = resources.Vectors;
            sum = new float[vectors.Dimensions];
            var any = false;
            for (var j = Math.Max(0, index - ContextWindow); j <= Math.Min(sentence.Count - 1, index + ContextWindow); j++)
            {
                var v = j == index ? [] : vectors.NormalizedVector(sentence.Lower[j]);
                for (var d = 0; d < v.Length; d++)
                {
                    sum[d] += v[d];
                }

                any |= !v.IsEmpty;
            }

            var norm = MathF.Sqrt(WordVectors.Dot(sum, sum));
            if (!any || norm == 0)
            {
                sum = [];
            }
            else
            {
                for (var d = 0; d < sum.Length; d++)
                {
                    sum[d] /= norm;
                }
            }

            cache[index] = sum;
        }

        return sum;
    }

    private float SentenceUnattested(SentenceContext sentence)
    {
        int content = 0, unattested = 0;
        for (var i = 0; i < sentence.Count; i++)
        {
            if (CandidateGenerator.ContentPos(sentence.Tags[i]) is not null && CandidateGenerator.IsWord(sentence.Tokens[i]))
            {
                content++;
                unattested += resources.Language.MatchedOrder(sentence.Ids.AsSpan(i, 1), sentence.Ids[i + 1]) < 2 ? 1 : 0;
            }
        }

        return content == 0 ? 0 : (float)unattested / content;
    }

    private static ReadOnlySpan<int> Left(ReadOnlySpan<int> ids, int index, int order) => ids.Slice(Math.Max(0, index - (order - 1)), Math.Min(index, order - 1));
}
