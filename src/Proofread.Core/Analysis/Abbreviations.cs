using System.Collections.Frozen;

namespace Proofread.Analysis;

/// <summary>How an abbreviation behaves at a sentence boundary (see Data/abbreviations.txt).</summary>
public enum AbbreviationKind
{
    /// <summary>Not an abbreviation.</summary>
    None,

    /// <summary>Never ends a sentence ("Dr.", "e.g.").</summary>
    Inner,

    /// <summary>Ends a sentence only before a capitalised sentence starter ("etc.", "U.S.").</summary>
    Final,

    /// <summary>An abbreviation only before a digit ("No. 5").</summary>
    Numeric,
}

/// <summary>
/// The abbreviation and sentence-starter word lists, loaded once from the embedded data files
/// under Analysis/Data. Lookups take spans so the tokenizer never allocates for them.
/// </summary>
public static class Abbreviations
{
    private static readonly FrozenDictionary<string, AbbreviationKind> s_abbreviations = LoadAbbreviations();
    private static readonly FrozenDictionary<string, AbbreviationKind>.AlternateLookup<ReadOnlySpan<char>> s_abbreviationLookup =
        s_abbreviations.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string> s_starters = LoadStarters();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_starterLookup =
        s_starters.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The class of the listed abbreviation <paramref name="withPeriod"/> ("etc."), or None.</summary>
    public static AbbreviationKind Lookup(ReadOnlySpan<char> withPeriod) =>
        s_abbreviationLookup.TryGetValue(withPeriod, out var kind) ? kind : AbbreviationKind.None;

    /// <summary>Whether <paramref name="word"/> (any case) is a word that typically starts a sentence.</summary>
    public static bool IsSentenceStarter(ReadOnlySpan<char> word) => s_starterLookup.Contains(word);

    private static FrozenDictionary<string, AbbreviationKind> LoadAbbreviations()
    {
        var entries = new Dictionary<string, AbbreviationKind>(StringComparer.Ordinal);
        var kind = AbbreviationKind.None;
        foreach (var line in ReadLines("abbreviations.txt"))
        {
            if (line.StartsWith('[') && line.EndsWith(']'))
            {
                kind = Enum.Parse<AbbreviationKind>(line[1..^1], ignoreCase: true);
                continue;
            }

            if (kind == AbbreviationKind.None || !line.EndsWith('.'))
            {
                throw new InvalidDataException($"abbreviations.txt: '{line}' must end with a period and follow a [section].");
            }

            entries[line] = kind;
            if (char.IsLower(line[0]))
            {
                // Sentence-initial capitalisation ("E.g.", "Etc."); explicit entries win.
                entries.TryAdd(char.ToUpperInvariant(line[0]) + line[1..], kind);
            }
        }

        return entries.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private static FrozenSet<string> LoadStarters() =>
        ReadLines("sentence-starters.txt").ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static List<string> ReadLines(string name)
    {
        var resource = "Proofread.Analysis.Data." + name;
        using var stream = typeof(Abbreviations).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidDataException($"Embedded resource '{resource}' is missing from {typeof(Abbreviations).Assembly.GetName().Name}.");
        using var reader = new StreamReader(stream);
        var lines = new List<string>();
        while (reader.ReadLine() is { } raw)
        {
            var line = raw.Trim();
            if (line.Length > 0 && !line.StartsWith('#'))
            {
                lines.Add(line);
            }
        }

        return lines;
    }
}
