using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics.X86;
using System.Text;
using Proofread.Language.Text;

namespace Proofread.Language.Modeling;

/// <summary>
/// A back-off n-gram language model (interpolated modified Kneser–Ney, written in back-off form
/// by <see cref="NGramModelBuilder"/>). Keys are hashed into open-addressing tables of 64-bit
/// entries (48-bit fingerprint and two 8-bit codes); probabilities and back-off weights of orders 2 and up are quantised to 8 bits.
/// Immutable and thread-safe. All log-probabilities are base 10.
/// </summary>
/// <remarks>
/// The spin decoder's fast path: map words to ids once (<see cref="WordId"/>, <see cref="ToIds"/>),
/// then score with <see cref="LogProb"/> and <see cref="SubstitutionDelta(ReadOnlySpan{int}, int, int, ReadOnlySpan{int})"/>, which allocate nothing.
/// </remarks>
public sealed class NGramModel
{
    /// <summary>The shipped model, relative to the data folder.</summary>
    public const string DefaultModelPath = "models/ngram.bin";

    internal const string Magic = "PRNGRAM1";
    internal const int FormatVersion = 2;

    private static readonly Lazy<NGramModel> Default = new(() => Load(ProofreadData.Path(DefaultModelPath)));

    private readonly int _order;
    private readonly int _vocabularyCapacity;
    private readonly ulong[] _vocabularyHashes;
    private readonly ushort[] _vocabularyIds;
    private readonly string[] _words;
    private readonly float[] _unigramProb;
    private readonly float[] _unigramBackoff;
    private readonly Table[] _tables;   // index = order; [0] and [1] unused
    private readonly FlatTable[] _flat; // the same tables as structs: one indirection less on the hot path

    private NGramModel(
        NGramModelInfo info, ulong[] vocabularyHashes, ushort[] vocabularyIds, string[] words,
        float[] unigramProb, float[] unigramBackoff, Table[] tables)
    {
        Info = info;
        _order = info.Order;
        _vocabularyCapacity = vocabularyHashes.Length;
        _vocabularyHashes = vocabularyHashes;
        _vocabularyIds = vocabularyIds;
        _words = words;
        _unigramProb = unigramProb;
        _unigramBackoff = unigramBackoff;
        _tables = tables;
        _flat = [.. tables.Select(t => t is null ? default : new FlatTable(t.Entries, t.ProbCodebook, t.BackoffCodebook))];
    }

    /// <summary>What the file holds.</summary>
    public NGramModelInfo Info { get; }

    /// <summary>The longest n-gram the model scores.</summary>
    public int Order => _order;

    /// <summary>The number of ids, reserved ones included.</summary>
    public int VocabularySize => _words.Length;

    /// <summary>The shipped model (loaded once, shared).</summary>
    public static NGramModel LoadDefault() => Default.Value;

    /// <summary>Loads a model file written by <see cref="NGramModelBuilder"/> with one sequential read.</summary>
    /// <exception cref="InvalidDataException">The file is not a model of this format, or is truncated.</exception>
    public static NGramModel Load(string path)
    {
        if (!BitConverter.IsLittleEndian)
        {
            throw new PlatformNotSupportedException("Model files are little-endian.");
        }

        try
        {
            return Read(path);
        }
        catch (EndOfStreamException e)
        {
            throw new InvalidDataException($"'{path}' is truncated: not a complete Proofread n-gram model.", e);
        }
    }

