using System.Collections.Frozen;
using System.Globalization;
using System.IO.Compression;

namespace Proofread.Lexicon;

/// <summary>Word counts from a corpus (lower-cased forms), used to rank suggestions and candidates.</summary>
public sealed class WordFrequencies
{
    private readonly IReadOnlyDictionary<string, int> _counts;

    private WordFrequencies(IReadOnlyDictionary<string, int> counts) => _counts = counts;

    /// <summary>How many distinct forms have a count.</summary>
    public int FormCount => _counts.Count;

    /// <summary>The count of <paramref name="word"/> (any case), 0 when unseen.</summary>
    public int Count(string word) =>
        _counts.TryGetValue(word, out var n) ? n : _counts.TryGetValue(word.ToLowerInvariant(), out n) ? n : 0;

    // No AggressiveOptimization: it would bypass the ReadyToRun code and JIT this at start-up.
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

    /// <summary>The shipped Brown-corpus counts (dictionaries/frequency/brown.tsv.gz).</summary>
    public static WordFrequencies LoadDefault() => Load(ProofreadData.Path("frequency/brown.tsv.gz"));
}
