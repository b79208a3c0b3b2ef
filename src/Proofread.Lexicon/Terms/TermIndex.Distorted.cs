using System.Globalization;
using Proofread.Lexicon.Morphology;
using Proofread.Lexicon.Thesaurus;

namespace Proofread.Lexicon.Terms;

public sealed partial class TermIndex
{
    [ThreadStatic]
    private static Scratch? t_scratch;

    /// <summary>
    /// The known terms that <paramref name="words"/> (an observed span of 2–6 tokens) may be a
    /// word-by-word thesaurus distortion of: terms of the same length where every position holds
    /// either the observed word (case-insensitive; a noun or verb lemma of it, or a term word
    /// whose noun lemma that is, counts as the same) or a thesaurus neighbour of it in either
    /// direction (a synonym the observed word or its lemma lists, or a headword that lists it),
    /// with at least one neighbour. Nothing is returned when the span is itself a known term
    /// (up to inflection): names stay names.
    /// Ranking, best first: the highest product of the changed positions' relation strengths (each
    /// substitution about as likely as its relation is strong, so an extra change costs a factor
    /// below 1), then fewer changed words, the strongest weakest relation, names before other terms,
    /// and the term's text (ordinal), so equal inputs give equal lists.
    /// </summary>
    /// <param name="words">The observed tokens, as written.</param>
    /// <param name="lexicon">Thesaurus and morphology; the first call with a thesaurus links its ids to the term words (~10–30 ms, once).</param>
    /// <param name="maxResults">How many matches at most.</param>
    /// <param name="minStrength">The weakest thesaurus relation a changed position may use (0–1); 0 takes every pair.
    /// Clean prose matches far less often with a floor (see the README of Proofread.Lexicon for the figures).</param>
    public IReadOnlyList<TermMatch> FindDistorted(IReadOnlyList<string> words, LexicalResources lexicon, int maxResults = 3, float minStrength = 0f)
    {
        ArgumentNullException.ThrowIfNull(words);
        ArgumentNullException.ThrowIfNull(lexicon);
        var n = words.Count;
        if (n is < MinWords or > MaxWords || maxResults <= 0)
        {
            return [];
        }

        var binding = GetBinding(lexicon);
        var s = t_scratch ??= new Scratch();
        s.Begin(this, lexicon);

        // Candidates per position, each already known to stand at that position in some term of
        // this length; a position with none ends the query (the common case).
        for (var i = 0; i < n; i++)
        {
            CollectCandidates(s, binding, lexicon, words[i], n, i, minStrength);
            if (s.Candidates[i].Count == 0)
            {
                return [];
            }
        }

        // Walk the terms reachable from the position whose candidates post the fewest terms.
        var driver = 0;
        var best = long.MaxValue;
        for (var i = 0; i < n; i++)
        {
            long cost = 0;
            foreach (var c in s.Candidates[i])
            {
                cost += PostingCount(n, c);
            }

            if (cost < best)
            {
                best = cost;
                driver = i;
            }
        }

        var found = s.Found;
        var observedIsTerm = false;
        foreach (var c in s.Candidates[driver])
        {
            foreach (var t in Postings(n, c))
            {
                var termWords = WordsOf(t);
                if (termWords[driver] != c)
                {
                    continue;
                }

                int changed = 0;
                float min = 1f, sum = 0f, product = 1f;
                var ok = true;
                for (var j = 0; j < n && ok; j++)
                {
                    var w = termWords[j];
                    var bit = (byte)(1 << j);
                    if (s.Generation[w] != s.Current || (s.Mask[w] & bit) == 0)
                    {
                        ok = false;
                    }
                    else if ((s.Same[w] & bit) == 0)
                    {
                        var strength = s.Strength[(j * _words.Length) + w];
                        changed++;
                        sum += strength;
                        product *= strength;
                        min = Math.Min(min, strength);
                    }
                }

                if (!ok)
                {
                    continue;
                }

                if (changed == 0)
                {
                    observedIsTerm = true;
                    break;
                }

                found.Add(new Found(t, changed, min, sum / changed, product));
            }

            if (observedIsTerm)
            {
                break;
            }
        }

        if (observedIsTerm || found.Count == 0)
        {
            return [];
        }

        // Each substitution is taken as an independent event about as likely as its relation is
        // strong, so the product of the changed positions' strengths ranks; a term reached with
        // fewer changes wins ties.
        found.Sort((a, b) =>
        {
            var c = b.Product.CompareTo(a.Product);
            if (c == 0)
            {
                c = a.Changed.CompareTo(b.Changed);
            }

            if (c == 0)
            {
                c = b.Min.CompareTo(a.Min);
            }

            if (c == 0)
            {
                c = IsName(b.Term).CompareTo(IsName(a.Term));
            }

            return c != 0 ? c : string.CompareOrdinal(TermText(a.Term), TermText(b.Term));
        });

        var result = new TermMatch[Math.Min(maxResults, found.Count)];
        for (var k = 0; k < result.Length; k++)
        {
            var f = found[k];
            result[k] = new TermMatch(Recase(f.Term, words), f.Changed, f.Min, f.Mean, IsName(f.Term));
        }

        return result;
    }

