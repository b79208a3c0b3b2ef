using System.IO.Compression;
using System.Text;
using Proofread.Analysis;

namespace Proofread.Lexicon.Terms;

/// <summary>
/// A known multi-word term that an observed span may be a word-by-word thesaurus distortion of
/// ("World Wellbeing Corporation" → "World Health Organization").
/// </summary>
/// <param name="Term">The known term, cased like the observed span position by position (a capitalised
/// observed word gives a capitalised term word, an all-capitals one an all-capitals word).</param>
/// <param name="ChangedWords">Positions matched through the thesaurus rather than by the same word (or lemma); at least 1.</param>
/// <param name="MinStrength">The weakest thesaurus relation among the changed positions (0–1).</param>
/// <param name="MeanStrength">The mean relation strength over the changed positions (0–1).</param>
/// <param name="IsName">Whether the term is a name: a Wikipedia title that neither WordNet (as a
/// common lower-case lemma) nor a technical glossary lists, a capitalised WordNet lemma, or a glossary entry written with a capital.</param>
public readonly record struct TermMatch(string Term, int ChangedWords, float MinStrength, float MeanStrength, bool IsName);

/// <summary>
/// Known multi-word terms and names (2–6 words): popular Wikipedia titles, WordNet multi-word
/// lemmas and technical terms of two Debian glossaries (V.E.R.A. acronym expansions, FOLDOC
/// headwords; dictionaries/terms/terms.bin.gz), plus user glossaries. Terms are kept as sequences of
/// lower-case word ids, tokenised as <see cref="Tokenizer"/> tokenises prose, so a query is a few
/// array look-ups. Immutable and thread-safe.
/// </summary>
public sealed partial class TermIndex
{
    /// <summary>The fewest words a term has.</summary>
    public const int MinWords = 2;

    /// <summary>The most words a term has.</summary>
    public const int MaxWords = 6;

    private const int Lengths = MaxWords - MinWords + 1;

    private static readonly Lazy<TermIndex> s_default = new(() => Load(ProofreadData.Path("terms/terms.bin.gz")));

    private const string Magic = "PRTERMS1";

    private readonly string[] _words;                 // word id → lower-case text
    private readonly Dictionary<string, int> _wordIds;
    private readonly int[] _termStart;                // term t's words: _termWords[_termStart[t].._termStart[t + 1]]
    private readonly int[] _termWords;
    private readonly TermSources[] _sources;
    private readonly int[] _postStart;                // (length, word) → the terms of that length containing the word
    private readonly int[] _postTerms;
    private readonly ulong[] _positionBits;           // bit (length, position, word): some term has the word there
    private readonly int _bitStride;
    private readonly object _bindingGate = new();
    private volatile Binding? _binding;

    private TermIndex(string[] words, Dictionary<string, int> wordIds, int[] termStart, int[] termWords, TermSources[] sources)
    {
        _words = words;
        _wordIds = wordIds;
        _termStart = termStart;
        _termWords = termWords;
        _sources = sources;

        var w = words.Length;
        _bitStride = (w + 63) / 64;
        _positionBits = new ulong[Lengths * MaxWords * _bitStride];
        _postStart = new int[(Lengths * w) + 1];
        for (var t = 0; t < sources.Length; t++)
        {
            var n = termStart[t + 1] - termStart[t];
            for (var i = 0; i < n; i++)
            {
                var word = termWords[termStart[t] + i];
                _postStart[((n - MinWords) * w) + word + 1]++;
                _positionBits[(Slot(n, i) * _bitStride) + (word >> 6)] |= 1UL << (word & 63);
            }
        }

        for (var k = 0; k < Lengths * w; k++)
        {
            _postStart[k + 1] += _postStart[k];
        }

        _postTerms = new int[_postStart[^1]];
        var fill = (int[])_postStart.Clone();
        for (var t = 0; t < sources.Length; t++)
        {
            var n = termStart[t + 1] - termStart[t];
            for (var i = 0; i < n; i++)
            {
                var key = ((n - MinWords) * w) + termWords[termStart[t] + i];

                // A word twice in one term ("new new thing") is posted once.
                if (fill[key] == _postStart[key] || _postTerms[fill[key] - 1] != t)
                {
                    _postTerms[fill[key]++] = t;
                }
            }
        }

        // Slots left empty by repeated words are compacted away.
        var write = 0;
        var start = 0;
        for (var k = 0; k < Lengths * w; k++)
        {
            var end = fill[k];
            _postStart[k] = write;
            for (var p = start; p < end; p++)
            {
                _postTerms[write++] = _postTerms[p];
            }

            start = _postStart[k + 1];
        }

        _postStart[^1] = write;
    }

