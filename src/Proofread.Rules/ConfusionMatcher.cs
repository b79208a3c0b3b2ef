using System.Collections.Immutable;
using Proofread.Analysis;
using Proofread.Language.Modeling;

namespace Proofread.Rules;

/// <summary>
/// A confusion set ("then", "than"): where one member stands, the language model scores the
/// sentence with each other member instead, and the rule fires when the best of them is more
/// than <c>factor</c> times as probable as the text as written (LanguageTool's confusion-set method).
/// </summary>
internal sealed class ConfusionMatcher : RuleMatcher
{
    private readonly ImmutableArray<(string[] Words, string Display)> _members;
    private readonly ImmutableHashSet<string> _firstWords;
    private readonly double _threshold;

    /// <param name="members">Each member's normalised tokens and its written form.</param>
    /// <param name="factor">How many times more probable the alternative must be.</param>
    public ConfusionMatcher(IEnumerable<(string[] Words, string Display)> members, double factor)
    {
        _members = [.. members];
        _firstWords = [.. _members.Select(m => m.Words[0])];
        _threshold = Math.Log10(factor);
        Factor = factor;
    }

    public double Factor { get; }

    public override bool NeedsLanguageModel => true;

    public override bool MayMatch(SentenceContext sentence) => Array.Exists(sentence.Normalized, _firstWords.Contains);

    public override void Find(SentenceContext sentence, List<RuleMatch> matches)
    {
        int[]? ids = null;
        NGramModel? model = null;
        for (var i = 0; i < sentence.Count; i++)
        {
            if (!_firstWords.Contains(sentence.Normalized[i]) || sentence.Tokens[i].Case is LetterCase.Upper or LetterCase.Mixed)
            {
                continue;
            }

            foreach (var (words, _) in _members)
            {
                if (!MatchesAt(sentence, i, words))
                {
                    continue;
                }

                model ??= sentence.Resources.Model;
                ids ??= model.ToIds([.. sentence.Tokens.Select(t => t.Text)]);
                var best = double.NegativeInfinity;
                string? bestDisplay = null;
                foreach (var (other, display) in _members)
                {
                    if (ReferenceEquals(other, words))
                    {
                        continue;
                    }

                    var replacement = other.Select(w => model.WordId(w)).ToArray();
                    if (Array.Exists(replacement, id => id == NGramVocabulary.UnknownId))
                    {
                        continue;
                    }

                    var delta = model.SubstitutionDelta(ids, i + 1, words.Length, replacement);
                    if (delta > best)
                    {
                        best = delta;
                        bestDisplay = display;
                    }
                }

                if (bestDisplay is not null && best > _threshold)
                {
                    matches.Add(new RuleMatch(i, i + words.Length, null, [bestDisplay]));
                }

                break;
            }
        }
    }

    private static bool MatchesAt(SentenceContext sentence, int i, string[] words)
    {
        if (i + words.Length > sentence.Count)
        {
            return false;
        }

        for (var k = 0; k < words.Length; k++)
        {
            if (sentence.Normalized[i + k] != words[k])
            {
                return false;
            }
        }

        return true;
    }
}