    private void CollectCandidates(Scratch s, Binding binding, LexicalResources lexicon, string observed, int n, int i, float minStrength)
    {
        if (!s.Cache.TryGetValue(observed, out var candidates))
        {
            if (s.Cache.Count >= Scratch.CacheCapacity)
            {
                s.Cache.Clear();
            }

            candidates = CandidatesOf(s, binding, lexicon, observed);
            s.Cache[observed] = candidates;
        }

        // Only words that stand at this position in some term of this length are kept.
        var bits = _positionBits.AsSpan(Slot(n, i) * _bitStride, _bitStride);
        foreach (var c in candidates)
        {
            if (c.Strength >= minStrength && (bits[c.Word >> 6] & (1UL << (c.Word & 63))) != 0)
            {
                s.Add(i, c.Word, c.Strength, c.Same);
            }
        }
    }

    /// <summary>
    /// The term words an observed word may stand for, at any position: itself and its lemmas
    /// (same), and their thesaurus neighbours in both directions with the strongest pair's strength.
    /// </summary>
    private Candidate[] CandidatesOf(Scratch s, Binding binding, LexicalResources lexicon, string observed)
    {
        // Deduplicated through stamped per-word slots (no hashing, no sorting: this runs once per
        // distinct word and its neighbour lists run to thousands).
        var generation = s.NextBuild(_words.Length);
        var best = s.Build;
        var lower = Lower(observed);
        AddForm(lower);

        // Lemmas only where an inflection can be: plural or third person -s, past -ed, -ing, and
        // the irregular plurals in -men/-ren/-ple; other words are their own lemma.
        if (lower.Length > 3)
        {
            if (lower[^1] == 's' || lower.EndsWith("men", StringComparison.Ordinal) || lower.EndsWith("ren", StringComparison.Ordinal)
                || lower.EndsWith("ple", StringComparison.Ordinal))
            {
                foreach (var lemma in lexicon.Morphology.Lemmatize(lower, PartOfSpeech.Noun))
                {
                    AddForm(lemma);
                }
            }

            if (lower[^1] == 's' || lower.EndsWith("ed", StringComparison.Ordinal) || lower.EndsWith("ing", StringComparison.Ordinal))
            {
                foreach (var lemma in lexicon.Morphology.Lemmatize(lower, PartOfSpeech.Verb))
                {
                    AddForm(lemma);
                }
            }
        }

        return [.. best];

        void Put(int word, float strength, bool same)
        {
            if (s.BuildGeneration[word] != generation)
            {
                s.BuildGeneration[word] = generation;
                s.BuildIndex[word] = best.Count;
                best.Add(new Candidate(word, same ? 1f : strength, same));
                return;
            }

            var at = s.BuildIndex[word];
            var old = best[at];
            if (!old.Same && (same || strength > old.Strength))
            {
                best[at] = new Candidate(word, same ? 1f : strength, same);
            }
        }

        void AddForm(string form)
        {
            if (_wordIds.TryGetValue(form, out var w))
            {
                Put(w, 1f, same: true);
            }

            var thesaurus = lexicon.Thesaurus;
            var id = thesaurus.Find(form.AsSpan());
            if (id < 0 && ReferenceEquals(form, lower) && !ReferenceEquals(lower, observed))
            {
                id = thesaurus.Find(observed.AsSpan()); // a capitalised-only entry ("Europe")
            }

            if (id < 0)
            {
                return;
            }

            foreach (var same in binding.WordsOf(id))
            {
                Put(same, 1f, same: true);
            }

            var synonyms = thesaurus.SynonymIds(id);
            var first = thesaurus.FirstPair(id);
            for (var k = 0; k < synonyms.Length; k++)
            {
                foreach (var w2 in binding.WordsOf(synonyms[k]))
                {
                    Put(w2, thesaurus.PairStrength(first + k), same: false);
                }
            }

            // SourceLinks carries each pair's strength without the pair table SourcePairs builds.
            foreach (var link in thesaurus.SourceLinks(id))
            {
                foreach (var w2 in binding.WordsOf(link.TermId))
                {
                    Put(w2, link.Strength, same: false);
                }
            }
        }
    }

