using System.Text;

namespace Proofread.Language.Text;

/// <summary>
/// The tokeniser the language models are trained with: typography normalised (curly quotes to
/// straight, dashes to <c>--</c>), Penn-style clitic splitting ("did n't", "people 's"), one
/// token per punctuation mark, and a rule-based sentence splitter. Case is kept; the n-gram
/// model lower-cases through NGramVocabulary.Normalize.
/// </summary>
/// <remarks>
/// A stand-in until the project's real tokenizer (Proofread.Core.Analysis) exists; its
/// conventions are the ones that tokenizer follows, so models trained here stay usable.
/// </remarks>
public static class CorpusTokenizer
{
    // Abbreviations that keep their full stop and do not end a sentence.
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mrs", "ms", "dr", "prof", "st", "jr", "sr", "gen", "gov", "sen", "rep", "col", "capt",
        "lt", "sgt", "rev", "hon", "messrs", "vs", "etc", "e.g", "i.e", "cf", "no", "vol", "fig",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "inc", "ltd", "co", "corp", "mt", "ft", "u.s", "u.k", "a.m", "p.m", "approx", "dept", "est",
    };

    private static readonly string[] Clitics = ["'s", "'re", "'ve", "'ll", "'d", "'m"];

    /// <summary>Replaces typographic quotes, dashes, ellipses and odd spaces by their plain forms.</summary>
    public static string NormalizeTypography(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            switch (c)
            {
                case '\u201C' or '\u201D' or '\u201E' or '\u201F' or '\u2033' or '\u00AB' or '\u00BB':
                    sb.Append('"');
                    break;
                case '\u2018' or '\u2019' or '\u201A' or '\u201B' or '\u2032' or '`' or '\u00B4':
                    sb.Append('\'');
                    break;
                case '\u2014' or '\u2013' or '\u2015' or '\u2012':
                    sb.Append(" -- ");
                    break;
                case '\u2026':
                    sb.Append("...");
                    break;
                case '\u00A0' or '\u2009' or '\u202F' or '\u2002' or '\u2003' or '\t':
                    sb.Append(' ');
                    break;
                case '\u00AD' or '\u200B' or '\uFEFF':
                    break;
                case '\r':
                    break;
                default:
                    sb.Append(c);
                    break;
            }
        }

        return sb.ToString();
    }

    /// <summary>
    /// Splits text into sentences of tokens. A blank line always ends a sentence; single line
    /// breaks are spaces.
    /// </summary>
    public static List<List<string>> Sentences(string text)
    {
        var result = new List<List<string>>();
        var normalized = NormalizeTypography(text);
        foreach (var paragraph in normalized.Split("\n\n", StringSplitOptions.RemoveEmptyEntries))
        {
            var tokens = Tokenize(paragraph);
            SplitSentences(tokens, result);
        }

        return result;
    }

    /// <summary>Tokenises text (already typographically normalised or not) without splitting sentences.</summary>
    public static List<string> Tokenize(string text)
    {
        var tokens = new List<string>();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                var end = ScanWord(text, i);
                AddWord(text[i..end], tokens);
                i = end;
                continue;
            }

            // Runs that stay one token: "...", "--".
            if (c == '.' && i + 2 < text.Length && text[i + 1] == '.' && text[i + 2] == '.')
            {
                var end = i;
                while (end < text.Length && text[end] == '.')
                {
                    end++;
                }

                tokens.Add("...");
                i = end;
                continue;
            }

            if (c == '-' && i + 1 < text.Length && text[i + 1] == '-')
            {
                var end = i;
                while (end < text.Length && text[end] == '-')
                {
                    end++;
                }

                tokens.Add("--");
                i = end;
                continue;
            }

            if (c == '\'' && i + 1 < text.Length && StartsClitic(text, i) && tokens.Count > 0)
            {
                // "the boys 's" never occurs, but "o'clock"-like forms are handled in ScanWord;
                // here a clitic after a space ("do n't" already split) is kept together.
                var end = i + 1;
                while (end < text.Length && char.IsLetter(text[end]))
                {
                    end++;
                }

                tokens.Add(text[i..end]);
                i = end;
                continue;
            }

            if (char.IsSurrogate(c) && i + 1 < text.Length)
            {
                tokens.Add(text.Substring(i, 2));
                i += 2;
                continue;
            }

            tokens.Add(c.ToString());
            i++;
        }

        return tokens;
    }

    private static bool StartsClitic(string text, int i)
    {
        foreach (var clitic in Clitics)
        {
            if (string.Compare(text, i, clitic, 0, clitic.Length, StringComparison.OrdinalIgnoreCase) == 0
                && (i + clitic.Length == text.Length || !char.IsLetter(text[i + clitic.Length])))
            {
                return true;
            }
        }

        return false;
    }

    // A word: letters and digits, with inner hyphens, apostrophes, full stops (U.S., 3.5),
    // commas between digits (1,000) and ampersands (AT&T).
    private static int ScanWord(string text, int start)
    {
        var i = start;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark)
            {
                i++;
                continue;
            }

            var next = i + 1 < text.Length ? text[i + 1] : '\0';
            var joins = c switch
            {
                '-' or '\'' or '&' or '/' => char.IsLetterOrDigit(next),
                '.' => char.IsLetterOrDigit(next) && (next != '.' ),
                ',' => char.IsDigit(next) && char.IsDigit(text[i - 1]),
                _ => false,
            };
            if (c == '.' && joins && char.IsUpper(next) && i + 2 < text.Length && char.IsLetter(text[i + 2])
                && !(i + 2 < text.Length && text[i + 2] == '.'))
            {
                // "end.Next" is two sentences glued, not an abbreviation.
                joins = i - start == 1;
            }

            if (!joins)
            {
                break;
            }

            i++;
        }

        // Keep the final full stop of "U.S." and of known abbreviations.
        if (i < text.Length && text[i] == '.')
        {
            var word = text[start..i];
            if (Abbreviations.Contains(word) || IsInitials(word))
            {
                i++;
            }
        }

        return i;
    }

    private static bool IsInitials(string word)
    {
        // "U.S" or a single capital letter ("John F.").
        if (word.Length == 1)
        {
            return char.IsUpper(word[0]);
        }

        for (var k = 0; k < word.Length; k++)
        {
            var expectLetter = k % 2 == 0;
            if (expectLetter ? !char.IsLetter(word[k]) : word[k] != '.')
            {
                return false;
            }
        }

        return word.Length % 2 == 1;
    }

    private static void AddWord(string word, List<string> tokens)
    {
        // Penn clitics: "don't" -> "do n't", "can't" -> "ca n't", "people's" -> "people 's".
        if (word.Length > 3 && word.EndsWith("n't", StringComparison.OrdinalIgnoreCase))
        {
            tokens.Add(word[..^3]);
            tokens.Add(word[^3..]);
            return;
        }

        foreach (var clitic in Clitics)
        {
            if (word.Length > clitic.Length && word.EndsWith(clitic, StringComparison.OrdinalIgnoreCase))
            {
                tokens.Add(word[..^clitic.Length]);
                tokens.Add(word[^clitic.Length..]);
                return;
            }
        }

        tokens.Add(word);
    }

    private static void SplitSentences(List<string> tokens, List<List<string>> result)
    {
        var current = new List<string>();
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            current.Add(token);
            if (token is not ("." or "!" or "?" or "..."))
            {
                continue;
            }

            // Absorb closing quotes, brackets and further marks ("?!", ".\"").
            while (i + 1 < tokens.Count && tokens[i + 1] is "\"" or "'" or ")" or "]" or "!" or "?" or ".")
            {
                if (tokens[i + 1] is "\"" or "'" && i + 2 < tokens.Count && !StartsSentence(tokens[i + 2]))
                {
                    break;
                }

                current.Add(tokens[++i]);
            }

            if (i + 1 >= tokens.Count || StartsSentence(tokens[i + 1]))
            {
                result.Add(current);
                current = [];
            }
        }

        if (current.Count > 0)
        {
            result.Add(current);
        }
    }

    private static bool StartsSentence(string token)
    {
        var c = token[0];
        return char.IsUpper(c) || char.IsDigit(c) || c is '"' or '\'' or '(' or '[';
    }
}
