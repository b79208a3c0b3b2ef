using System.Buffers;
using System.Collections.Immutable;
using Proofread.Analyzers.Text;
using Proofread.Documents;
using Proofread.Findings;
using Proofread.Text;

namespace Proofread.Analyzers.Phrasebook;

/// <summary>
/// A word trie over a phrasebook's phrases and their inflected forms. Matching walks the trie
/// from each word of a sentence, keeps the longest phrase that ends there, and resumes after it,
/// so a document costs one hash lookup per word plus a few for each partial phrase.
/// Immutable after construction and safe to share across threads.
/// </summary>
internal sealed class PhraseMatcher
{
    private static readonly SearchValues<char> NonAsciiJoiners = SearchValues.Create("\u2019\u2010\u2011");
    private static readonly HashSet<string> SmallWords = new(StringComparer.Ordinal)
    {
        "a", "an", "and", "as", "at", "but", "by", "for", "from", "in", "into", "nor", "of", "on", "or", "per", "the", "to", "via", "with",
    };

    private readonly Node _root = new();

    public PhraseMatcher(Phrasebook book)
    {
        // Written forms first, so that an entry's own phrase always beats another entry's inflected form.
        foreach (var entry in book.Entries)
        {
            Add(entry.Words.AsSpan(), entry, Inflection.None);
        }

        foreach (var entry in book.Entries)
        {
            foreach (var inflection in Inflector.Singles)
            {
                if ((entry.Inflections & inflection) == 0)
                {
                    continue;
                }

                var words = entry.Words.ToArray();
                foreach (var variant in Inflector.Variants(entry.Words[entry.HeadIndex], inflection))
                {
                    words[entry.HeadIndex] = variant;
                    Add(words, entry, inflection);
                }
            }
        }

        _root.Freeze();
    }

    public ImmutableArray<PhraseMatch> FindMatches(Document document)
    {
        if (_root.Children is null)
        {
            return [];
        }

        var text = document.Text.AsSpan();
        var matches = ImmutableArray.CreateBuilder<PhraseMatch>();
        var units = new List<WordUnit>();
        Span<char> buffer = stackalloc char[64];
        foreach (var sentence in document.Sentences)
        {
            units.Clear();
            WordUnits.Collect(document, sentence, units);
            for (var i = 0; i < units.Count; i++)
            {
                var node = _root;
                Node? best = null;
                var bestEnd = -1;
                for (var j = i; j < units.Count; j++)
                {
                    var unit = units[j];
                    if (unit.IsBarrier || !node.TryGet(Key(text.Slice(unit.Start, unit.Length), buffer), out var next))
                    {
                        break;
                    }

                    node = next;
                    if (node.Entry is not null)
                    {
                        best = node;
                        bestEnd = j;
                    }
                }

                if (best is not null)
                {
                    matches.Add(CreateMatch(document.Text, units, i, bestEnd, best.Entry!, best.Inflection));
                    i = bestEnd;
                }
            }
        }

        return matches.ToImmutable();
    }

    private void Add(ReadOnlySpan<string> words, PhrasebookEntry entry, Inflection inflection)
    {
        var node = _root;
        foreach (var word in words)
        {
            node.Children ??= new Dictionary<string, Node>(StringComparer.OrdinalIgnoreCase);
            if (!node.Children.TryGetValue(word, out var next))
            {
                next = new Node();
                node.Children.Add(word, next);
            }

            node = next;
        }

        if (node.Entry is null)
        {
            node.Entry = entry;
            node.Inflection = inflection;
        }
    }

    private static ReadOnlySpan<char> Key(ReadOnlySpan<char> word, Span<char> buffer)
    {
        if (word.IndexOfAny(NonAsciiJoiners) < 0 || word.Length > buffer.Length)
        {
            return word;
        }

        for (var i = 0; i < word.Length; i++)
        {
            buffer[i] = WordUnits.Canonical(word[i]);
        }

        return buffer[..word.Length];
    }

    private static PhraseMatch CreateMatch(string text, List<WordUnit> units, int first, int last, PhrasebookEntry entry, Inflection inflection)
    {
        var span = TextSpan.FromBounds(units[first].Start, units[last].End);
        var style = StyleOf(text, units, first, last);
        var suggestions = ImmutableArray.CreateBuilder<Suggestion>(entry.Replacements.Length);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var r = 0; r < entry.Replacements.Length; r++)
        {
            var wording = KeepSharedWords(Render(entry.Replacements[r], inflection, style), text, units, first, last);
            if (seen.Add(wording))
            {
                suggestions.Add(new Suggestion(wording, entry.ConfidenceOf(r)));
            }
        }

