using System.Collections.Concurrent;

namespace Proofread.Lexicon.Hunspell;

/// <summary>Suggestions: REP table, case fixes, word splits and a weighted edit distance ≤ 2.</summary>
public sealed partial class WordList
{
    private const double MaxCost = 2.0;
    private const double RepCost = 0.7;
    private const double SplitCost = 1.4;
    private const double CapitalPenalty = 0.15;
    private const double FrequencyWeight = 0.15;
    private readonly Lazy<SuggestIndex> _suggestIndex;

    /// <summary>The sizes of the default suggestion list.</summary>
    public const int DefaultSuggestionCount = 8;

    /// <summary>
    /// Builds now what the first <see cref="Suggest"/> would build (the suggestion index) and
    /// loads the word frequencies, so that call is fast. Thread-safe; idempotent.
    /// </summary>
    public void PrepareSuggestions()
    {
        _ = _suggestIndex.Value;
        _ = _frequencies.Value;
    }

    /// <summary>
    /// Ranked replacements for a misspelt <paramref name="word"/>, best first; empty when the
    /// word is correct. Ranking: weighted edit cost (REP entries, keyboard neighbours, swapped
    /// and doubled letters cost less) minus a bonus for common words.
    /// </summary>
    public IReadOnlyList<string> Suggest(string word, int maxCount = DefaultSuggestionCount)
    {
        ArgumentNullException.ThrowIfNull(word);
        var w = Convert(word.Trim(), _aff.InputConversions);
        if (w.Length == 0 || Spell(w, 0))
        {
            return [];
        }

        var cap = CaseOf(w);
        var lower = w.ToLowerInvariant();
        var index = _suggestIndex.Value;
        var costs = new Dictionary<string, double>(StringComparer.Ordinal);

        void Consider(string candidate, double cost)
        {
            if (candidate.Length == 0 || (costs.TryGetValue(candidate, out var old) && old <= cost))
            {
                return;
            }

            costs[candidate] = cost;
        }

        // Case only: "paris" -> "Paris", "mcdonald" -> "McDonald".
        foreach (var form in index.Cased(lower))
        {
            Consider(form, 0.05);
        }

        // REP: typical misspellings written as replacements; a space in the result makes two words.
        foreach (var (from, to) in _aff.Replacements)
        {
            var anchoredStart = from.StartsWith('^');
            var anchoredEnd = from.EndsWith('$');
            var pattern = from.Trim('^', '$');
            if (pattern.Length == 0)
            {
                continue;
            }

            for (var at = lower.IndexOf(pattern, StringComparison.Ordinal); at >= 0; at = lower.IndexOf(pattern, at + 1, StringComparison.Ordinal))
            {
                if ((anchoredStart && at != 0) || (anchoredEnd && at + pattern.Length != lower.Length))
                {
                    continue;
                }

                var candidate = string.Concat(lower.AsSpan(0, at), to, lower.AsSpan(at + pattern.Length));
                if (IsGoodSuggestion(candidate, index, out var canonical))
                {
                    Consider(canonical, RepCost);
                }
            }
        }

        // Two words run together: "alot" -> "a lot".
        for (var i = 1; i < lower.Length; i++)
        {
            var left = lower[..i];
            var right = lower[i..];
            if ((left.Length > 1 || left is "a" or "i") && (right.Length > 1 || right == "a")
                && IsGoodSuggestion(left, index, out var l) && IsGoodSuggestion(right, index, out var r))
            {
                Consider(l + " " + r, SplitCost);
            }
        }

        // Edit distance 1 anywhere in the word: generate the edits and look them up.
        var scratch = new double[3 * (lower.Length + 3)];
        foreach (var edit in SingleEdits(lower))
        {
            var cost = -1.0;
            foreach (var form in FormsWithLower(edit, index))
            {
                if (cost < 0)
                {
                    cost = EditCost.Distance(lower, edit, MaxCost, scratch);
                }

                Consider(form, form == edit || cap != CapType.NoCap ? cost : cost + CapitalPenalty);
            }
        }

        // Edit distance up to 2: scan the words that share the first letter (a wrong first letter
        // is rare, and the single edits above already cover it).
        if (index.TryGetBuckets(lower[0], out var buckets))
        {
            for (var len = Math.Max(1, lower.Length - 2); len <= lower.Length + 2 && len < buckets.Length; len++)
            {
                foreach (var entry in buckets[len])
                {
                    var cost = EditCost.Distance(lower, entry.Lower, MaxCost, scratch);
                    if (cost <= MaxCost)
                    {
                        // A proper noun is a less likely intent for a word typed in lower case.
                        Consider(entry.Form, entry.Form == entry.Lower || cap != CapType.NoCap ? cost : cost + CapitalPenalty);
                    }
                }
            }
        }

        // Plain loops over a class rather than LINQ over tuples: the tuple instantiations would be
        // JIT-compiled on the first suggestion of every run. Same order as OrderBy/ThenBy.
        var ranked = new List<RankedCandidate>(costs.Count);
        foreach (var (form, cost) in costs)
        {
            ranked.Add(new RankedCandidate(form, cost - (FrequencyWeight * Math.Log10(1 + FrequencyOf(form)))));
        }

        ranked.Sort(static (a, b) => a.Score != b.Score ? a.Score.CompareTo(b.Score) : string.CompareOrdinal(a.Form, b.Form));
        var result = new List<string>(Math.Min(maxCount, ranked.Count));
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var candidate in ranked)
        {
            if (result.Count >= maxCount)
            {
                break;
            }

            var recased = Recase(candidate.Form, cap);
            if (seen.Add(recased.ToLowerInvariant()))
            {
                result.Add(Convert(recased, _aff.OutputConversions));
            }
        }

