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

    private readonly Dictionary<string, byte> _syllables;
    private readonly Dictionary<string, byte>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    /// <summary>Creates a counter from a table of lower-case words and their syllables.</summary>
    public CmuSyllableCounter(IEnumerable<KeyValuePair<string, int>> table)
    {
        ArgumentNullException.ThrowIfNull(table);
        _syllables = new Dictionary<string, byte>(StringComparer.Ordinal);
        foreach (var (word, count) in table)
        {
            _syllables[word] = (byte)Math.Clamp(count, 1, 255);
        }

        _lookup = _syllables.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Words in the table.</summary>
    public int Count => _syllables.Count;

    /// <summary>The shipped CMUdict table (loaded once, on first use, shared).</summary>
    public static CmuSyllableCounter LoadDefault() => Default.Value;

    /// <summary>Reads a gzip file of <c>word&lt;TAB&gt;syllables</c> lines.</summary>
    /// <exception cref="InvalidDataException">A line is not of that form.</exception>
    public static CmuSyllableCounter Load(string path)
    {
        using var file = File.OpenRead(path);
        using var gzip = new GZipStream(file, CompressionMode.Decompress);
        using var reader = new StreamReader(gzip);
        var table = new List<KeyValuePair<string, int>>(130_000);
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            if (tab <= 0 || !int.TryParse(line.AsSpan(tab + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var count) || count < 1)
            {
                throw new InvalidDataException($"{path}:{lineNumber}: expected 'word<TAB>syllables'");
            }

            table.Add(new(line[..tab], count));
        }

        return new CmuSyllableCounter(table);
    }

    /// <summary>The syllables CMUdict gives <paramref name="word"/> (any case), or null when it does not list it.</summary>
    public int? Lookup(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty || word.Length > 64)
        {
            return null;
        }

        Span<char> lower = stackalloc char[word.Length];
        for (var i = 0; i < word.Length; i++)
        {
            lower[i] = word[i] == '\u2019' ? '\'' : char.ToLowerInvariant(word[i]);
        }

        return _lookup.TryGetValue(lower, out var count) ? count : null;
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
