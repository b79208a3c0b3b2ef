namespace Proofread.Analyzers.Readability;

/// <summary>
/// The new Dale–Chall list of about 3,000 words familiar to most fourth-grade readers
/// (<c>readability/dale-chall.txt</c>, from the stdlib datasets bundle). A word counts as familiar
/// when it is on the list or is a regular inflection of a listed word (plural or third person -s/-es/-ies,
/// possessive, -ed/-d/-ied, -ing, comparative -er/-est). Thread-safe.
/// </summary>
public sealed class DaleChallList
{
    /// <summary>The shipped list, relative to the data folder.</summary>
    public const string DefaultPath = "readability/dale-chall.txt";

    private static readonly Lazy<DaleChallList> Default = new(() => new DaleChallList(File.ReadLines(ProofreadData.Path(DefaultPath))));

    private readonly HashSet<string> _words;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    /// <summary>Creates the list from its words (any case; blank lines ignored).</summary>
    public DaleChallList(IEnumerable<string> words)
    {
        _words = new HashSet<string>(words.Select(w => w.Trim().ToLowerInvariant()).Where(w => w.Length > 0), StringComparer.Ordinal);
        _lookup = _words.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Words on the list.</summary>
    public int Count => _words.Count;

    /// <summary>The shipped list (loaded once, on first use, shared).</summary>
    public static DaleChallList LoadDefault() => Default.Value;

    /// <summary>Whether <paramref name="word"/> (any case) is familiar; numbers are.</summary>
    public bool IsFamiliar(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty || word.Length > 64 || !word.ContainsAnyExcept("0123456789.,-"))
        {
            return true;
        }

        Span<char> w = stackalloc char[word.Length];
        for (var i = 0; i < word.Length; i++)
        {
            w[i] = word[i] == '\u2019' ? '\'' : char.ToLowerInvariant(word[i]);
        }

        if (Has(w))
        {
            return true;
        }

        if (w.EndsWith("'s") || w.EndsWith("s'"))
        {
            return Has(w[..^2]) || (w.EndsWith("s'") && IsFamiliar(w[..^1]));
        }

        Span<char> stem = stackalloc char[w.Length + 1];
        return EndsWithAndHas(w, "s", "", stem)
            || EndsWithAndHas(w, "es", "", stem)
            || EndsWithAndHas(w, "ies", "y", stem)
            || EndsWithAndHas(w, "ed", "", stem)
            || EndsWithAndHas(w, "d", "", stem)
            || EndsWithAndHas(w, "ied", "y", stem)
            || EndsWithAndHas(w, "ing", "", stem)
            || EndsWithAndHas(w, "ing", "e", stem)
            || EndsWithAndHas(w, "er", "", stem)
            || EndsWithAndHas(w, "est", "", stem)
            || EndsWithAndHas(w, "r", "", stem)
            || EndsWithAndHas(w, "st", "", stem)
            || EndsWithAndHas(w, "ier", "y", stem)
            || EndsWithAndHas(w, "iest", "y", stem)
            || Doubled(w, "ed", stem) || Doubled(w, "ing", stem) || Doubled(w, "er", stem) || Doubled(w, "est", stem);
    }

    private bool Has(ReadOnlySpan<char> w) => _lookup.Contains(w);

    private bool EndsWithAndHas(ReadOnlySpan<char> w, string suffix, string replacement, Span<char> buffer)
    {
        if (w.Length <= suffix.Length + 1 || !w.EndsWith(suffix))
        {
            return false;
        }

        var stem = w[..^suffix.Length];
        stem.CopyTo(buffer);
        replacement.AsSpan().CopyTo(buffer[stem.Length..]);
        return Has(buffer[..(stem.Length + replacement.Length)]);
    }

    // "stopped", "running", "bigger": a doubled final consonant before the ending.
    private bool Doubled(ReadOnlySpan<char> w, string suffix, Span<char> buffer)
    {
        if (w.Length <= suffix.Length + 2 || !w.EndsWith(suffix))
        {
            return false;
        }

        var stem = w[..^suffix.Length];
        return stem[^1] == stem[^2] && EndsWithAndHas(w, stem[^1] + suffix, "", buffer);
    }
}