        return result;
    }

    private sealed record RankedCandidate(string Form, double Score);

    private int FrequencyOf(string form)
    {
        if (_frequencies.Value is not { } frequencies)
        {
            return 0;
        }

        var space = form.IndexOf(' ');
        return space < 0
            ? frequencies.Count(form)
            : Math.Min(frequencies.Count(form[..space]), frequencies.Count(form[(space + 1)..]));
    }

    private bool IsGoodSuggestion(string candidate, SuggestIndex index, out string canonical)
    {
        canonical = candidate;
        if (candidate.Contains(' ', StringComparison.Ordinal))
        {
            return candidate.Split(' ').All(part => part.Length > 0 && Spell(part, 0));
        }

        if (_forms.TryGetValue(candidate.AsSpan(), out var flags) && (flags & (WordFlags.Forbidden | WordFlags.NoSuggest)) == 0 && (flags & WordFlags.Accepted) != 0)
        {
            return true;
        }

        // The lower-cased candidate may be a proper noun: take its dictionary casing.
        var cased = index.Cased(candidate);
        if (cased.Count > 0)
        {
            canonical = cased[0];
            return true;
        }

        return false;
    }

    private static string Recase(string form, CapType cap) => cap switch
    {
        CapType.AllCap => form.ToUpperInvariant(),
        CapType.InitCap when CaseOf(form) == CapType.NoCap => ToInitCap(form),
        _ => form,
    };

    private const string EditLetters = "abcdefghijklmnopqrstuvwxyz'-";

    private static IEnumerable<string> SingleEdits(string w)
    {
        for (var i = 0; i < w.Length; i++)
        {
            yield return string.Concat(w.AsSpan(0, i), w.AsSpan(i + 1));
            if (i + 1 < w.Length && w[i] != w[i + 1])
            {
                var chars = w.ToCharArray();
                (chars[i], chars[i + 1]) = (chars[i + 1], chars[i]);
                yield return new string(chars);
            }

            foreach (var c in EditLetters)
            {
                if (c != w[i])
                {
                    var chars = w.ToCharArray();
                    chars[i] = c;
                    yield return new string(chars);
                }
            }
        }

        for (var i = 0; i <= w.Length; i++)
        {
            foreach (var c in EditLetters)
            {
                yield return string.Concat(w.AsSpan(0, i), c.ToString(), w.AsSpan(i));
            }
        }
    }

    private bool IsSuggestable(int index) => IsSuggestable(_forms.FlagsAt(index));

    private static bool IsSuggestable(WordFlags flags) =>
        (flags & WordFlags.Accepted) != 0 && (flags & (WordFlags.Forbidden | WordFlags.NoSuggest)) == 0;

    // Built on the first suggestion of a run, so it is start-up time: one pass over the UTF-8
    // bytes that allocates only for the few forms cased other than "Title" or "ALL CAPS"
    // (McDonald); those two casings are probed in the form table when asked for. The
    // edit-distance buckets are built one first letter at a time, when a word needs them, from
    // the contiguous runs of the ordinally sorted forms that start with that letter.
    private SuggestIndex BuildSuggestIndex()
    {
        var irregular = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        for (var i = 0; i < _forms.SlotCount; i++)
        {
            if (!IsSuggestable(i))
            {
                continue;
            }

            var bytes = _forms.BytesAt(i);
            // Plain loops over the bytes: the span search helpers would be JIT-compiled at start-up.
            int upperCount = 0, lowerCount = 0, nonAscii = 0;
            foreach (var b in bytes)
            {
                if (b >= 0x80)
                {
                    nonAscii++;
                }
                else if (b is >= (byte)'A' and <= (byte)'Z')
                {
                    upperCount++;
                }
                else if (b is >= (byte)'a' and <= (byte)'z')
                {
                    lowerCount++;
                }
            }

            if (nonAscii == 0)
            {
                if (upperCount == 0 || (upperCount == 1 && bytes[0] is >= (byte)'A' and <= (byte)'Z') || lowerCount == 0)
                {
                    continue; // lower case, Title case or ALL CAPS
                }

                var form = _forms.FormAt(i);
                AddCased(irregular, form, form.ToLowerInvariant());
            }
            else
            {
                var form = _forms.FormAt(i);
                var lower = form.ToLowerInvariant();
                if (!string.Equals(lower, form, StringComparison.Ordinal)
                    && !string.Equals(ToInitCap(lower), form, StringComparison.Ordinal)
                    && !string.Equals(lower.ToUpperInvariant(), form, StringComparison.Ordinal))
                {
                    AddCased(irregular, form, lower);
                }
            }
        }

        return new SuggestIndex(this, irregular, FirstNonAscii());
    }

    // The first form (ordinal order) whose first byte is not ASCII: UTF-16 ordinal order puts
    // every non-ASCII first letter after the ASCII ones.
    private int FirstNonAscii() => LowerBound(0x80, 0, _forms.SlotCount);

    // The first index in [lo, hi) whose first UTF-8 byte is at least b (forms are sorted ordinally).
    private int LowerBound(int b, int lo, int hi)
    {
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (_forms.BytesAt(mid)[0] < b)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    // (form, lower case) of the suggestable forms whose lower case starts with first, by length.
    // Plain loops rather than LINQ: generic instantiations over tuples are not precompiled.
    private (string Form, string Lower)[][] BucketsOf(char first, int nonAscii)
    {
        var byLength = new List<(string, string)>[1];
        void Add(string form, string lower, int length)
        {
            if (byLength.Length <= length)
            {
                Array.Resize(ref byLength, length + 1);
            }

            (byLength[length] ??= []).Add((form, lower));
        }

        if (first < 0x80)
        {
            // Upper-case initials sort before lower-case ones: slot order is kept.
            var initials = first is >= 'a' and <= 'z' ? new[] { (int)first - 32, first } : [first];
            foreach (var initial in initials)
            {
                for (var i = LowerBound(initial, 0, nonAscii); i < nonAscii && _forms.BytesAt(i)[0] == initial; i++)
                {
                    if (IsSuggestable(i))
                    {
                        var form = _forms.FormAt(i);
                        var lower = form.ToLowerInvariant();
                        Add(form, lower, lower.Length);
                    }
                }
            }
        }

        for (var i = nonAscii; i < _forms.SlotCount; i++)
        {
            if (IsSuggestable(i))
            {
                var form = _forms.FormAt(i);
                var lower = form.ToLowerInvariant();
                if (lower[0] == first)
                {
                    Add(form, lower, lower.Length);
                }
            }
        }

        var result = new (string, string)[byLength.Length][];
        for (var length = 0; length < byLength.Length; length++)
        {
            result[length] = byLength[length] is { } list ? [.. list] : [];
        }

        return result;
    }

    private static void AddCased(Dictionary<string, List<string>> byLower, string form, string lower)
    {
        if (!byLower.TryGetValue(lower, out var list))
        {
            list = [];
            byLower[lower] = list;
        }

        list.Add(form);
    }

    /// <summary>The suggestable forms whose lower case is <paramref name="lower"/>.</summary>
    private IEnumerable<string> FormsWithLower(string lower, SuggestIndex index)
    {
        foreach (var form in index.Cased(lower))
        {
            yield return form;
        }

        if (_forms.TryGetValue(lower.AsSpan(), out var flags) && IsSuggestable(flags))
        {
            yield return lower;
        }
    }

    /// <summary>
    /// The suggestion index: forms with capitals by their lower case ("paris" → "Paris"), and
    /// (form, lower case) by first letter and length, built per letter on first use.
    /// </summary>
    private sealed class SuggestIndex(WordList words, Dictionary<string, List<string>> irregular, int nonAscii)
    {
        // By first letter: an array for ASCII, a dictionary keyed by string (shared generic code,
        // precompiled) for the rest; a char-keyed dictionary would be JIT-compiled at start-up.
        private readonly Lazy<(string Form, string Lower)[][]>?[] _ascii = new Lazy<(string, string)[][]>?[128];
        private readonly ConcurrentDictionary<string, Lazy<(string Form, string Lower)[][]>> _other = new(StringComparer.Ordinal);

        /// <summary>
        /// The suggestable forms other than <paramref name="lower"/> whose lower case is
        /// <paramref name="lower"/>, in ordinal order ("paris" → ["Paris"]).
        /// </summary>
        public IReadOnlyList<string> Cased(string lower)
        {
            if (lower.Length == 0)
            {
                return [];
            }

            List<string>? result = null;
            Span<char> buffer = lower.Length <= 128 ? stackalloc char[lower.Length] : new char[lower.Length];
            lower.AsSpan().ToUpperInvariant(buffer);
            Probe(buffer, lower, ref result);
            lower.AsSpan().CopyTo(buffer);
            buffer[0] = char.ToUpperInvariant(lower[0]);
            Probe(buffer, lower, ref result);
            if (irregular.TryGetValue(lower, out var more))
            {
                (result ??= []).AddRange(more);
            }

            if (result is null)
            {
                return [];
            }

            if (result.Count > 1)
            {
                result.Sort(StringComparer.Ordinal);
                for (var k = result.Count - 1; k > 0; k--)
                {
                    if (string.Equals(result[k], result[k - 1], StringComparison.Ordinal))
                    {
                        result.RemoveAt(k);
                    }
                }
            }

            return result;
        }

        private void Probe(ReadOnlySpan<char> cased, string lower, ref List<string>? result)
        {
            if (cased.SequenceEqual(lower) || !words._forms.TryGetValue(cased, out var flags) || !IsSuggestable(flags))
            {
                return;
            }

            var form = cased.ToString();
            if (string.Equals(form.ToLowerInvariant(), lower, StringComparison.Ordinal))
            {
                (result ??= []).Add(form);
            }
        }

        /// <summary>(form, lower-cased form) of the words whose lower case starts with <paramref name="first"/>, by length.</summary>
        public bool TryGetBuckets(char first, out (string Form, string Lower)[][] result)
        {
            Lazy<(string, string)[][]> lazy;
            if (first < 0x80)
            {
                var fresh = new Lazy<(string, string)[][]>(() => words.BucketsOf(first, nonAscii), LazyThreadSafetyMode.ExecutionAndPublication);
                lazy = Interlocked.CompareExchange(ref _ascii[first], fresh, null) ?? fresh;
            }
            else
            {
                lazy = _other.GetOrAdd(first.ToString(), key => new Lazy<(string, string)[][]>(() => words.BucketsOf(key[0], nonAscii), LazyThreadSafetyMode.ExecutionAndPublication));
            }

            result = lazy.Value;
            return result.Length > 1 || (result.Length == 1 && result[0].Length > 0);
        }
    }
}
