using System.Collections.Immutable;
using System.Text;
using Proofread.Analysis;
using Proofread.Documents;
using Proofread.Text;

namespace Proofread.Evaluation.Spinning;

/// <summary>
/// Makes spun/original pairs for measuring, imitating commercial article spinners: a share of
/// the content words (15–40 % by default) swapped for a synonym of any sense, multi-word
/// synonyms where the source has them, names swapped word by word, and prepositions swapped.
/// Deterministic for a given seed and text.
/// </summary>
/// <param name="synonyms">Where replacements come from (use a source other than the detector's where possible).</param>
/// <param name="tagger">Universal part-of-speech tags for a sentence's tokens.</param>
/// <param name="options">Rates and seed.</param>
/// <param name="isTerm">Whether lower-case words make a known multi-word term (for <see cref="SpinOptions.TermRate"/>).</param>
public sealed class DevSpinner(ISpinSynonyms synonyms, Func<IReadOnlyList<Token>, IReadOnlyList<string>> tagger, SpinOptions? options = null, Func<IReadOnlyList<string>, bool>? isTerm = null)
{
    private const int MaxTermWords = 4;

    private static readonly string[] Prepositions =
        ["in", "on", "at", "for", "from", "with", "by", "to", "into", "over", "during", "throughout", "about", "of"];

    private readonly SpinOptions _options = options ?? new SpinOptions();

    /// <summary>Spins <paramref name="text"/>; <paramref name="name"/> varies the seed per text.</summary>
    public SpunPair Spin(string text, string name = "")
    {
        var random = new Random(_options.Seed ^ StableHash(name));
        var rate = _options.MinRate + (random.NextDouble() * (_options.MaxRate - _options.MinRate));
        var document = Document.FromPlainText(text);
        var edits = new List<(TextSpan Span, string Replacement)>();
        foreach (var sentence in document.Sentences)
        {
            var tokens = document.TokensOf(sentence).ToArray();
            var tags = tagger(tokens);
            for (var i = 0; i < tokens.Length; i++)
            {
                if (TermSwap(tokens, tags, i, random) is { } term)
                {
                    edits.Add((TextSpan.FromBounds(tokens[i].Span.Start, tokens[i + term.Length - 1].Span.End), term.Replacement));
                    i += term.Length - 1;
                    continue;
                }

                var token = tokens[i];
                if (token.Kind != TokenKind.Word || token.Text.Contains('.', StringComparison.Ordinal))
                {
                    continue;
                }

                var replacement = tags[i] switch
                {
                    "NOUN" or "VERB" or "ADJ" or "ADV" when random.NextDouble() < rate => ContentSwap(token, tags[i], i == 0, random),
                    "ADP" when random.NextDouble() < _options.PrepositionRate => PrepositionSwap(token, random),
                    _ => null,
                };
                if (replacement is not null && !string.Equals(replacement, token.Text, StringComparison.Ordinal))
                {
                    edits.Add((token.Span, replacement));
                }
            }
        }

        return Apply(text, edits, rate);
    }

    private string? ContentSwap(Token token, string tag, bool sentenceStart, Random random)
    {
        var isName = !sentenceStart && token.Case is LetterCase.Title or LetterCase.Upper;
        if ((isName && !_options.SpinNames) || token.Case == LetterCase.Upper || token.Case == LetterCase.Mixed)
        {
            return null;
        }

        var candidates = synonyms.Candidates(token.Case == LetterCase.Lower ? token.Text : token.Text.ToLowerInvariant(), tag);
        if (candidates.Count == 0)
        {
            return null;
        }

        var choice = candidates[random.Next(candidates.Count)];
        return token.Case == LetterCase.Title ? Capitalize(choice) : choice;
    }

    // A known lower-case term starting at index, longest first, each word swapped for a synonym;
    // at least half of its words must change for it to count as a distorted term.
    private (int Length, string Replacement)? TermSwap(Token[] tokens, IReadOnlyList<string> tags, int index, Random random)
    {
        if (isTerm is null || _options.TermRate <= 0)
        {
            return null;
        }

        for (var length = Math.Min(MaxTermWords, tokens.Length - index); length >= 2; length--)
        {
            var words = new string[length];
            var ok = true;
            for (var k = 0; k < length && ok; k++)
            {
                var t = tokens[index + k];
                ok = t.Kind == TokenKind.Word && t.Case == LetterCase.Lower && t.Text.All(char.IsLetter);
                words[k] = t.Text;
            }

            if (!ok || !isTerm(words))
            {
                continue;
            }

            if (random.NextDouble() >= _options.TermRate)
            {
                return null;
            }

            var changed = 0;
            for (var k = 0; k < length; k++)
            {
                var options = synonyms.Candidates(words[k], tags[index + k]).Where(o => !o.Contains(' ', StringComparison.Ordinal)).ToList();
                if (options.Count > 0)
                {
                    words[k] = options[random.Next(options.Count)];
                    changed++;
                }
            }

            return changed * 2 >= length ? (length, string.Join(' ', words)) : null;
        }

        return null;
    }

    private static string? PrepositionSwap(Token token, Random random)
    {
        var lower = token.Text.ToLowerInvariant();
        if (Array.IndexOf(Prepositions, lower) < 0)
        {
            return null;
        }

        string choice;
        do
        {
            choice = Prepositions[random.Next(Prepositions.Length)];
        }
        while (choice == lower);
        return token.Case == LetterCase.Title ? Capitalize(choice) : choice;
    }

    private static SpunPair Apply(string text, List<(TextSpan Span, string Replacement)> edits, double rate)
    {
        var spun = new StringBuilder(text.Length + 64);
        var substitutions = ImmutableArray.CreateBuilder<Substitution>(edits.Count);
        var position = 0;
        foreach (var (span, replacement) in edits)
        {
            spun.Append(text, position, span.Start - position);
            substitutions.Add(new Substitution(new TextSpan(spun.Length, replacement.Length), replacement, text.Substring(span.Start, span.Length)));
            spun.Append(replacement);
            position = span.End;
        }

        spun.Append(text, position, text.Length - position);
        return new SpunPair(text, spun.ToString(), substitutions.ToImmutable(), rate);
    }

    private static string Capitalize(string word) =>
        word.Length == 0 || char.IsUpper(word[0]) ? word : char.ToUpperInvariant(word[0]) + word[1..];

    // string.GetHashCode is randomised per process; spins must be the same on every run.
    private static int StableHash(string value)
    {
        unchecked
        {
            var hash = (int)2166136261;
            foreach (var c in value)
            {
                hash = (hash ^ c) * 16777619;
            }

            return hash;
        }
    }
}
