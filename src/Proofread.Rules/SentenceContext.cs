using Proofread.Analysis;
using Proofread.Documents;
using Proofread.Language.Tagging;
using Proofread.Lexicon.Morphology;

namespace Proofread.Rules;

/// <summary>
/// One sentence as rules see it: its tokens, their normalised text, and part-of-speech tags,
/// lemmas and language-model ids computed on first use.
/// </summary>
internal sealed class SentenceContext
{
    private UniversalTag[]? _tags;
    private string[]?[]? _lemmas;
    private WordForm[]?[]? _verbForms;

    public SentenceContext(Document document, Token[] tokens, RuleResources resources)
    {
        Document = document;
        Tokens = tokens;
        Resources = resources;
        Normalized = new string[tokens.Length];
        for (var i = 0; i < tokens.Length; i++)
        {
            Normalized[i] = Normalize(tokens[i].Text);
        }
    }

    public Document Document { get; }

    public Token[] Tokens { get; }

    /// <summary>Lower-case token texts with typographic apostrophes made straight.</summary>
    public string[] Normalized { get; }

    public RuleResources Resources { get; }

    public int Count => Tokens.Length;

    public UniversalTag Tag(int i)
    {
        _tags ??= Resources.Tagger.Tag(Tokens);
        return _tags[i];
    }

    /// <summary>The token's lemmas as any open word class, the token itself included.</summary>
    public string[] Lemmas(int i)
    {
        _lemmas ??= new string[]?[Tokens.Length];
        if (_lemmas[i] is { } known)
        {
            return known;
        }

        var word = Normalized[i];
        var set = new List<string> { word };
        var morphology = Resources.Morphology;
        foreach (var pos in (ReadOnlySpan<PartOfSpeech>)[PartOfSpeech.Verb, PartOfSpeech.Noun, PartOfSpeech.Adjective, PartOfSpeech.Adverb])
        {
            foreach (var lemma in morphology.Lemmatize(word, pos))
            {
                if (!set.Contains(lemma))
                {
                    set.Add(lemma);
                }
            }
        }

        return _lemmas[i] = [.. set];
    }

    /// <summary>The verb forms the token can be (empty when it is no verb form WordNet knows).</summary>
    public WordForm[] VerbForms(int i)
    {
        _verbForms ??= new WordForm[]?[Tokens.Length];
        return _verbForms[i] ??= [.. Resources.Morphology.Analyze(Normalized[i], PartOfSpeech.Verb).Select(a => a.Form).Distinct()];
    }

    public static string Normalize(string text) => text.Replace('\u2019', '\'').Replace('\u2018', '\'').ToLowerInvariant();
}
