using System.Text;
using Proofread.Lexicon.Morphology;

namespace Proofread.Rules;

/// <summary>
/// Fills in suggestion and message templates: <c>$n</c> is the token matched by pattern element n
/// (1-based), <c>${n:form}</c> that token changed (<c>base</c>, <c>3sg</c>, <c>past</c>,
/// <c>participle</c>, <c>ing</c> for verbs; <c>lower</c>, <c>upper</c>, <c>title</c>);
/// <c>{text}</c> is the marked text, <c>{suggestion}</c> the first suggestion.
/// </summary>
internal static class SuggestionTemplate
{
    public static readonly string[] Forms = ["base", "3sg", "past", "participle", "ing", "lower", "upper", "title"];

    /// <summary>The element numbers a template refers to, and unknown forms, for validation.</summary>
    public static IEnumerable<(int Element, string? Form)> References(string template)
    {
        for (var i = 0; i < template.Length - 1; i++)
        {
            if (template[i] != '$')
            {
                continue;
            }

            if (char.IsAsciiDigit(template[i + 1]))
            {
                yield return (template[i + 1] - '0', null);
            }
            else if (template[i + 1] == '{')
            {
                var close = template.IndexOf('}', i);
                var inner = close < 0 ? template[(i + 2)..] : template[(i + 2)..close];
                var colon = inner.IndexOf(':', StringComparison.Ordinal);
                var number = colon < 0 ? inner : inner[..colon];
                yield return (int.TryParse(number, out var n) ? n : -1, colon < 0 ? null : inner[(colon + 1)..]);
            }
        }
    }

    public static string Expand(string template, SentenceContext sentence, int[]? positions)
    {
        if (positions is null || !template.Contains('$', StringComparison.Ordinal))
        {
            return template;
        }

        var builder = new StringBuilder();
        for (var i = 0; i < template.Length; i++)
        {
            var c = template[i];
            if (c == '$' && i + 1 < template.Length && char.IsAsciiDigit(template[i + 1]))
            {
                builder.Append(TokenText(sentence, positions, template[i + 1] - '0'));
                i++;
            }
            else if (c == '$' && i + 1 < template.Length && template[i + 1] == '{' && template.IndexOf('}', i) is var close and > 0)
            {
                var inner = template[(i + 2)..close];
                var colon = inner.IndexOf(':', StringComparison.Ordinal);
                var n = int.Parse(colon < 0 ? inner : inner[..colon], System.Globalization.CultureInfo.InvariantCulture);
                var text = TokenText(sentence, positions, n);
                builder.Append(colon < 0 ? text : Change(text, inner[(colon + 1)..], sentence.Resources));
                i = close;
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    /// <summary>Makes <paramref name="suggestion"/> start with a capital when the text it replaces does.</summary>
    public static string MatchCase(string replaced, string suggestion)
    {
        if (replaced.Length > 0 && char.IsUpper(replaced[0]) && suggestion.Length > 0 && char.IsLower(suggestion[0]))
        {
            return char.ToUpperInvariant(suggestion[0]) + suggestion[1..];
        }

        return suggestion;
    }

    private static string TokenText(SentenceContext sentence, int[] positions, int n) =>
        n >= 1 && n <= positions.Length ? sentence.Tokens[positions[n - 1]].Text : "";

    private static string Change(string word, string form, RuleResources resources)
    {
        switch (form)
        {
            case "lower":
                return word.ToLowerInvariant();
            case "upper":
                return word.ToUpperInvariant();
            case "title":
                return word.Length == 0 ? word : char.ToUpperInvariant(word[0]) + word[1..].ToLowerInvariant();
        }

        var morphology = resources.Morphology;
        var lemmas = morphology.Lemmatize(word, PartOfSpeech.Verb);
        var lemma = lemmas.Count > 0 ? lemmas[0] : word.ToLowerInvariant();
        var wordForm = form switch
        {
            "3sg" => WordForm.ThirdPersonSingular,
            "past" => WordForm.Past,
            "participle" => WordForm.PastParticiple,
            "ing" => WordForm.Gerund,
            _ => WordForm.Base,
        };
        return morphology.Inflect(lemma, PartOfSpeech.Verb, wordForm);
    }
}
