namespace Proofread.Lexicon.Spelling;

/// <summary>
/// British ↔ American spelling correspondences ("colour" ↔ "color", "centre" ↔ "center",
/// "travelled" ↔ "traveled"), read from a data file (dictionaries/hunspell/variants.tsv), turned
/// towards one variety. <see cref="Candidates"/> gives the other variety's spellings of a word
/// that a dictionary accepts. Immutable and thread-safe.
/// </summary>
public sealed class RegionalSpelling
{
    private const int MaxRules = 2;

    private readonly Rule[] _rules;

    private RegionalSpelling(Rule[] rules) => _rules = rules;

    /// <summary>How many correspondences were read.</summary>
    public int RuleCount => _rules.Length;

    /// <summary>
    /// Reads correspondences ("BRITISH TAB AMERICAN" lines, '#' comments, '^'/'$' anchors) and
    /// turns them to rewrite words into <paramref name="target"/> spelling.
    /// </summary>
    /// <exception cref="FormatException">A line does not have two fields.</exception>
    public static RegionalSpelling Parse(IEnumerable<string> lines, SpellingLanguage target)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var rules = new List<Rule>();
        var number = 0;
        foreach (var raw in lines)
        {
            number++;
            var line = raw.TrimEnd('\r');
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var fields = line.Split('\t');
            if (fields.Length != 2 || fields[0].Trim('^', '$').Length == 0)
            {
                throw new FormatException($"line {number}: expected BRITISH<TAB>AMERICAN, got \"{line}\"");
            }

            var (from, to) = target == SpellingLanguage.EnglishUS ? (fields[0], fields[1]) : (fields[1], fields[0]);
            rules.Add(new Rule(from.Trim('^', '$'), to.Trim('^', '$'), from.StartsWith('^'), from.EndsWith('$')));
        }

        return new RegionalSpelling([.. rules]);
    }

    /// <summary>Reads a correspondence file (see <see cref="Parse"/>).</summary>
    public static RegionalSpelling Load(string path, SpellingLanguage target) => Parse(File.ReadLines(path), target);

    /// <summary>The shipped correspondences (dictionaries/hunspell/variants.tsv), towards <paramref name="target"/>.</summary>
    public static RegionalSpelling LoadDefault(SpellingLanguage target) =>
        Load(ProofreadData.Path("hunspell/variants.tsv"), target);

    /// <summary>
    /// The spellings of <paramref name="word"/> in the target variety that <paramref name="accepts"/>
    /// (the target dictionary's Check) takes, best first: one rewrite before two, earlier rules
    /// first. A capitalised word gives capitalised candidates. Empty when no rule leads to a known word.
    /// </summary>
    public IReadOnlyList<string> Candidates(string word, Func<string, bool> accepts)
    {
        ArgumentNullException.ThrowIfNull(word);
        ArgumentNullException.ThrowIfNull(accepts);
        var initCap = word.Length > 1 && char.IsUpper(word[0]) && !word.AsSpan(1).ContainsAnyInRange('A', 'Z');
        var lower = word.ToLowerInvariant();
        var found = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal) { lower };
        var frontier = new List<string> { lower };
        for (var depth = 0; depth < MaxRules && frontier.Count > 0; depth++)
        {
            var next = new List<string>();
            foreach (var current in frontier)
            {
                foreach (var rule in _rules)
                {
                    foreach (var rewritten in rule.Apply(current))
                    {
                        if (!seen.Add(rewritten))
                        {
                            continue;
                        }

                        next.Add(rewritten);
                        var cased = initCap ? char.ToUpperInvariant(rewritten[0]) + rewritten[1..] : rewritten;
                        if (accepts(cased))
                        {
                            found.Add(cased);
                        }
                    }
                }
            }

            if (found.Count > 0)
            {
                break; // a one-rule spelling beats any two-rule one
            }

            frontier = next;
        }

        return found;
    }

    private sealed record Rule(string From, string To, bool AtStart, bool AtEnd)
    {
        public IEnumerable<string> Apply(string word)
        {
            if (AtStart || AtEnd)
            {
                var at = AtStart ? 0 : word.Length - From.Length;
                if (word.Length >= From.Length && (!AtStart || !AtEnd || word.Length == From.Length)
                    && string.CompareOrdinal(word, at, From, 0, From.Length) == 0)
                {
                    yield return string.Concat(word.AsSpan(0, at), To, word.AsSpan(at + From.Length));
                }

                yield break;
            }

            for (var at = word.IndexOf(From, StringComparison.Ordinal); at >= 0; at = word.IndexOf(From, at + 1, StringComparison.Ordinal))
            {
                yield return string.Concat(word.AsSpan(0, at), To, word.AsSpan(at + From.Length));
            }
        }
    }
}
