using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Proofread.Text;

namespace Proofread.Analysis;

/// <summary>
/// Splits prose into tokens with exact offsets. A hand-written scanner (no regular expressions)
/// that allocates only the token strings; conventions are listed in the README and exercised by
/// TokenizerTests. In short: words keep inner hyphens and apostrophes, contractions and
/// possessives split Penn-style ("did" + "n't", "people" + "'s"), listed and dotted
/// abbreviations and initials keep their period ("U.S.", "Dr.", "J."), numbers keep separators,
/// decimals, signs and ordinal or decade suffixes ("1,000", "-2", "8th", "1980s"), and "%" or
/// "$" are separate symbols.
/// </summary>
public static class Tokenizer
{
    private const byte Other = 0;
    private const byte Space = 1;
    private const byte Letter = 2;
    private const byte Digit = 3;

    private static readonly byte[] s_asciiClass = BuildAsciiClasses();
    private static readonly TokenKind[] s_asciiKind = BuildAsciiKinds();
    private static readonly string[] s_asciiStrings = BuildAsciiStrings();

    /// <summary>Tokenises the whole of <paramref name="text"/> as one block.</summary>
    public static ImmutableArray<Token> Tokenize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = new List<Token>();
        Tokenize(text, new TextSpan(0, text.Length), tokens);
        return [.. tokens];
    }

    /// <summary>
    /// Appends the tokens of <paramref name="block"/> of <paramref name="text"/> to
    /// <paramref name="tokens"/> and returns how many of them are words or numbers.
    /// </summary>
    public static int Tokenize(string text, TextSpan block, List<Token> tokens)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokens);
        var end = Math.Min(block.End, text.Length);
        var i = block.Start;
        var words = 0;
        while (i < end)
        {
            var c = text[i];
            var cls = c < 128 ? s_asciiClass[c] : ClassifyNonAscii(text, i, end);
            switch (cls)
            {
                case Space:
                    i++;
                    break;
                case Letter:
                    i = ScanLetterStart(text, i, end, tokens, ref words);
                    break;
                case Digit:
                    i = ScanNumber(text, i, i, end, tokens, ref words);
                    break;
                default:
                    if (c is '-' or '+' or '\u2212' && i + 1 < end && char.IsDigit(text[i + 1])
                        && (i == block.Start || !char.IsLetterOrDigit(text[i - 1])))
                    {
                        i = ScanNumber(text, i, i + 1, end, tokens, ref words);
                    }
                    else
                    {
                        i = ScanOther(text, i, end, tokens);
                    }

                    break;
            }
        }

        return words;
    }

    private static int ScanLetterStart(string text, int i, int end, List<Token> tokens, ref int words)
    {
        var c = text[i];
        // Cheap first check: only "ht..." and "ww..." can start a URL.
        if (i + 4 < end && ((c | 0x20) is 'h' && (text[i + 1] | 0x20) is 't' || (c | 0x20) is 'w' && (text[i + 1] | 0x20) is 'w')
            && TryUrl(text, i, end) is var urlEnd && urlEnd > 0)
        {
            Add(tokens, text, i, urlEnd, TokenKind.Url);
            return urlEnd;
        }

        var lastApostrophe = -1;
        var j = ScanWord(text, i, end, ref lastApostrophe);
        if (j < end && text[j] is '@' or '.' or '_' or '%' or '+' or '-' && TryEmail(text, i, end) is var emailEnd && emailEnd > 0)
        {
            Add(tokens, text, i, emailEnd, TokenKind.Email);
            return emailEnd;
        }

        words++;
        if (lastApostrophe >= 0)
        {
            var split = CliticStart(text, i, j, lastApostrophe);
            if (split > 0)
            {
                Add(tokens, text, i, split, TokenKind.Word);
                Add(tokens, text, split, j, TokenKind.Clitic);
                return j;
            }
        }
        else if (j < end && text[j] == '.')
        {
            j = AbbreviationEnd(text, i, j, end);
        }

        Add(tokens, text, i, j, TokenKind.Word);
        return j;
    }

    // digitsStart is past the sign, if any.
    private static int ScanNumber(string text, int i, int digitsStart, int end, List<Token> tokens, ref int words)
    {
        var j = ScanDigits(text, digitsStart, end);
        while (j + 1 < end && text[j] is ',' or '.' or ':' or '/' && char.IsDigit(text[j + 1]))
        {
            j = ScanDigits(text, j + 1, end);
        }

        var numberEnd = j;
        if (j < end && text[j] is '@' or '_' or '%' or '+' or '.' or '-' && i == digitsStart
            && TryEmail(text, i, end) is var emailEnd && emailEnd > 0)
        {
            Add(tokens, text, i, emailEnd, TokenKind.Email);
            return emailEnd;
        }

        words++;
        if (j < end && (IsLetterAt(text, j, end) || (IsHyphen(text[j]) && j + 1 < end && IsLetterAt(text, j + 1, end))))
        {
            // Digits glued to letters: ordinals and decades stay numbers, the rest ("3D", "5-year-old") are words.
            var ignored = -1;
            j = ScanWord(text, j, end, ref ignored);
            Add(tokens, text, i, j, IsNumberSuffix(text, numberEnd, j) ? TokenKind.Number : TokenKind.Word);
            return j;
        }

        Add(tokens, text, i, j, TokenKind.Number);
        if (j + 1 < end && IsApostrophe(text[j]) && (text[j + 1] | 0x20) == 's' && (j + 2 >= end || !IsWordCharAt(text, j + 2, end)))
        {
            Add(tokens, text, j, j + 2, TokenKind.Clitic); // "1980's"
            return j + 2;
        }

        return j;
    }

    private static int ScanOther(string text, int i, int end, List<Token> tokens)
    {
        var c = text[i];
        var j = i + 1;
        switch (c)
        {
            case '.':
                while (j < end && text[j] == '.')
                {
                    j++;
                }

                break;
            case '!' or '?' or '\u203D':
                while (j < end && text[j] is '!' or '?' or '\u203D')
                {
                    j++;
                }

                break;
            case '-':
                while (j < end && text[j] == '-')
                {
                    j++;
                }

                break;
            default:
                if (char.IsHighSurrogate(c) && j < end && char.IsLowSurrogate(text[j]))
                {
                    j++;
                }

                break;
        }

        var kind = c < 128 ? s_asciiKind[c] : KindOfOther(text, i);
        Add(tokens, text, i, j, kind);
        return j;
    }

    // Letters, digits, marks and format characters, joined by inner hyphens and apostrophes.
    private static int ScanWord(string text, int j, int end, ref int lastApostrophe)
    {
        while (j < end)
        {
            var c = text[j];
            if (c < 128)
            {
                if (s_asciiClass[c] >= Letter)
                {
                    j++;
                }
                else if (c == '-' && j + 1 < end && IsLetterOrDigitAt(text, j + 1, end))
                {
                    j++;
                }
                else if (c == '\'' && j + 1 < end && IsLetterAt(text, j + 1, end))
                {
                    lastApostrophe = j;
                    j++;
                }
                else
                {
                    break;
                }
            }
            else if (WordCharWidth(text, j, end) is var width && width > 0)
            {
                j += width;
            }
            else if (IsHyphen(c) && j + 1 < end && IsLetterOrDigitAt(text, j + 1, end))
            {
                j++;
            }
            else if (c == '\u2019' && j + 1 < end && IsLetterAt(text, j + 1, end))
            {
                lastApostrophe = j;
                j++;
            }
            else
            {
                break;
            }
        }

        return j;
    }

    // Where the clitic of word [start, end) begins, or -1: "n't", "'s", "'d", "'m", "'re", "'ve", "'ll".
    private static int CliticStart(string text, int start, int end, int apostrophe)
    {
        var after = end - apostrophe - 1;
        if (after == 1)
        {
            var last = text[end - 1] | 0x20;
            if (last == 't')
            {
                return apostrophe - 1 > start && (text[apostrophe - 1] | 0x20) == 'n' ? apostrophe - 1 : -1;
            }

            return last is 's' or 'd' or 'm' ? apostrophe : -1;
        }

        if (after == 2)
        {
            var a = text[end - 2] | 0x20;
            var b = text[end - 1] | 0x20;
            return (a, b) is ('r', 'e') or ('v', 'e') or ('l', 'l') ? apostrophe : -1;
        }

        return -1;
    }

    // The word [start, period) is followed by a period: where the token ends.
    private static int AbbreviationEnd(string text, int start, int period, int end)
    {
        var length = period - start;
        if (length <= 2 && DottedEnd(text, start, end) is var dotted && dotted > 0)
        {
            return dotted;
        }

        switch (Abbreviations.Lookup(text.AsSpan(start, length + 1)))
        {
            case AbbreviationKind.Inner or AbbreviationKind.Final:
                return period + 1;
            case AbbreviationKind.Numeric:
                return NextNonSpaceIsDigit(text, period + 1, end) ? period + 1 : period;
            default:
                return length == 1 && char.IsUpper(text[start]) && IsInitial(text, period + 1, end) ? period + 1 : period;
        }
    }

    // "U.S.", "e.g.", "Ph.D.": two or more pieces of one or two letters, each followed by a period.
    private static int DottedEnd(string text, int start, int end)
    {
        var k = start;
        var pieces = 0;
        while (k < end)
        {
            var n = 0;
            while (n < 3 && k + n < end && IsLetterAt(text, k + n, end) && text[k + n] < 0xD800)
            {
                n++;
            }

            if (n is 0 or > 2 || k + n >= end || text[k + n] != '.')
            {
                break;
            }

            pieces++;
            k += n + 1;
        }

        return pieces >= 2 ? k : -1;
    }

    // After "X.": another initial, or a capitalised word that does not usually start a sentence.
    private static bool IsInitial(string text, int p, int end)
    {
        if (p >= end || !char.IsWhiteSpace(text[p]))
        {
            return false;
        }

        while (p < end && char.IsWhiteSpace(text[p]))
        {
            p++;
        }

        if (p >= end || !char.IsUpper(text[p]))
        {
            return false;
        }

        var q = p + 1;
        while (q < end && char.IsLetter(text[q]))
        {
            q++;
        }

        if (q - p == 1 && q < end && text[q] == '.')
        {
            return true;
        }

        return !Abbreviations.IsSentenceStarter(text.AsSpan(p, q - p));
    }

    private static bool NextNonSpaceIsDigit(string text, int p, int end)
    {
        while (p < end && text[p] is ' ' or '\t' or '\u00A0')
        {
            p++;
        }

        return p < end && char.IsDigit(text[p]);
    }

    private static int TryUrl(string text, int i, int end)
    {
        int prefix;
        if (HasPrefix(text, i, end, "https://"))
        {
            prefix = 8;
        }
        else if (HasPrefix(text, i, end, "http://"))
        {
            prefix = 7;
        }
        else if (HasPrefix(text, i, end, "www."))
        {
            prefix = 4;
        }
        else
        {
            return -1;
        }

        var k = i + prefix;
        while (k < end && !char.IsWhiteSpace(text[k]) && text[k] is not ('"' or '<' or '>' or '\u201C' or '\u201D' or '\u2018' or '\u2019' or '\u00AB' or '\u00BB'))
        {
            k++;
        }

        // Trailing sentence punctuation belongs to the prose; a closing bracket stays if the URL opened it.
        while (k > i + prefix)
        {
            var last = text[k - 1];
            if (last is '.' or ',' or ';' or ':' or '!' or '?' or '\'' || (last is ')' && !Balanced(text, i, k, '(', ')'))
                || (last is ']' && !Balanced(text, i, k, '[', ']')) || last == '}')
            {
                k--;
            }
            else
            {
                break;
            }
        }

        return k > i + prefix && char.IsLetterOrDigit(text[i + prefix]) ? k : -1;
    }

    private static bool Balanced(string text, int start, int end, char open, char close)
    {
        var depth = 0;
        for (var k = start; k < end; k++)
        {
            if (text[k] == open)
            {
                depth++;
            }
            else if (text[k] == close)
            {
                depth--;
            }
        }

        return depth >= 0;
    }

    private static bool HasPrefix(string text, int i, int end, string prefix) =>
        end - i >= prefix.Length && text.AsSpan(i, prefix.Length).Equals(prefix, StringComparison.OrdinalIgnoreCase);

    // ASCII local part, "@", and a dotted domain whose last label is two or more letters.
    private static int TryEmail(string text, int i, int end)
    {
        var k = i;
        while (k < end && (char.IsAsciiLetterOrDigit(text[k]) || text[k] is '.' or '_' or '%' or '+' or '-'))
        {
            k++;
        }

        if (k >= end || text[k] != '@' || k == i || text[k - 1] == '.')
        {
            return -1;
        }

        var domainStart = k + 1;
        var d = domainStart;
        while (d < end && (char.IsAsciiLetterOrDigit(text[d]) || text[d] is '.' or '-'))
        {
            d++;
        }

        while (d > domainStart && text[d - 1] is '.' or '-')
        {
            d--;
        }

        if (d == domainStart || !char.IsAsciiLetterOrDigit(text[domainStart]))
        {
            return -1;
        }

        var lastDot = text.LastIndexOf('.', d - 1, d - domainStart);
        if (lastDot < 0 || d - lastDot - 1 < 2 || text.AsSpan(domainStart, d - domainStart).Contains("..", StringComparison.Ordinal))
        {
            return -1;
        }

        for (var p = lastDot + 1; p < d; p++)
        {
            if (!char.IsAsciiLetter(text[p]))
            {
                return -1;
            }
        }

        return d;
    }

    private static bool IsNumberSuffix(string text, int start, int end) =>
        (end - start) switch
        {
            1 => (text[start] | 0x20) == 's',
            2 => ((text[start] | 0x20), (text[start + 1] | 0x20)) is ('s', 't') or ('n', 'd') or ('r', 'd') or ('t', 'h'),
            _ => false,
        };

    private static int ScanDigits(string text, int j, int end)
    {
        while (j < end && char.IsDigit(text[j]))
        {
            j++;
        }

        return j;
    }

    private static bool IsHyphen(char c) => c is '-' or '\u2010' or '\u2011';

    private static bool IsApostrophe(char c) => c is '\'' or '\u2019';

    private static bool IsLetterAt(string text, int j, int end)
    {
        var c = text[j];
        if (c < 128)
        {
            return s_asciiClass[c] == Letter;
        }

        if (char.IsHighSurrogate(c))
        {
            return j + 1 < end && char.IsLowSurrogate(text[j + 1]) && Rune.IsLetter(new Rune(c, text[j + 1]));
        }

        return char.IsLetter(c);
    }

    private static bool IsLetterOrDigitAt(string text, int j, int end) => char.IsDigit(text[j]) || IsLetterAt(text, j, end);

    private static bool IsWordCharAt(string text, int j, int end) =>
        text[j] < 128 ? s_asciiClass[text[j]] >= Letter : WordCharWidth(text, j, end) > 0;

    // 0 if text[j] cannot continue a word, else how many chars the character takes.
    private static int WordCharWidth(string text, int j, int end)
    {
        var c = text[j];
        if (char.IsHighSurrogate(c))
        {
            if (j + 1 < end && char.IsLowSurrogate(text[j + 1]))
            {
                var rune = new Rune(c, text[j + 1]);
                return Rune.IsLetterOrDigit(rune) || IsMarkOrFormat(Rune.GetUnicodeCategory(rune)) ? 2 : 0;
            }

            return 0;
        }

        return char.IsLetterOrDigit(c) || IsMarkOrFormat(CharUnicodeInfo.GetUnicodeCategory(c)) ? 1 : 0;
    }

    private static bool IsMarkOrFormat(UnicodeCategory category) =>
        category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark
            or UnicodeCategory.EnclosingMark or UnicodeCategory.Format;

    private static byte ClassifyNonAscii(string text, int i, int end)
    {
        var c = text[i];
        if (char.IsWhiteSpace(c))
        {
            return Space;
        }

        if (char.IsDigit(c))
        {
            return Digit;
        }

        return IsLetterAt(text, i, end) ? Letter : Other;
    }

    private static TokenKind KindOfOther(string text, int i)
    {
        var c = text[i];
        if (c is '\u2030' or '\u2031' or '\u2020' or '\u2021' or '\u00A7' or '\u00B6' or '\u2022' or '\u203B')
        {
            return TokenKind.Symbol;
        }

        var category = char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])
            ? CharUnicodeInfo.GetUnicodeCategory(char.ConvertToUtf32(c, text[i + 1]))
            : CharUnicodeInfo.GetUnicodeCategory(c);
        return category is UnicodeCategory.DashPunctuation or UnicodeCategory.OpenPunctuation or UnicodeCategory.ClosePunctuation
            or UnicodeCategory.InitialQuotePunctuation or UnicodeCategory.FinalQuotePunctuation
            or UnicodeCategory.OtherPunctuation or UnicodeCategory.ConnectorPunctuation
            ? TokenKind.Punctuation
            : TokenKind.Symbol;
    }

    private static void Add(List<Token> tokens, string text, int start, int end, TokenKind kind)
    {
        var length = end - start;
        var value = length == 1 && text[start] < 128 ? s_asciiStrings[text[start]] : text.Substring(start, length);
        tokens.Add(new Token(new TextSpan(start, length), kind, TextAnnotator.CaseOf(value), value));
    }

    private static byte[] BuildAsciiClasses()
    {
        var classes = new byte[128];
        for (var c = 0; c < 128; c++)
        {
            classes[c] = char.IsWhiteSpace((char)c) ? Space
                : char.IsAsciiLetter((char)c) ? Letter
                : char.IsAsciiDigit((char)c) ? Digit
                : Other;
        }

        return classes;
    }

    private static TokenKind[] BuildAsciiKinds()
    {
        var kinds = new TokenKind[128];
        for (var c = 0; c < 128; c++)
        {
            kinds[c] = "!\"'(),-./:;?[]{}".Contains((char)c, StringComparison.Ordinal) ? TokenKind.Punctuation : TokenKind.Symbol;
        }

        return kinds;
    }

    private static string[] BuildAsciiStrings()
    {
        var strings = new string[128];
        for (var c = 0; c < 128; c++)
        {
            strings[c] = ((char)c).ToString();
        }

        return strings;
    }
}
