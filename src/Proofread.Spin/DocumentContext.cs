using Proofread.Language.Modeling;

namespace Proofread.Spin;

/// <summary>
/// What the rest of the document says about a span: how often words occur, and which words fill
/// the same two-word contexts elsewhere. Spinners replace each occurrence independently, so an
/// intact "state media reported" beside "talk about media reported" is strong evidence.
/// </summary>
internal sealed class DocumentContext
{
    private readonly Dictionary<string, int> _words = new(StringComparer.Ordinal);
    private readonly Dictionary<(string, string), int> _bigrams = new();

    // (w[j+1], w[j+2]) -> words w[j] seen before that right context; (w[j-2], w[j-1]) -> w[j] after that left context;
    // one content word of context: w[j+1] -> words w[j] before it; w[j-1] -> words w[j] after it. As candidate
    // wordings with their counts, filtered once per context instead of at every position that reads it: the
    // word contexts keep content words seen at least twice, the two-word contexts alphabetic words.
    private readonly Dictionary<(string, string), (CandidateText Word, int Count)[]> _beforeRightCandidates = new();
    private readonly Dictionary<(string, string), (CandidateText Word, int Count)[]> _afterLeftCandidates = new();
    private readonly Dictionary<string, (CandidateText Word, int Count)[]> _beforeWordCandidates = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (CandidateText Word, int Count)[]> _afterWordCandidates = new(StringComparer.Ordinal);

    public DocumentContext(IReadOnlyList<SentenceContext> sentences, DocumentStatistics statistics, NGramModel language)
    {
        Statistics = statistics;
        var beforeRight = new Dictionary<(string, string), Dictionary<string, int>>();
        var afterLeft = new Dictionary<(string, string), Dictionary<string, int>>();
        var beforeWord = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        var afterWord = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        foreach (var s in sentences)
        {
            var w = s.Lower;
            for (var j = 0; j < w.Length; j++)
            {
                _words[w[j]] = _words.GetValueOrDefault(w[j]) + 1;
                if (j + 1 < w.Length)
                {
                    _bigrams[(w[j], w[j + 1])] = _bigrams.GetValueOrDefault((w[j], w[j + 1])) + 1;
                }

                if (j + 2 < w.Length)
                {
                    Add(beforeRight, (w[j + 1], w[j + 2]), w[j]);
                }

                if (j + 1 < w.Length && IsContentWord(w[j + 1]))
                {
                    Add(beforeWord, w[j + 1], w[j]);
                }

                if (j >= 1 && IsContentWord(w[j - 1]))
                {
                    Add(afterWord, w[j - 1], w[j]);
                }

                if (j >= 2)
                {
                    Add(afterLeft, (w[j - 2], w[j - 1]), w[j]);
                }
            }
        }

        var texts = new Dictionary<string, CandidateText>(StringComparer.Ordinal);
        Filter(beforeRight, _beforeRightCandidates, minCount: 1, contentOnly: false);
        Filter(afterLeft, _afterLeftCandidates, minCount: 1, contentOnly: false);
        Filter(beforeWord, _beforeWordCandidates, minCount: 2, contentOnly: true);
        Filter(afterWord, _afterWordCandidates, minCount: 2, contentOnly: true);

        // In each context's own order (the order the words were first seen there).
        void Filter<TKey>(Dictionary<TKey, Dictionary<string, int>> index, Dictionary<TKey, (CandidateText, int)[]> filtered, int minCount, bool contentOnly)
            where TKey : notnull
        {
            var list = new List<(CandidateText, int)>();
            foreach (var (key, words) in index)
            {
                list.Clear();
                foreach (var (word, count) in words)
                {
                    if (count >= minCount && CandidateGenerator.IsAlphabetic(word) && (!contentOnly || IsContentWord(word)))
                    {
                        if (!texts.TryGetValue(word, out var text))
                        {
                            texts[word] = text = new CandidateText(word, language);
                        }

                        list.Add((text, count));
                    }
                }

                if (list.Count > 0)
                {
                    filtered[key] = [.. list];
                }
            }
        }
    }

    /// <summary>The language model's view of the whole text.</summary>
    public DocumentStatistics Statistics { get; }

    /// <summary>Occurrences of a lower-case word or phrase's first word in the document.</summary>
    public int Count(string word) => _words.GetValueOrDefault(word);

    /// <summary>Occurrences of a lower-case bigram in the document.</summary>
    public int Count(string first, string second) => _bigrams.GetValueOrDefault((first, second));

    /// <summary>Alphabetic words seen elsewhere right before the two words (<paramref name="r1"/>, <paramref name="r2"/>), with their counts.</summary>
    public (CandidateText Word, int Count)[]? BeforeCandidates(string r1, string r2) => _beforeRightCandidates.GetValueOrDefault((r1, r2));

    /// <summary>Alphabetic words seen elsewhere right after the two words (<paramref name="l1"/>, <paramref name="l2"/>), with their counts.</summary>
    public (CandidateText Word, int Count)[]? AfterCandidates(string l1, string l2) => _afterLeftCandidates.GetValueOrDefault((l1, l2));

    /// <summary>Content words seen at least twice right before the content word <paramref name="next"/>, with their counts.</summary>
    public (CandidateText Word, int Count)[]? BeforeWordCandidates(string next) => _beforeWordCandidates.GetValueOrDefault(next);

    /// <summary>Content words seen at least twice right after the content word <paramref name="previous"/>, with their counts.</summary>
    public (CandidateText Word, int Count)[]? AfterWordCandidates(string previous) => _afterWordCandidates.GetValueOrDefault(previous);

    /// <summary>A word long enough to say something about its neighbour ("media", not "of").</summary>
    public static bool IsContentWord(string word) => word.Length >= 4 && char.IsLetter(word[0]);

    private static void Add<TKey>(Dictionary<TKey, Dictionary<string, int>> index, TKey key, string word)
        where TKey : notnull
    {
        if (!index.TryGetValue(key, out var words))
        {
            index[key] = words = new Dictionary<string, int>(StringComparer.Ordinal);
        }

        words[word] = words.GetValueOrDefault(word) + 1;
    }
}
