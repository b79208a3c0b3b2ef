using System.Collections.Frozen;
using System.Globalization;
using System.IO.Compression;
using Proofread.Lexicon.Hunspell;

namespace Proofread.Lexicon;

/// <summary>Word counts from a corpus (lower-cased forms), used to rank suggestions and candidates.</summary>
public sealed class WordFrequencies
{
    private readonly IReadOnlyDictionary<string, int>? _counts;
    private readonly FormTable[]? _bytes; // compiled: four byte columns c0..c3, the count little-endian

    private WordFrequencies(IReadOnlyDictionary<string, int> counts) => _counts = counts;

    private WordFrequencies(FormTable[] bytes) => _bytes = bytes;

    /// <summary>How many distinct forms have a count.</summary>
    public int FormCount => _counts?.Count ?? _bytes![0].SlotCount;

    /// <summary>The count of <paramref name="word"/> (any case), 0 when unseen.</summary>
    public int Count(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        if (_counts is not null)
        {
            return _counts.TryGetValue(word, out var n) ? n : _counts.TryGetValue(word.ToLowerInvariant(), out n) ? n : 0;
        }

        var i = _bytes![0].IndexOf(word);
        if (i < 0 && word.ToLowerInvariant() is var lower && !string.Equals(lower, word, StringComparison.Ordinal))
        {
            // A word already in lower case was just looked up.
            i = _bytes[0].IndexOf(lower);
        }

        return i < 0 ? 0 : (int)_bytes[0].FlagsAt(i) | ((int)_bytes[1].FlagsAt(i) << 8) | ((int)_bytes[2].FlagsAt(i) << 16) | ((int)_bytes[3].FlagsAt(i) << 24);
    }

    /// <summary>
    /// Loads counts compiled by <see cref="WriteCompiled"/> (the compiled word-list format: the
    /// file is memory-mapped and used in place, nothing is built at load).
    /// </summary>
    public static WordFrequencies LoadCompiled(string path)
    {
        var bytes = FormTable.OpenAll(path);
        if (bytes.Length != 4)
        {
            throw new InvalidDataException("not a compiled frequency table");
        }

        return new WordFrequencies(bytes);
    }

    /// <summary>Writes <paramref name="counts"/> for <see cref="LoadCompiled"/>. Same counts in, same bytes out.</summary>
    public static void WriteCompiled(Stream stream, IEnumerable<KeyValuePair<string, int>> counts)
    {
        ArgumentNullException.ThrowIfNull(counts);
        var columns = new Dictionary<string, WordList.WordFlags>[4];
        for (var c = 0; c < 4; c++)
        {
            columns[c] = new Dictionary<string, WordList.WordFlags>(StringComparer.Ordinal);
        }

        foreach (var (word, count) in counts)
        {
            for (var c = 0; c < 4; c++)
            {
                columns[c][word] = (WordList.WordFlags)(byte)(count >> (8 * c));
            }
        }

        FormTable.Write(stream, [.. Enumerable.Range(0, 4).Select(c => ("c" + c, (IReadOnlyDictionary<string, WordList.WordFlags>)columns[c], (IReadOnlyDictionary<string, int[]>)new Dictionary<string, int[]>()))]);
    }

    /// <summary>Every form with its count, in ordinal order.</summary>
    public IEnumerable<KeyValuePair<string, int>> Entries()
    {
        if (_counts is not null)
        {
            return _counts.OrderBy(p => p.Key, StringComparer.Ordinal);
        }

        return Enumerable.Range(0, _bytes![0].SlotCount).Select(i => new KeyValuePair<string, int>(_bytes[0].FormAt(i), Count(_bytes[0].FormAt(i))));
    }

    // No AggressiveOptimization: it would bypass the ReadyToRun code and JIT this at start-up.
    /// <summary>Loads counts from a gzip file of "form TAB count" lines.</summary>
    public static WordFrequencies Load(string gzipPath)
    {
        using var file = File.OpenRead(gzipPath);
        using var gzip = new GZipStream(file, CompressionMode.Decompress);
        using var reader = new StreamReader(gzip);
        var counts = new Dictionary<string, int>(60_000, StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            var tab = line.IndexOf('\t');
            if (tab > 0 && int.TryParse(line.AsSpan(tab + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var n))
            {
                counts[line[..tab]] = n;
            }
        }

        // A plain dictionary: freezing 50,000 keys costs more at start-up than it saves on look-ups.
        return new WordFrequencies(counts);
    }

    /// <summary>Frequencies from an in-memory table (tests).</summary>
    public static WordFrequencies FromCounts(IEnumerable<KeyValuePair<string, int>> counts) =>
        new(counts.ToFrozenDictionary(StringComparer.Ordinal));

    /// <summary>The shipped Brown-corpus counts (dictionaries/frequency/brown.forms, memory-mapped).</summary>
    public static WordFrequencies LoadDefault() => LoadCompiled(ProofreadData.Path("frequency/brown.forms"));
}
