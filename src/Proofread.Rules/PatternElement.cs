using System.Text.RegularExpressions;
using Proofread.Analysis;
using Proofread.Language.Tagging;
using Proofread.Lexicon.Morphology;

namespace Proofread.Rules;

/// <summary>
/// Constraints on one token; every constraint given must hold. <see cref="Except"/> is a test
/// the token must not pass.
/// </summary>
internal sealed class TokenTest
{
    public HashSet<string>? Texts { get; init; }

    public Regex? Regex { get; init; }

    public HashSet<string>? Lemmas { get; init; }

    public HashSet<UniversalTag>? Tags { get; init; }

    /// <summary>Verb forms the token must be able to be ("goes": 3sg; "went": past).</summary>
    public WordForm[]? VerbForms { get; init; }

    public LetterCase? Case { get; init; }

    public TokenKind? Kind { get; init; }

    /// <summary>The token must be the sentence's first word.</summary>
    public bool SentenceStart { get; init; }

    /// <summary>Tests the token must fail, every one.</summary>
    public TokenTest[]? Except { get; init; }

    public bool NeedsTags => Tags is not null || (Except?.Any(e => e.NeedsTags) ?? false);

    public bool NeedsLemmas => Lemmas is not null || VerbForms is not null || (Except?.Any(e => e.NeedsLemmas) ?? false);

    public bool Matches(SentenceContext sentence, int i)
    {
        var token = sentence.Tokens[i];
        if (Texts is not null && !Texts.Contains(sentence.Normalized[i]))
        {
            return false;
        }

        if (Kind is { } kind && token.Kind != kind)
        {
            return false;
        }

        if (Case is { } letterCase && token.Case != letterCase)
        {
            return false;
        }

        if (SentenceStart && !IsFirstWord(sentence, i))
        {
            return false;
        }

        if (Regex is not null && !Regex.IsMatch(token.Text))
        {
            return false;
        }

        if (Tags is not null && !Tags.Contains(sentence.Tag(i)))
        {
            return false;
        }

        if (Lemmas is not null && !Array.Exists(sentence.Lemmas(i), Lemmas.Contains))
        {
            return false;
        }

        if (VerbForms is not null && !Array.Exists(VerbForms, sentence.VerbForms(i).Contains))
        {
            return false;
        }

        return Except is null || !Array.Exists(Except, e => e.Matches(sentence, i));
    }

    private static bool IsFirstWord(SentenceContext sentence, int i)
    {
        for (var j = 0; j < i; j++)
        {
            if (sentence.Tokens[j].Kind is not TokenKind.Punctuation)
            {
                return false;
            }
        }

        return true;
    }
}

/// <summary>One position of a token pattern: a test, how many tokens may be skipped after it, and whether it is in the marked span.</summary>
internal sealed record PatternElement(TokenTest Test, int SkipAfter, bool Marked);

/// <summary>Finds token patterns in a sentence.</summary>
internal static class PatternSearch
{
    /// <summary>
    /// The token index matched by each element, for a match starting at <paramref name="start"/>,
    /// or null. Skips are tried shortest first.
    /// </summary>
    public static int[]? MatchAt(PatternElement[] pattern, SentenceContext sentence, int start)
    {
        var positions = new int[pattern.Length];
        return Extend(pattern, sentence, 0, start, positions) ? positions : null;
    }

    /// <summary>Whether the pattern matches anywhere in a way that overlaps tokens [first, end).</summary>
    public static bool MatchesOver(PatternElement[] pattern, SentenceContext sentence, int first, int end)
    {
        for (var start = Math.Max(0, first - pattern.Length - 8); start < end; start++)
        {
            if (MatchAt(pattern, sentence, start) is { } positions && positions[0] < end && positions[^1] >= first)
            {
                return true;
            }
        }

        return false;
    }

    private static bool Extend(PatternElement[] pattern, SentenceContext sentence, int element, int index, int[] positions)
    {
        if (index >= sentence.Count || !pattern[element].Test.Matches(sentence, index))
        {
            return false;
        }

        positions[element] = index;
        if (element == pattern.Length - 1)
        {
            return true;
        }

        for (var skip = 0; skip <= pattern[element].SkipAfter; skip++)
        {
            if (Extend(pattern, sentence, element + 1, index + 1 + skip, positions))
            {
                return true;
            }
        }

        return false;
    }
}