    /// <summary>The term's words cased like the observed words at the same positions.</summary>
    private string Recase(int term, IReadOnlyList<string> observed)
    {
        var words = WordsOf(term);
        var parts = new string[words.Length];
        for (var i = 0; i < words.Length; i++)
        {
            var w = _words[words[i]];
            var o = observed[i];
            parts[i] = Analysis.TextAnnotator.CaseOf(o) switch
            {
                Analysis.LetterCase.Upper when o.Length > 1 => w.ToUpperInvariant(),
                Analysis.LetterCase.Title or Analysis.LetterCase.Upper or Analysis.LetterCase.Mixed when w.Length > 0 && char.IsUpper(o[0]) =>
                    char.ToUpper(w[0], CultureInfo.InvariantCulture) + w[1..],
                _ => w,
            };
        }

        return JoinTokens(parts);
    }

    private Binding GetBinding(LexicalResources lexicon)
    {
        var b = _binding;
        if (b is not null && ReferenceEquals(b.Thesaurus, lexicon.Thesaurus))
        {
            return b;
        }

        lock (_bindingGate)
        {
            b = _binding;
            if (b is null || !ReferenceEquals(b.Thesaurus, lexicon.Thesaurus))
            {
                b = Binding.Create(this, lexicon);
                _binding = b;
            }

            return b;
        }
    }

    private readonly record struct Found(int Term, int Changed, float Min, float Mean, float Product);

    private readonly record struct Candidate(int Word, float Strength, bool Same);

    /// <summary>
    /// Thesaurus id → the term words it stands for: the word itself, and term words whose noun
    /// lemma it is ("nation" → nation, nations), so a neighbour of "country" reaches "United Nations".
    /// </summary>
    private sealed class Binding
    {
        private readonly int[] _start;
        private readonly int[] _words;

        private Binding(ThesaurusIndex thesaurus, int[] start, int[] words)
        {
            Thesaurus = thesaurus;
            _start = start;
            _words = words;
        }

        public ThesaurusIndex Thesaurus { get; }

        public ReadOnlySpan<int> WordsOf(int thesaurusId) => _words.AsSpan(_start[thesaurusId], _start[thesaurusId + 1] - _start[thesaurusId]);

        public static Binding Create(TermIndex index, LexicalResources lexicon)
        {
            var thesaurus = lexicon.Thesaurus;
            var lookup = index._wordIds.GetAlternateLookup<ReadOnlySpan<char>>();
            var pairs = new List<(int Thesaurus, int Word)>(index._words.Length + (index._words.Length / 4));
            Span<char> lower = stackalloc char[64];
            for (var t = 0; t < thesaurus.TermCount; t++)
            {
                var term = thesaurus.TermSpan(t);
                if (term.Length <= lower.Length && !term.Contains(' ')
                    && lookup.TryGetValue(lower[..term.ToLowerInvariant(lower)], out var w))
                {
                    pairs.Add((t, w));
                }
            }

            // Term words that are plurals of a noun the thesaurus knows ("nations" → nation).
            for (var w = 0; w < index._words.Length; w++)
            {
                var word = index._words[w];
                if (word.Length <= 3 || word[^1] != 's')
                {
                    continue;
                }

                foreach (var singular in Singulars(word))
                {
                    var id = thesaurus.Find(singular.AsSpan());
                    if (id >= 0 && lexicon.Morphology.IsLemma(singular, PartOfSpeech.Noun))
                    {
                        pairs.Add((id, w));
                    }
                }
            }

            var start = new int[thesaurus.TermCount + 1];
            foreach (var (t, _) in pairs)
            {
                start[t + 1]++;
            }

            for (var t = 0; t < thesaurus.TermCount; t++)
            {
                start[t + 1] += start[t];
            }

            var fill = (int[])start.Clone();
            var words = new int[pairs.Count];
            foreach (var (t, w) in pairs)
            {
                words[fill[t]++] = w;
            }

            return new Binding(thesaurus, start, words);
        }