    /// <summary>How many terms the index holds.</summary>
    public int Count => _sources.Length;

    /// <summary>The shipped index (dictionaries/terms/terms.bin.gz), loaded once on first use; thread-safe.</summary>
    public static TermIndex LoadDefault() => s_default.Value;

    /// <summary>
    /// Loads a term file, gzip-compressed if its name ends in ".gz": either the compiled form that
    /// <c>Proofread.Lexicon.Build terms</c> writes, or text with one term a line, its words separated
    /// by single spaces, then optionally a tab and source letters (w Wikipedia, n WordNet, p proper
    /// name, g glossary, v V.E.R.A., f FOLDOC; no tab: a glossary term); '#' starts a comment line.
    /// </summary>
    public static TermIndex Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        byte[] bytes;
        if (path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase))
        {
            using var file = File.OpenRead(path);
            using var gzip = new GZipStream(file, CompressionMode.Decompress);
            using var buffer = new MemoryStream(capacity: (int)Math.Min(int.MaxValue / 4, file.Length * 4));
            gzip.CopyTo(buffer);
            bytes = buffer.ToArray();
        }
        else
        {
            bytes = File.ReadAllBytes(path);
        }

        return bytes.AsSpan().StartsWith(Encoding.ASCII.GetBytes(Magic)) ? ReadCompiled(bytes) : Parse(Encoding.UTF8.GetString(bytes));
    }

    /// <summary>
    /// The compiled form: "PRTERMS1", word count and term count (int32), each word as a varint byte
    /// length and UTF-8, then each term as its sources byte, its word count byte and varint word ids.
    /// Loading it hashes nothing but the distinct words.
    /// </summary>
    internal byte[] ToCompiled()
    {
        using var buffer = new MemoryStream();
        using var writer = new BinaryWriter(buffer, Encoding.UTF8);
        writer.Write(Encoding.ASCII.GetBytes(Magic));
        writer.Write(_words.Length);
        writer.Write(Count);
        foreach (var word in _words)
        {
            var utf8 = Encoding.UTF8.GetBytes(word);
            writer.Write7BitEncodedInt(utf8.Length);
            writer.Write(utf8);
        }

        for (var t = 0; t < Count; t++)
        {
            var words = WordsOf(t);
            writer.Write((byte)_sources[t]);
            writer.Write((byte)words.Length);
            foreach (var w in words)
            {
                writer.Write7BitEncodedInt(w);
            }
        }

        writer.Flush();
        return buffer.ToArray();
    }

    private static TermIndex ReadCompiled(byte[] bytes)
    {
        var at = Magic.Length;
        var wordCount = BitConverter.ToInt32(bytes, at);
        var termCount = BitConverter.ToInt32(bytes, at + 4);
        at += 8;
        var words = new string[wordCount];
        var wordIds = new Dictionary<string, int>(wordCount, StringComparer.Ordinal);
        for (var i = 0; i < wordCount; i++)
        {
            var length = ReadVarint(bytes, ref at);
            words[i] = Encoding.UTF8.GetString(bytes, at, length);
            wordIds.Add(words[i], i);
            at += length;
        }

        var termStart = new int[termCount + 1];
        var sources = new TermSources[termCount];
        var termWords = new List<int>(termCount * 3);
        for (var t = 0; t < termCount; t++)
        {
            sources[t] = (TermSources)bytes[at++];
            var n = bytes[at++];
            for (var k = 0; k < n; k++)
            {
                termWords.Add(ReadVarint(bytes, ref at));
            }

            termStart[t + 1] = termWords.Count;
        }

        return new TermIndex(words, wordIds, termStart, [.. termWords], sources);
    }

    private static int ReadVarint(byte[] bytes, ref int at)
    {
        var value = 0;
        for (var shift = 0; ; shift += 7)
        {
            var b = bytes[at++];
            value |= (b & 0x7F) << shift;
            if (b < 0x80)
            {
                return value;
            }
        }
    }

    /// <summary>
    /// An index of <paramref name="terms"/> (free text, tokenised like prose; entries that are not
    /// 2–6 words, or hold numbers or punctuation, are skipped). Terms written with a capital letter are names.
    /// </summary>
    public static TermIndex FromTerms(IEnumerable<string> terms)
    {
        ArgumentNullException.ThrowIfNull(terms);
        var builder = new Builder();
        foreach (var term in terms)
        {
            builder.AddFree(term, TermSources.Glossary);
        }

        return builder.Build();
    }

    /// <summary>This index with <paramref name="extra"/> terms added (a user glossary), as <see cref="FromTerms"/> reads them.</summary>
    public TermIndex WithTerms(IEnumerable<string> extra)
    {
        ArgumentNullException.ThrowIfNull(extra);
        var builder = new Builder();
        for (var t = 0; t < Count; t++)
        {
            builder.Add(WordsOf(t).ToArray().Select(w => _words[w]).ToArray(), _sources[t]);
        }

        foreach (var term in extra)
        {
            builder.AddFree(term, TermSources.Glossary);
        }

        return builder.Build();
    }

    /// <summary>
    /// The terms of a glossary file: one a line, '#' starts a comment (to the end of the line),
    /// blank lines are skipped, surrounding white space trimmed.
    /// </summary>
    public static IReadOnlyList<string> ReadGlossary(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var terms = new List<string>();
        foreach (var raw in File.ReadLines(path, Encoding.UTF8))
        {
            var hash = raw.IndexOf('#', StringComparison.Ordinal);
            var line = (hash >= 0 ? raw[..hash] : raw).Trim();
            if (line.Length > 0)
            {
                terms.Add(line);
            }
        }

        return terms;
    }

    /// <summary>Whether <paramref name="term"/> is a known term (case-insensitive, tokenised like prose, so white space does not matter).</summary>
    public bool Contains(string term)
    {
        ArgumentNullException.ThrowIfNull(term);
        var words = Normalize(term);
        return words is not null && Contains(words);
    }

    /// <summary>Whether the words (tokens) <paramref name="words"/> make a known term, case-insensitively.</summary>
    public bool Contains(IReadOnlyList<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        return IndexOf(words) >= 0;
    }

    /// <summary>The sources of <paramref name="term"/> (free text, as <see cref="Contains(string)"/> reads it); None if it is not a term.</summary>
    internal TermSources SourcesOf(string term)
    {
        var words = Normalize(term);
        var t = words is null ? -1 : IndexOf(words);
        return t < 0 ? TermSources.None : _sources[t];
    }

    private int IndexOf(IReadOnlyList<string> words)
    {
        var n = words.Count;
        if (n is < MinWords or > MaxWords)
        {
            return -1;
        }

        Span<int> ids = stackalloc int[MaxWords];
        for (var i = 0; i < n; i++)
        {
            if (!_wordIds.TryGetValue(Lower(words[i]), out ids[i]))
            {
                return -1;
            }
        }

        foreach (var t in Postings(n, ids[0]))
        {
            if (WordsOf(t).SequenceEqual(ids[..n]))
            {
                return t;
            }
        }

        return -1;
    }

    /// <summary>Every term, lower case, words separated by single spaces (none before a clitic: "goat's rue"), in index order.</summary>
    public IEnumerable<string> Terms()
    {
        for (var t = 0; t < Count; t++)
        {
            yield return TermText(t);
        }
    }

    private ReadOnlySpan<int> WordsOf(int term) => _termWords.AsSpan(_termStart[term], _termStart[term + 1] - _termStart[term]);

    private ReadOnlySpan<int> Postings(int length, int word)
    {
        var key = ((length - MinWords) * _words.Length) + word;
        return _postTerms.AsSpan(_postStart[key], _postStart[key + 1] - _postStart[key]);
    }

    private int PostingCount(int length, int word)
    {
        var key = ((length - MinWords) * _words.Length) + word;
        return _postStart[key + 1] - _postStart[key];
    }

    private static int Slot(int length, int position) => ((length - MinWords) * MaxWords) + position;

    private string TermText(int term) => JoinTokens(WordsOf(term).ToArray().Select(w => _words[w]).ToArray());

    /// <summary>Tokens joined as prose writes them: a space between words, none before a clitic ("goat's rue", "don't").</summary>
    internal static string JoinTokens(IReadOnlyList<string> tokens)
    {
        var text = new StringBuilder(tokens[0]);
        for (var i = 1; i < tokens.Count; i++)
        {
            var clitic = tokens[i].Length > 1 && (tokens[i][0] is '\'' or '\u2019' || tokens[i].Equals("n't", StringComparison.OrdinalIgnoreCase));
            text.Append(clitic ? string.Empty : " ").Append(tokens[i]);
        }

        return text.ToString();
    }

    private bool IsName(int term)
    {
        var s = _sources[term];
        return (s & TermSources.ProperName) != 0 || ((s & TermSources.Wikipedia) != 0 && (s & (TermSources.WordNet | TermSources.Technical)) == 0);
    }

    /// <summary>Lower case with typographic apostrophes made plain, as terms are stored.</summary>
    private static string Lower(string word)
    {
        var lower = word.ToLowerInvariant();
        return lower.Contains('\u2019', StringComparison.Ordinal) ? lower.Replace('\u2019', '\'') : lower;
    }

    /// <summary>
    /// The words of a term as stored: tokenised like prose, lower case; null unless it is 2–6 tokens,
    /// all words or clitics (no numbers, punctuation or symbols).
    /// </summary>
    internal static string[]? Normalize(string term)
    {
        var tokens = Tokenizer.Tokenize(term);
        if (tokens.Length is < MinWords or > MaxWords)
        {
            return null;
        }

        var words = new string[tokens.Length];
        for (var i = 0; i < tokens.Length; i++)
        {
            if (!tokens[i].IsWordLike)
            {
                return null;
            }

            words[i] = Lower(tokens[i].Text);
        }

        return words;
    }

    private static TermIndex Parse(string text)
    {
        // The shipped file has ~250,000 word occurrences of ~46,000 distinct words; a plain
        // (unrandomised) hash over char spans finds them several times faster than Dictionary.
        var words = new WordTable();
        var termStart = new List<int>(100_000) { 0 };
        var termWords = new List<int>(300_000);
        var sources = new List<TermSources>(100_000);
        var rest = text.AsSpan();
        while (!rest.IsEmpty)
        {
            var newline = rest.IndexOf('\n');
            var line = newline < 0 ? rest : rest[..newline];
            rest = newline < 0 ? default : rest[(newline + 1)..];
            line = line.TrimEnd('\r');
            var tab = line.IndexOf('\t');
            var phrase = tab < 0 ? line : line[..tab];
            var source = tab < 0 ? TermSources.Glossary : ParseSources(line[(tab + 1)..]);
            if (phrase.IsEmpty || phrase[0] == '#')
            {
                continue;
            }

            var count = phrase.Count(' ') + 1;
            if (count is < MinWords or > MaxWords)
            {
                continue;
            }

            foreach (var range in phrase.Split(' '))
            {
                termWords.Add(words.IdOf(phrase[range]));
            }

            termStart.Add(termWords.Count);
            sources.Add(source);
        }

        var list = words.Words;
        var wordIds = new Dictionary<string, int>(list.Count, StringComparer.Ordinal);
        for (var i = 0; i < list.Count; i++)
        {
            wordIds.Add(list[i], i);
        }

        return new TermIndex([.. list], wordIds, [.. termStart], [.. termWords], [.. sources]);
    }

    /// <summary>Word → id while parsing: open addressing with an FNV-1a hash of the chars.</summary>
    private sealed class WordTable
    {
        private int[] _slots = new int[1 << 17]; // id + 1; 0 = empty
        private uint[] _hashes = new uint[1 << 17];

        public List<string> Words { get; } = new(50_000);

        public int IdOf(ReadOnlySpan<char> word)
        {
            var hash = 2166136261u;
            foreach (var c in word)
            {
                hash = (hash ^ c) * 16777619u;
            }

            var mask = _slots.Length - 1;
            for (var slot = (int)(hash & (uint)mask); ; slot = (slot + 1) & mask)
            {
                var id = _slots[slot] - 1;
                if (id < 0)
                {
                    id = Words.Count;
                    Words.Add(word.ToString());
                    _slots[slot] = id + 1;
                    _hashes[slot] = hash;
                    if (Words.Count * 2 > _slots.Length)
                    {
                        Grow();
                    }

                    return id;
                }

                if (_hashes[slot] == hash && word.SequenceEqual(Words[id]))
                {
                    return id;
                }
            }
        }

        private void Grow()
        {
            var (oldSlots, oldHashes) = (_slots, _hashes);
            _slots = new int[oldSlots.Length * 2];
            _hashes = new uint[oldSlots.Length * 2];
            var mask = _slots.Length - 1;
            for (var i = 0; i < oldSlots.Length; i++)
            {
                if (oldSlots[i] != 0)
                {
                    var slot = (int)(oldHashes[i] & (uint)mask);
                    while (_slots[slot] != 0)
                    {
                        slot = (slot + 1) & mask;
                    }

                    _slots[slot] = oldSlots[i];
                    _hashes[slot] = oldHashes[i];
                }
            }
        }
    }

    private static TermSources ParseSources(ReadOnlySpan<char> letters)
    {
        var s = TermSources.None;
        foreach (var c in letters)
        {
            s |= c switch
            {
                'w' => TermSources.Wikipedia,
                'n' => TermSources.WordNet,
                'p' => TermSources.ProperName,
                'g' => TermSources.Glossary,
                'v' => TermSources.Vera,
                'f' => TermSources.Foldoc,
                _ => TermSources.None,
            };
        }

        return s;
    }

    /// <summary>The source letters of <paramref name="sources"/>, as term files store them.</summary>
    internal static string SourceLetters(TermSources sources) =>
        ((sources & TermSources.Wikipedia) != 0 ? "w" : string.Empty)
        + ((sources & TermSources.WordNet) != 0 ? "n" : string.Empty)
        + ((sources & TermSources.ProperName) != 0 ? "p" : string.Empty)
        + ((sources & TermSources.Glossary) != 0 ? "g" : string.Empty)
        + ((sources & TermSources.Vera) != 0 ? "v" : string.Empty)
        + ((sources & TermSources.Foldoc) != 0 ? "f" : string.Empty);

    /// <summary>Collects terms (deduplicated, sources merged) and builds an index in ordinal order.</summary>
    internal sealed class Builder
    {
        private readonly Dictionary<string, TermSources> _terms = new(StringComparer.Ordinal);

        public int Count => _terms.Count;

        /// <summary>Adds free text; a capital letter in it makes a glossary term a name. False if it is not a term.</summary>
        public bool AddFree(string term, TermSources sources)
        {
            var words = Normalize(term);
            if (words is null)
            {
                return false;
            }

            if ((sources & TermSources.Glossary) != 0 && term.Any(char.IsUpper))
            {
                sources |= TermSources.ProperName;
            }

            Add(words, sources);
            return true;
        }

        /// <summary>Adds normalised words.</summary>
        public void Add(string[] words, TermSources sources)
        {
            var key = string.Join(' ', words);
            _terms[key] = _terms.GetValueOrDefault(key) | sources;
        }

        /// <summary>The terms in ordinal order with their source letters, as term files store them.</summary>
        public IEnumerable<string> Lines() =>
            _terms.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Key + "\t" + SourceLetters(p.Value));

        public TermIndex Build() => Parse(string.Join('\n', Lines()));
    }
}

/// <summary>Where a term comes from (bits).</summary>
[Flags]
internal enum TermSources : byte
{
    None = 0,
    Wikipedia = 1,
    WordNet = 2,
    ProperName = 4,
    Glossary = 8,

    /// <summary>An acronym expansion of V.E.R.A. (Debian dict-vera).</summary>
    Vera = 16,

    /// <summary>A headword of FOLDOC, the computing dictionary (Debian dict-foldoc).</summary>
    Foldoc = 32,

    /// <summary>Any technical glossary: such a term is a common term, not a name, even when it is also a Wikipedia title.</summary>
    Technical = Vera | Foldoc,
}