    private static NGramModel Read(string path)
    {

        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        using var reader = new BinaryReader(stream, Encoding.UTF8, leaveOpen: true);
        if (Encoding.ASCII.GetString(reader.ReadBytes(Magic.Length)) != Magic)
        {
            throw new InvalidDataException($"'{path}' is not a Proofread n-gram model.");
        }

        if (reader.ReadInt32() != FormatVersion)
        {
            throw new InvalidDataException($"'{path}' has another model format version.");
        }

        var order = reader.ReadInt32();
        var vocabularySize = reader.ReadInt32();
        var vocabularyCapacity = reader.ReadInt32();
        if (order is < 1 or > 4 || vocabularySize is < NGramVocabulary.FirstWordId or > NGramVocabulary.MaxSize || vocabularyCapacity < vocabularySize)
        {
            throw new InvalidDataException($"'{path}' has an impossible header (order {order}, vocabulary {vocabularySize}).");
        }

        var trainingTokens = reader.ReadInt64();
        var trainingSentences = reader.ReadInt64();
        var minWordCount = reader.ReadInt32();
        var minCounts = new int[order];
        var counts = new long[order];
        for (var n = 0; n < order; n++)
        {
            minCounts[n] = reader.ReadInt32();
        }

        for (var n = 0; n < order; n++)
        {
            counts[n] = reader.ReadInt64();
        }

        var hashes = ReadArray<ulong>(stream, vocabularyCapacity);
        var ids = ReadArray<ushort>(stream, vocabularyCapacity);
        var unigramProb = ReadArray<float>(stream, vocabularySize);
        var unigramBackoff = ReadArray<float>(stream, vocabularySize);
        var tables = new Table[order + 1];
        for (var n = 2; n <= order; n++)
        {
            var capacity = reader.ReadInt32();
            var probCodebook = ReadArray<float>(stream, 256);
            var backoffCodebook = n < order ? ReadArray<float>(stream, 256) : [];
            var entries = new NativeEntries(capacity);
            stream.ReadExactly(entries.Bytes);
            tables[n] = new Table(entries, probCodebook, backoffCodebook);
        }

        var words = new string[vocabularySize];
        for (var i = 0; i < vocabularySize; i++)
        {
            words[i] = reader.ReadString();
        }

        var info = new NGramModelInfo(order, vocabularySize, counts, trainingTokens, trainingSentences, minWordCount, minCounts, stream.Length);
        return new NGramModel(info, hashes, ids, words, unigramProb, unigramBackoff, tables);
    }

    private static T[] ReadArray<T>(Stream stream, int count)
        where T : unmanaged
    {
        var array = new T[count];
        stream.ReadExactly(MemoryMarshal.AsBytes(array.AsSpan()));
        return array;
    }

    /// <summary>The id of a token (normalised as in <see cref="NGramVocabulary"/>), or <see cref="NGramVocabulary.UnknownId"/>.</summary>
    public int WordId(ReadOnlySpan<char> token)
    {
        var hash = NGramVocabulary.Hash(token);
        var key = hash == 0 ? 1 : hash;
        var slot = NGramKeys.Slot(key, _vocabularyCapacity);
        while (true)
        {
            var h = _vocabularyHashes[slot];
            if (h == key)
            {
                return _vocabularyIds[slot];
            }

            if (h == 0)
            {
                return NGramVocabulary.UnknownId;
            }

            slot = slot + 1 == _vocabularyCapacity ? 0 : slot + 1;
        }
    }

    /// <summary>The normalised word of an id ("&lt;unk&gt;", "&lt;s&gt;", "&lt;/s&gt;" for the reserved ones).</summary>
    public string Word(int id) => _words[id];

    /// <summary>Whether the model knows the token.</summary>
    public bool Contains(ReadOnlySpan<char> token) => WordId(token) != NGramVocabulary.UnknownId;

    /// <summary>The ids of a sentence's tokens, with &lt;s&gt; first and &lt;/s&gt; last when <paramref name="boundaries"/>.</summary>
    public int[] ToIds(IReadOnlyList<string> tokens, bool boundaries = true)
    {
        var offset = boundaries ? 1 : 0;
        var ids = new int[tokens.Count + (2 * offset)];
        for (var i = 0; i < tokens.Count; i++)
        {
            ids[i + offset] = WordId(tokens[i]);
        }

        if (boundaries)
        {
            ids[0] = NGramVocabulary.StartId;
            ids[^1] = NGramVocabulary.EndId;
        }

        return ids;
    }