        /// <summary>The singulars a regular plural may have: -s, -es after a sibilant, -ies → -y.</summary>
        private static IEnumerable<string> Singulars(string plural)
        {
            yield return plural[..^1];
            if (plural.EndsWith("ies", StringComparison.Ordinal))
            {
                yield return plural[..^3] + "y";
            }
            else if (plural.EndsWith("ses", StringComparison.Ordinal) || plural.EndsWith("xes", StringComparison.Ordinal)
                || plural.EndsWith("zes", StringComparison.Ordinal) || plural.EndsWith("ches", StringComparison.Ordinal)
                || plural.EndsWith("shes", StringComparison.Ordinal))
            {
                yield return plural[..^2];
            }
        }
    }

    /// <summary>Per-thread query state, stamped by a generation so nothing is cleared between queries.</summary>
    private sealed class Scratch
    {
        public int[] Generation = [];
        public byte[] Mask = [];     // positions where the word is a candidate
        public byte[] Same = [];     // positions where it is the observed word (or lemma)
        public float[] Strength = []; // position * words + word
        public int Current;
        public readonly List<int>[] Candidates = [.. Enumerable.Range(0, MaxWords).Select(_ => new List<int>())];
        public readonly List<Found> Found = [];

        /// <summary>Candidates per observed word: spans overlap, so each word is looked up about once.</summary>
        public readonly Dictionary<string, Candidate[]> Cache = new(StringComparer.Ordinal);
        public const int CacheCapacity = 2048;

        public int[] BuildGeneration = [];
        public int[] BuildIndex = [];
        public readonly List<Candidate> Build = [];
        private int _build;

        /// <summary>Starts collecting one word's candidates into <see cref="Build"/>; returns its stamp.</summary>
        public int NextBuild(int words)
        {
            if (BuildGeneration.Length < words)
            {
                BuildGeneration = new int[words];
                BuildIndex = new int[words];
                _build = 0;
            }

            if (++_build == int.MaxValue)
            {
                Array.Clear(BuildGeneration);
                _build = 1;
            }

            Build.Clear();
            return _build;
        }
        private int _stride;
        private TermIndex? _owner;
        private LexicalResources? _lexicon;

        public void Begin(TermIndex owner, LexicalResources lexicon)
        {
            if (!ReferenceEquals(owner, _owner) || !ReferenceEquals(lexicon, _lexicon))
            {
                Cache.Clear();
                _owner = owner;
                _lexicon = lexicon;
            }

            var words = owner._words.Length;
            if (Generation.Length < words)
            {
                Generation = new int[words];
                Mask = new byte[words];
                Same = new byte[words];
                Current = 0;
            }

            if (Strength.Length < MaxWords * words)
            {
                Strength = new float[MaxWords * words];
            }

            _stride = words;
            if (++Current == int.MaxValue)
            {
                Array.Clear(Generation);
                Current = 1;
            }

            foreach (var list in Candidates)
            {
                list.Clear();
            }

            Found.Clear();
        }

        public void Add(int position, int word, float strength, bool same)
        {
            if (Generation[word] != Current)
            {
                Generation[word] = Current;
                Mask[word] = 0;
                Same[word] = 0;
            }

            var bit = (byte)(1 << position);
            var at = (position * _stride) + word;
            if ((Mask[word] & bit) == 0)
            {
                Mask[word] |= bit;
                Candidates[position].Add(word);
                Strength[at] = strength;
            }
            else if (strength > Strength[at])
            {
                Strength[at] = strength;
            }

            if (same)
            {
                Same[word] |= bit;
                Strength[at] = 1f;
            }
        }
    }
}
