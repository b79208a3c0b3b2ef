namespace Proofread.Language.Build.Tests;

/// <summary>
/// The sentence filter as corpora/README.md words it ("Technical prose", "Extraction"), written
/// independently of <see cref="TechnicalDocs.IsProse"/> so the property tests can compare the two.
/// The README's "optional bracket or quote" around a sentence is read as <c>(</c> … <c>)</c> and
/// <c>"</c> … <c>"</c>, the only ones the tokenizer's sentence splitter keeps together.
/// </summary>
internal static class ReadmeFilter
{
    private const string Symbols = "_={}\\<>@#$*|~^[]`+";

    private static readonly HashSet<string> Clitics = new(StringComparer.Ordinal) { "n't", "'s", "'re", "'ve", "'ll", "'d", "'m" };

    public static bool IsProse(IReadOnlyList<string> tokens)
    {
        if (tokens.Count is < 6 or > 80)
        {
            return false;
        }

        var first = tokens[0] is "(" or "\"" ? tokens[1] : tokens[0];
        var last = tokens[^1] is ")" or "\"" ? tokens[^2] : tokens[^1];
        if (!char.IsUpper(first[0]) || last is not ("." or "!" or "?"))
        {
            return false;
        }

        // Numeric citations "[ 12 ]" are prose; take them out before looking at symbols.
        var rest = new List<string>();
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i] == "[" && i + 2 < tokens.Count && tokens[i + 2] == "]" && tokens[i + 1].All(char.IsAsciiDigit))
            {
                i += 2;
                continue;
            }

            rest.Add(tokens[i]);
        }

        // "( [1] )" holds a citation: it is not empty.
        for (var i = 0; i + 1 < tokens.Count; i++)
        {
            if (tokens[i] == "(" && tokens[i + 1] == ")")
            {
                return false;   // empty parentheses
            }
        }

        var words = 0;
        var plain = 0;
        foreach (var token in rest)
        {
            if (token.IndexOfAny(Symbols.ToCharArray()) >= 0 || (token.Length > 1 && token.IndexOfAny(['%', '/']) >= 0))
            {
                return false;   // a code or maths symbol; "%" and "/" only alone
            }

            if (token.Any(char.IsLetter) && token.Contains('.', StringComparison.Ordinal) && !token.EndsWith('.'))
            {
                return false;   // a dotted name: os.path
            }

            if (!token.Any(char.IsLetterOrDigit))
            {
                continue;
            }

            words++;
            plain += IsPlain(token) ? 1 : 0;
        }

        return plain >= 5 && plain >= 0.85 * words;
    }

    // ASCII letters with inner hyphens or apostrophes, or a clitic.
    private static bool IsPlain(string token) =>
        Clitics.Contains(token)
        || System.Text.RegularExpressions.Regex.IsMatch(token, "^[A-Za-z]+(?:[-'][A-Za-z]+)*$");
}
