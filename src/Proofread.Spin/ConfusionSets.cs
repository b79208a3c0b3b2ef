namespace Proofread.Spin;

/// <summary>
/// Closed-class confusion sets (prepositions, "because of"/"due to", "becoming"/"being"): words a
/// spinner swaps for one another. Read from data, one set a line, members split by '|'.
/// </summary>
public sealed class ConfusionSets
{
    private readonly Dictionary<string, string[]> _alternatives;

    private ConfusionSets(Dictionary<string, string[]> alternatives, int longest)
    {
        _alternatives = alternatives;
        LongestMember = longest;
    }

    /// <summary>Words in the longest member.</summary>
    public int LongestMember { get; }

    /// <summary>The shipped sets.</summary>
    public static ConfusionSets LoadDefault() => Parse(File.ReadLines(ProofreadData.Path("spin/confusion-sets.txt")));

    /// <summary>Sets from lines of members separated by '|'; '#' starts a comment line.</summary>
    public static ConfusionSets Parse(IEnumerable<string> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var map = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var longest = 1;
        foreach (var raw in lines)
        {
            var line = raw.Trim();
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var members = line.Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
                .Select(m => m.ToLowerInvariant()).ToArray();
            foreach (var m in members)
            {
                longest = Math.Max(longest, m.Split(' ').Length);
                if (!map.TryGetValue(m, out var set))
                {
                    map[m] = set = new HashSet<string>(StringComparer.Ordinal);
                }

                set.UnionWith(members.Where(o => o != m));
            }
        }

        return new ConfusionSets(map.ToDictionary(p => p.Key, p => p.Value.Order(StringComparer.Ordinal).ToArray(), StringComparer.Ordinal), longest);
    }

    /// <summary>The alternatives of a lower-case word or phrase, or an empty list.</summary>
    public IReadOnlyList<string> AlternativesOf(string phrase) => _alternatives.TryGetValue(phrase, out var a) ? a : [];
}