        return new PhraseMatch(span, entry, inflection, suggestions.ToImmutable());
    }

    private static string Render(PhraseReplacement replacement, Inflection inflection, CaseStyle style)
    {
        var words = replacement.Text.Split(' ');
        if (inflection != Inflection.None)
        {
            words[replacement.HeadIndex] = Inflector.Apply(words[replacement.HeadIndex], inflection);
        }

        switch (style)
        {
            case CaseStyle.Upper:
                return string.Join(' ', words).ToUpperInvariant();
            case CaseStyle.TitleEveryWord:
                for (var i = 0; i < words.Length; i++)
                {
                    if (i == 0 || !SmallWords.Contains(words[i]))
                    {
                        words[i] = Capitalize(words[i]);
                    }
                }

                return string.Join(' ', words);
            case CaseStyle.FirstCapital:
                words[0] = Capitalize(words[0]);
                return string.Join(' ', words);
            default:
                return string.Join(' ', words);
        }
    }

    // Words the replacement shares with the matched text at either end keep the text's own
    // spelling: "Get together Congress" -> "Party Congress", not "Party congress". A word the
    // entry itself capitalises ("World Health Organization") keeps the entry's spelling.
    private static string KeepSharedWords(string wording, string text, List<WordUnit> units, int first, int last)
    {
        var words = wording.Split(' ');
        var entryWords = wording.Split(' ');
        int head = 0, tail = 0;
        while (head < words.Length && first + head <= last && IsLower(entryWords[head])
            && words[head].AsSpan().Equals(text.AsSpan(units[first + head].Start, units[first + head].Length), StringComparison.OrdinalIgnoreCase))
        {
            words[head] = text.Substring(units[first + head].Start, units[first + head].Length);
            head++;
        }

        while (tail < words.Length - head && last - tail >= first + head && IsLower(entryWords[^(tail + 1)])
            && words[^(tail + 1)].AsSpan().Equals(text.AsSpan(units[last - tail].Start, units[last - tail].Length), StringComparison.OrdinalIgnoreCase))
        {
            words[^(tail + 1)] = text.Substring(units[last - tail].Start, units[last - tail].Length);
            tail++;
        }

        return head + tail == 0 ? wording : string.Join(' ', words);
    }

    private static bool IsLower(string word) => !word.Any(char.IsUpper);

    private static string Capitalize(string word)
    {
        for (var i = 0; i < word.Length; i++)
        {
            if (char.IsLetter(word[i]))
            {
                return char.IsUpper(word[i]) ? word : string.Concat(word.AsSpan(0, i), [char.ToUpperInvariant(word[i])], word.AsSpan(i + 1));
            }
        }

        return word;
    }

    private static CaseStyle StyleOf(string text, List<WordUnit> units, int first, int last)
    {
        var letters = 0;
        var allUpper = true;
        var everyWordTitled = true;
        for (var i = first; i <= last; i++)
        {
            var word = text.AsSpan(units[i].Start, units[i].Length);
            var firstLetter = word.IndexOfAnyExcept(NotLetters);
            if (firstLetter < 0)
            {
                continue;
            }

            foreach (var c in word)
            {
                if (char.IsLetter(c))
                {
                    letters++;
                    allUpper &= !char.IsLower(c);
                }
            }

            var capital = char.IsUpper(word[firstLetter]);
            if (!capital && (i == first || !SmallWords.Contains(word.ToString())))
            {
                everyWordTitled = false;
            }
        }

        var firstWord = text.AsSpan(units[first].Start, units[first].Length);
        var firstIndex = firstWord.IndexOfAnyExcept(NotLetters);
        var firstCapital = firstIndex >= 0 && char.IsUpper(firstWord[firstIndex]);
        if (letters >= 2 && allUpper)
        {
            return CaseStyle.Upper;
        }

        if (last > first && everyWordTitled)
        {
            return CaseStyle.TitleEveryWord;
        }

        return firstCapital ? CaseStyle.FirstCapital : CaseStyle.AsWritten;
    }

    private static readonly SearchValues<char> NotLetters = SearchValues.Create("0123456789-'\u2019\u2010\u2011");

    private enum CaseStyle
    {
        AsWritten,
        FirstCapital,
        TitleEveryWord,
        Upper,
    }

    private sealed class Node
    {
        public Dictionary<string, Node>? Children;
        public Dictionary<string, Node>.AlternateLookup<ReadOnlySpan<char>> Lookup;
        public PhrasebookEntry? Entry;
        public Inflection Inflection;

        public bool TryGet(ReadOnlySpan<char> word, out Node next)
        {
            if (Children is null)
            {
                next = null!;
                return false;
            }

            return Lookup.TryGetValue(word, out next!);
        }

        public void Freeze()
        {
            if (Children is null)
            {
                return;
            }

            Children.TrimExcess();
            Lookup = Children.GetAlternateLookup<ReadOnlySpan<char>>();
            foreach (var child in Children.Values)
            {
                child.Freeze();
            }
        }
    }
}
