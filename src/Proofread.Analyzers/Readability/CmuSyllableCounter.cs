using System.Globalization;
using System.IO.Compression;

namespace Proofread.Analyzers.Readability;

/// <summary>
/// Syllables from the CMU Pronouncing Dictionary (compiled into <c>readability/syllables.tsv.gz</c>
/// by <c>dictionaries/readability/build.sh</c>); words it does not list, and numbers, fall back to
/// <see cref="HeuristicSyllableCounter"/>. Hyphenated compounds are counted part by part. Thread-safe.
/// </summary>
public sealed class CmuSyllableCounter : ISyllableCounter
{
    /// <summary>The shipped table, relative to the data folder.</summary>
    public const string DefaultPath = "readability/syllables.tsv.gz";

    private static readonly Lazy<CmuSyllableCounter> Default = new(() => Load(ProofreadData.Path(DefaultPath)));

    // The table is kept as its own text: "word\tN\n" lines of ASCII bytes, and an open-addressing
    // index of line offsets. Loading is one decompression and one pass, with no string per word.
    private readonly byte[] _text;
    private readonly int[] _slots;
    private readonly int _mask;

    /// <summary>Creates a counter from a table of lower-case words and their syllables.</summary>
    public CmuSyllableCounter(IEnumerable<KeyValuePair<string, int>> table)
        : this(Encode(table))
    {
    }

    private CmuSyllableCounter(byte[] text)
    {
        _text = text;
        var lines = 0;
        foreach (var b in text)
        {
            lines += b == (byte)'\n' ? 1 : 0;
        }

        var size = (int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, lines * 2));
        _slots = new int[size];
        _mask = size - 1;
        var start = 0;
        while (start < text.Length)
        {
            var tab = Array.IndexOf(text, (byte)'\t', start);
            var end = Array.IndexOf(text, (byte)'\n', start);
            if (tab < 0 || end < 0 || tab > end)
            {
                throw new InvalidDataException($"syllable table: expected 'word<TAB>syllables' at byte {start}");
            }

            var slot = Hash(text.AsSpan(start, tab - start)) & _mask;
            while (_slots[slot] != 0)
            {
                slot = (slot + 1) & _mask;
            }

            _slots[slot] = start + 1;
            Count++;
            start = end + 1;
        }
    }

    /// <summary>Words in the table.</summary>
    public int Count { get; }

    /// <summary>The shipped CMUdict table (loaded once, on first use, shared).</summary>
    public static CmuSyllableCounter LoadDefault() => Default.Value;

    /// <summary>Reads a gzip file of <c>word&lt;TAB&gt;syllables</c> lines (lower-case ASCII words).</summary>
    /// <exception cref="InvalidDataException">A line is not of that form.</exception>
    public static CmuSyllableCounter Load(string path)
    {
        using var file = File.OpenRead(path);
        using var gzip = new GZipStream(file, CompressionMode.Decompress);
        using var buffer = new MemoryStream();
        gzip.CopyTo(buffer);
        return new CmuSyllableCounter(buffer.ToArray());
    }

    /// <summary>The syllables CMUdict gives <paramref name="word"/> (any case), or null when it does not list it.</summary>
    public int? Lookup(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty || word.Length > 64)
        {
            return null;
        }

        Span<byte> key = stackalloc byte[word.Length];
        for (var i = 0; i < word.Length; i++)
        {
            var c = word[i] == '\u2019' ? '\'' : char.ToLowerInvariant(word[i]);
            if (c > 127)
            {
                return null;
            }

            key[i] = (byte)c;
        }

        for (var slot = Hash(key) & _mask; _slots[slot] != 0; slot = (slot + 1) & _mask)
        {
            var start = _slots[slot] - 1;
            var end = start + key.Length;
            if (end < _text.Length && _text[end] == (byte)'\t' && _text.AsSpan(start, key.Length).SequenceEqual(key))
            {
                var count = 0;
                for (var p = end + 1; p < _text.Length && _text[p] != (byte)'\n'; p++)
                {
                    count = (count * 10) + (_text[p] - '0');
                }

                return count;
            }
        }

        return null;
    }

    private static int Hash(ReadOnlySpan<byte> word)
    {
        var h = 2166136261u;
        foreach (var b in word)
        {
            h = (h ^ b) * 16777619u;
        }

        return (int)(h ^ (h >> 15));
    }

    private static byte[] Encode(IEnumerable<KeyValuePair<string, int>> table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var builder = new System.Text.StringBuilder();
        foreach (var (word, count) in table)
        {
            builder.Append(word.ToLowerInvariant()).Append('\t').Append(Math.Max(1, count).ToString(CultureInfo.InvariantCulture)).Append('\n');
        }

        return System.Text.Encoding.ASCII.GetBytes(builder.ToString());
    }

    /// <inheritdoc />
    public int CountSyllables(ReadOnlySpan<char> word)
    {
        if (Lookup(word) is { } whole)
        {
            return whole;
        }

        var total = 0;
        var hyphen = word.IndexOfAny('-', '\u2010', '\u2011');
        if (hyphen < 0)
        {
            return HeuristicSyllableCounter.Instance.CountSyllables(word);
        }

        while (!word.IsEmpty)
        {
            hyphen = word.IndexOfAny('-', '\u2010', '\u2011');
            var part = hyphen < 0 ? word : word[..hyphen];
            word = hyphen < 0 ? [] : word[(hyphen + 1)..];
            if (!part.IsEmpty)
            {
                total += Lookup(part) ?? HeuristicSyllableCounter.Instance.CountSyllables(part);
            }
        }

        return total;
    }
}
