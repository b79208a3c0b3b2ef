using System.Collections.Immutable;
using Proofread.Analysis;

namespace Proofread.Rules;

/// <summary>
/// Where a rule matched in a sentence: the marked tokens [First, End), the token each pattern
/// element matched (for <c>$n</c> in templates), and suggestions the matcher chose itself.
/// Exceptions are tested against the whole match, marked or not.
/// </summary>
internal readonly record struct RuleMatch(int First, int End, int[]? Positions = null, ImmutableArray<string> Suggestions = default)
{
    public int MatchFirst => Positions is { Length: > 0 } p ? Math.Min(p[0], First) : First;

    public int MatchEnd => Positions is { Length: > 0 } p ? Math.Max(p[^1] + 1, End) : End;
}

/// <summary>The compiled search of one rule kind. Immutable and thread-safe.</summary>
internal abstract class RuleMatcher
{
    public virtual bool NeedsTags => false;

    public virtual bool NeedsLemmas => false;

    public virtual bool NeedsLanguageModel => false;

    /// <summary>A quick test on the sentence's normalised words; false means the rule cannot match.</summary>
    public virtual bool MayMatch(SentenceContext sentence) => true;

    public abstract void Find(SentenceContext sentence, List<RuleMatch> matches);
}

/// <summary>Token patterns (pattern rules; existence and substitution rules compile to them too).</summary>
internal sealed class PatternMatcher : RuleMatcher
{
    private readonly ImmutableArray<(PatternElement[] Pattern, ImmutableArray<string> Suggestions)> _patterns;

    public PatternMatcher(IEnumerable<(PatternElement[] Pattern, ImmutableArray<string> Suggestions)> patterns) => _patterns = [.. patterns];

    public override bool NeedsTags => _patterns.Any(p => p.Pattern.Any(e => e.Test.NeedsTags));

    public override bool NeedsLemmas => _patterns.Any(p => p.Pattern.Any(e => e.Test.NeedsLemmas));

    public override void Find(SentenceContext sentence, List<RuleMatch> matches)
    {
        foreach (var (pattern, suggestions) in _patterns)
        {
            var anchor = pattern[0].Test.Texts;
            for (var start = 0; start < sentence.Count; start++)
            {
                if (anchor is not null && !anchor.Contains(sentence.Normalized[start]))
                {
                    continue;
                }

                if (PatternSearch.MatchAt(pattern, sentence, start) is not { } positions)
                {
                    continue;
                }

                int first = -1, last = -1;
                for (var e = 0; e < pattern.Length; e++)
                {
                    if (pattern[e].Marked)
                    {
                        first = first < 0 ? positions[e] : first;
                        last = positions[e];
                    }
                }

                matches.Add(new RuleMatch(first, last + 1, positions, suggestions));
            }
        }
    }
}

/// <summary>The same word twice in a row ("the the"), apart from the allowed ones ("had had").</summary>
internal sealed class RepetitionMatcher(ImmutableHashSet<string> allowed) : RuleMatcher
{
    public override void Find(SentenceContext sentence, List<RuleMatch> matches)
    {
        var tokens = sentence.Tokens;
        for (var i = 0; i + 1 < tokens.Length; i++)
        {
            if (tokens[i].Kind == TokenKind.Word
                && tokens[i + 1].Kind == TokenKind.Word
                && sentence.Normalized[i] == sentence.Normalized[i + 1]
                && !allowed.Contains(sentence.Normalized[i])
                && OnlySpaceBetween(sentence, i))
            {
                matches.Add(new RuleMatch(i, i + 2, null, [tokens[i].Text]));
            }
        }
    }

    private static bool OnlySpaceBetween(SentenceContext sentence, int i)
    {
        var text = sentence.Document.Text;
        var from = sentence.Tokens[i].Span.End;
        var to = sentence.Tokens[i + 1].Span.Start;
        if (to == from)
        {
            return false;
        }

        for (var p = from; p < to; p++)
        {
            if (!char.IsWhiteSpace(text[p]))
            {
                return false;
            }
        }

        return true;
    }
}

/// <summary>Words written in lower case that must be capitalised, and lower-case sentence starts.</summary>
internal sealed class CapitalizationMatcher(ImmutableDictionary<string, string> words, bool sentenceStart) : RuleMatcher
{
    public override void Find(SentenceContext sentence, List<RuleMatch> matches)
    {
        var tokens = sentence.Tokens;
        var firstWord = Array.FindIndex(tokens, t => t.Kind != TokenKind.Punctuation);
        for (var i = 0; i < tokens.Length; i++)
        {
            var token = tokens[i];
            if (token.Kind != TokenKind.Word || token.Case != LetterCase.Lower)
            {
                continue;
            }

            if (words.TryGetValue(sentence.Normalized[i], out var proper))
            {
                matches.Add(new RuleMatch(i, i + 1, null, [proper]));
            }
            else if (sentenceStart && i == firstWord && char.IsLetter(token.Text[0]))
            {
                matches.Add(new RuleMatch(i, i + 1, null, [char.ToUpperInvariant(token.Text[0]) + token.Text[1..]]));
            }
        }
    }
}

/// <summary>What a metric rule measures in a sentence.</summary>
internal enum SentenceMetric
{
    Words,
    Commas,
    Characters,
}

/// <summary>A sentence whose measure exceeds a threshold; the finding covers the sentence, with no suggestion.</summary>
internal sealed class MetricMatcher(SentenceMetric metric, int max) : RuleMatcher
{
    public override void Find(SentenceContext sentence, List<RuleMatch> matches)
    {
        if (sentence.Count == 0)
        {
            return;
        }

        var value = metric switch
        {
            SentenceMetric.Words => sentence.Tokens.Count(t => t.Kind is TokenKind.Word or TokenKind.Number),
            SentenceMetric.Commas => sentence.Tokens.Count(t => t.Text == ","),
            _ => sentence.Tokens[^1].Span.End - sentence.Tokens[0].Span.Start,
        };
        if (value > max)
        {
            matches.Add(new RuleMatch(0, sentence.Count, null, []));
        }
    }
}