    /// <summary>
    /// log10 P(word | context). Only the last <see cref="Order"/> − 1 ids of the context count;
    /// the oldest comes first.
    /// </summary>
    public float LogProb(ReadOnlySpan<int> context, int word)
    {
        // Longest match first. The tables do not fit the core's caches, so each lookup is mostly
        // memory latency: the slots this level and a miss at it would read (the n-gram and the
        // shorter n-gram) are prefetched before the context is probed, so the misses overlap.
        // Slots come from NGramKeys.Slot (always below the capacity), so reads skip bounds checks.
        var k = Math.Min(context.Length, _order - 1);
        ulong contextKey = 0;
        ref var oldest = ref MemoryMarshal.GetReference(context);
        for (var m = 1; m <= k; m++)
        {
            contextKey |= (ulong)(uint)Unsafe.Add(ref oldest, context.Length - m) << (16 * (m - 1));
        }

        var backoff = 0f;
        var ngramHash = k == 0 ? 0 : NGramKeys.Hash((contextKey << 16) | (uint)word, k + 1);
        for (var m = k; m >= 2; m--)
        {
            // The context is looked up first: the builder keeps every kept n-gram's prefix, so
            // without its context (18 % of probes on the evaluation text) the n-gram cannot be
            // there and its lookup, a miss that scans a whole cluster, is skipped. The context's
            // entry is often still cached from the previous position, where it was the n-gram.
            ref readonly var ngram = ref _flat[m + 1];
            ref readonly var lower = ref _flat[m];
            var contextHash = NGramKeys.Hash(contextKey, m);
            var shorterHash = NGramKeys.Hash(((contextKey & ((1UL << (16 * (m - 1))) - 1)) << 16) | (uint)word, m);
            Prefetch(in ngram, ngramHash);
            Prefetch(in lower, shorterHash);
            var contextEntry = Find(in lower, contextHash);
            if (contextEntry != 0)
            {
                var found = Find(in ngram, ngramHash);
                if (found != 0)
                {
                    // The native entries are freed by a finalizer: the model must outlive every read of them.
                    GC.KeepAlive(this);
                    return Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(ngram.ProbCodebook), (byte)(found >> 8)) + backoff;
                }

                backoff += Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(lower.BackoffCodebook), (byte)contextEntry);
            }

