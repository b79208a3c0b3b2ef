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

    // (w[j+1], w[j+2]) -> words w[j] seen before that right context; (w[j-2], w[j-1]) -> w[j] after that left context.
    private readonly Dictionary<(string, string), Dictionary<string, int>> _beforeRight = new();
    private readonly Dictionary<(string, string), Dictionary<string, int>> _afterLeft = new();

    // One content word of context: w[j+1] -> words w[j] before it; w[j-1] -> words w[j] after it.
    private readonly Dictionary<string, Dictionary<string, int>> _beforeWord = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Dictionary<string, int>> _afterWord = new(StringComparer.Ordinal);

    public DocumentContext(IReadOnlyList<SentenceContext> sentences, DocumentStatistics statistics)
    {
        Statistics = statistics;
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
                    Add(_beforeRight, (w[j + 1], w[j + 2]), w[j]);
                }

                if (j + 1 < w.Length && IsContentWord(w[j + 1]))
                {
                    Add(_beforeWord, w[j + 1], w[j]);
                }

                if (j >= 1 && IsContentWord(w[j - 1]))
                {
                    Add(_afterWord, w[j - 1], w[j]);
                }

                if (j >= 2)
                {
                    Add(_afterLeft, (w[j - 2], w[j - 1]), w[j]);
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

    /// <summary>Words seen elsewhere right before the two words (<paramref name="r1"/>, <paramref name="r2"/>).</summary>
    public IReadOnlyDictionary<string, int>? Before(string r1, string r2) => _beforeRight.GetValueOrDefault((r1, r2));

    /// <summary>Words seen elsewhere right after the two words (<paramref name="l1"/>, <paramref name="l2"/>).</summary>
    public IReadOnlyDictionary<string, int>? After(string l1, string l2) => _afterLeft.GetValueOrDefault((l1, l2));

    /// <summary>Words seen elsewhere right before the content word <paramref name="next"/>.</summary>
    public IReadOnlyDictionary<string, int>? BeforeWord(string next) => _beforeWord.GetValueOrDefault(next);

    /// <summary>Words seen elsewhere right after the content word <paramref name="previous"/>.</summary>
    public IReadOnlyDictionary<string, int>? AfterWord(string previous) => _afterWord.GetValueOrDefault(previous);

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