            contextKey &= (1UL << (16 * (m - 1))) - 1;  // drop the oldest word
            ngramHash = shorterHash;
        }

        if (k >= 1)
        {
            // A one-word context is always a unigram of the vocabulary.
            ref readonly var bigrams = ref _flat[2];
            var found = Find(in bigrams, ngramHash);
            if (found != 0)
            {
                GC.KeepAlive(this);
                return Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(bigrams.ProbCodebook), (byte)(found >> 8)) + backoff;
            }

            backoff += _unigramBackoff[(int)contextKey];
        }

        return _unigramProb[word] + backoff;
    }

    /// <summary>Asks the CPU to start loading a key's home slot (a hint: no effect where unsupported).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static unsafe void Prefetch(in FlatTable table, ulong hash)
    {
        if (Sse.IsSupported && table.Capacity != 0)
        {
            Sse.Prefetch0(table.Entries + NGramKeys.Slot(hash, table.Capacity));
        }
    }

    /// <summary>The straightforward form of <see cref="LogProb"/>, kept as its specification for tests.</summary>
    internal float LogProbReference(ReadOnlySpan<int> context, int word)
    {
        var k = Math.Min(context.Length, _order - 1);
        var backoff = 0f;
        for (var m = k; m >= 0; m--)
        {
            var ngram = context[^m..];
            if (m == 0)
            {
                return _unigramProb[word] + backoff;
            }

            var table = _tables[m + 1];
            var found = table.Find((NGramKeys.Pack(ngram) << 16) | (uint)word, m + 1);
            if (found != 0)
            {
                return table.ProbCodebook[(byte)(found >> 8)] + backoff;
            }

            if (m == 1)
            {
                backoff += _unigramBackoff[ngram[0]];
            }
            else
            {
                var entry = _tables[m].Find(NGramKeys.Pack(ngram), m);
                if (entry != 0)
                {
                    backoff += _tables[m].BackoffCodebook[(byte)entry];
                }
            }
        }

        return _unigramProb[word] + backoff;
    }

    /// <summary>
    /// The length of the longest n-gram ending in <paramref name="word"/> that the model stored
    /// (1: the unigram only; 0: an unknown word): whether text is attested in the training corpus.
    /// </summary>
    public int MatchedOrder(ReadOnlySpan<int> context, int word)
    {
        if (word == NGramVocabulary.UnknownId)
        {
            return 0;
        }

        for (var m = Math.Min(context.Length, _order - 1); m >= 1; m--)
        {
            var ngram = context[^m..];
            if (ngram.Contains(NGramVocabulary.UnknownId))
            {
                continue;
            }

            // The flat table, as LogProb reads it: one indirection less than Table.Find.
            if (Find(in _flat[m + 1], NGramKeys.Hash((NGramKeys.Pack(ngram) << 16) | (uint)word, m + 1)) != 0)
            {
                GC.KeepAlive(this);
                return m + 1;
            }
        }

        GC.KeepAlive(this);
        return 1;
    }

    /// <summary>The entry of a key, given its hash, in a flat table (fingerprint | probability code &lt;&lt; 8 | back-off code), or 0.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static unsafe ulong Find(in FlatTable table, ulong hash)
    {
        var capacity = table.Capacity;
        if (capacity == 0)
        {
            return 0;
        }

        var tag = NGramKeys.Tag(hash);
        var slot = NGramKeys.Slot(hash, capacity);
        var entries = table.Entries;
        while (true)
        {
            var entry = entries[slot];
            if ((entry & NGramKeys.TagMask) == tag)
            {
                return entry;
            }

            if (entry == 0)
            {
                return 0;
            }

            slot = slot + 1 == capacity ? 0 : slot + 1;
        }
    }

    /// <summary>Sum of log10 P(ids[i] | preceding ids) for i in [<paramref name="from"/>, <paramref name="to"/>).</summary>
    public double Score(ReadOnlySpan<int> ids, int from, int to)
    {
        var sum = 0.0;
        for (var i = Math.Max(from, 0); i < to && i < ids.Length; i++)
        {
            var start = Math.Max(0, i - (_order - 1));
            sum += LogProb(ids[start..i], ids[i]);
        }

        return sum;
    }

    /// <summary>log10 P(sentence) given ids that start with &lt;s&gt; and end with &lt;/s&gt;.</summary>
    public double SentenceLogProb(ReadOnlySpan<int> idsWithBoundaries) => Score(idsWithBoundaries, 1, idsWithBoundaries.Length);

    /// <summary>log10 P(sentence) of tokens, sentence markers added.</summary>
    public double SentenceLogProb(IReadOnlyList<string> tokens) => SentenceLogProb(ToIds(tokens));

    /// <summary>
    /// log10 P(sentence with ids[start..start+length) replaced by <paramref name="replacement"/>)
    /// minus log10 P(sentence), computed over the affected window only (positions up to
    /// <see cref="Order"/> − 1 past the change). <paramref name="ids"/> include the markers.
    /// </summary>
    public double SubstitutionDelta(ReadOnlySpan<int> ids, int start, int length, ReadOnlySpan<int> replacement) =>
        SubstitutionDelta(ids, start, length, replacement, WindowScore(ids, start, length));

    /// <summary>
    /// The sentence's own side of <see cref="SubstitutionDelta(ReadOnlySpan{int}, int, int, ReadOnlySpan{int})"/>:
    /// log10 P of the window a substitution of ids[start..start+length) affects. The same for every
    /// replacement of the span, so callers scoring many replacements compute it once.
    /// </summary>
    public double WindowScore(ReadOnlySpan<int> ids, int start, int length)
    {
        var left = Math.Max(0, start - (_order - 1));
        var oldEnd = Math.Min(ids.Length, start + length + _order - 1);
        return Score(ids[left..oldEnd], start - left, oldEnd - left);
    }

    /// <summary>
    /// As <see cref="SubstitutionDelta(ReadOnlySpan{int}, int, int, ReadOnlySpan{int})"/>, given the span's
    /// <see cref="WindowScore"/> (the result is the same, bit for bit).
    /// </summary>
    public double SubstitutionDelta(ReadOnlySpan<int> ids, int start, int length, ReadOnlySpan<int> replacement, double windowScore)
    {
        var left = Math.Max(0, start - (_order - 1));
        var oldEnd = Math.Min(ids.Length, start + length + _order - 1);
        var windowLength = (start - left) + replacement.Length + (oldEnd - start - length);
        Span<int> window = windowLength <= 64 ? stackalloc int[windowLength] : new int[windowLength];
        ids[left..start].CopyTo(window);
        replacement.CopyTo(window[(start - left)..]);
        ids[(start + length)..oldEnd].CopyTo(window[(start - left + replacement.Length)..]);
        var newScore = Score(window, start - left, windowLength);
        return newScore - windowScore;
    }

    /// <summary>
    /// Asks the CPU to start loading the table slots that
    /// <see cref="SubstitutionDelta(ReadOnlySpan{int}, int, int, ReadOnlySpan{int}, double)"/> will read for this
    /// replacement (a hint: no effect on results). Issued for all of a span's replacements before
    /// scoring them, the cache misses of different replacements overlap instead of queueing.
    /// </summary>
    public void PrefetchSubstitution(ReadOnlySpan<int> ids, int start, int length, ReadOnlySpan<int> replacement)
    {
        if (!Sse.IsSupported)
        {
            return;
        }

        var left = Math.Max(0, start - (_order - 1));
        var oldEnd = Math.Min(ids.Length, start + length + _order - 1);
        var windowLength = (start - left) + replacement.Length + (oldEnd - start - length);
        if (windowLength > 64)
        {
            return;
        }

        Span<int> window = stackalloc int[windowLength];
        ids[left..start].CopyTo(window);
        replacement.CopyTo(window[(start - left)..]);
        ids[(start + length)..oldEnd].CopyTo(window[(start - left + replacement.Length)..]);
        for (var i = start - left; i < windowLength; i++)
        {
            PrefetchLogProb(window[Math.Max(0, i - (_order - 1))..i], window[i]);
        }

        GC.KeepAlive(this);
    }

    /// <summary>Prefetches the slots <see cref="LogProb"/> reads first at each level: the n-gram, the shorter n-gram and the context.</summary>
    private void PrefetchLogProb(ReadOnlySpan<int> context, int word)
    {
        var k = Math.Min(context.Length, _order - 1);
        ulong contextKey = 0;
        for (var m = 1; m <= k; m++)
        {
            contextKey |= (ulong)(uint)context[context.Length - m] << (16 * (m - 1));
        }

        var ngramHash = k == 0 ? 0 : NGramKeys.Hash((contextKey << 16) | (uint)word, k + 1);
        for (var m = k; m >= 2; m--)
        {
            var shorterHash = NGramKeys.Hash(((contextKey & ((1UL << (16 * (m - 1))) - 1)) << 16) | (uint)word, m);
            Prefetch(in _flat[m + 1], ngramHash);
            Prefetch(in _flat[m], shorterHash);
            Prefetch(in _flat[m], NGramKeys.Hash(contextKey, m));
            contextKey &= (1UL << (16 * (m - 1))) - 1;
            ngramHash = shorterHash;
        }

        if (k >= 1)
        {
            Prefetch(in _flat[2], ngramHash);
        }
    }

    /// <summary>Perplexity of a text, tokenised and split into sentences by <see cref="CorpusTokenizer"/>.</summary>
    public PerplexityReport Perplexity(string text) => Perplexity(CorpusTokenizer.Sentences(text));

    /// <summary>Perplexity of sentences already tokenised.</summary>
    public PerplexityReport Perplexity(IEnumerable<IReadOnlyList<string>> sentences)
    {
        var result = new List<SentencePerplexity>();
        foreach (var tokens in sentences)
        {
            if (tokens.Count == 0)
            {
                continue;
            }

            var ids = ToIds(tokens);
            var unknown = 0;
            foreach (var id in ids)
            {
                unknown += id == NGramVocabulary.UnknownId ? 1 : 0;
            }

            result.Add(new SentencePerplexity(tokens, SentenceLogProb(ids), tokens.Count + 1, unknown));
        }

        return new PerplexityReport(result);
    }

    /// <summary>A table as the hot path reads it: the native entries' address and capacity, and the codebooks.</summary>
    private readonly unsafe struct FlatTable(NativeEntries entries, float[] probCodebook, float[] backoffCodebook)
    {
        public readonly ulong* Entries = entries.Pointer;
        public readonly int Capacity = entries.Length;
        public readonly float[] ProbCodebook = probCodebook;
        public readonly float[] BackoffCodebook = backoffCodebook;
    }

    private sealed class Table(NativeEntries entries, float[] probCodebook, float[] backoffCodebook)
    {
        public readonly float[] ProbCodebook = probCodebook;
        public readonly float[] BackoffCodebook = backoffCodebook;

        public NativeEntries Entries { get; } = entries;

        /// <summary>The entry of a key (fingerprint | probability code &lt;&lt; 8 | back-off code), or 0.</summary>
        public ulong Find(ulong key, int order) => NGramModel.Find(new FlatTable(Entries, ProbCodebook, BackoffCodebook), NGramKeys.Hash(key, order));
    }
}
