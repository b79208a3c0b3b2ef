using Proofread.Evaluation.Spinning;
using Proofread.Lexicon;
using Proofread.Lexicon.Morphology;

namespace Proofread.Evaluation.Tests;

public sealed class UnlistedSpinSynonymsTests
{
    private static readonly Lazy<LexicalResources> Lexicon = new(LexicalResources.LoadDefault);

    [Theory]
    [InlineData("strict", "ADJ", PartOfSpeech.Adjective)]
    [InlineData("measures", "NOUN", PartOfSpeech.Noun)]
    [InlineData("reported", "VERB", PartOfSpeech.Verb)]
    [InlineData("quickly", "ADV", PartOfSpeech.Adverb)]
    public void Every_replacement_is_a_synonym_of_a_synonym_that_the_thesaurus_does_not_pair_with_the_word(string word, string tag, PartOfSpeech pos)
    {
        var lexicon = Lexicon.Value;
        var replacements = new UnlistedSpinSynonyms(lexicon).Candidates(word, tag);

        Assert.NotEmpty(replacements);
        var steps = lexicon.SynonymsOf(word, pos).Take(4).Select(e => e.Term).ToList();
        foreach (var r in replacements)
        {
            Assert.NotEqual(word, r, StringComparer.OrdinalIgnoreCase);
            Assert.DoesNotContain(lexicon.SynonymsOf(word, pos), e => string.Equals(e.Term, r, StringComparison.OrdinalIgnoreCase));
            Assert.DoesNotContain(lexicon.SourcesOf(word, pos), e => string.Equals(e.Term, r, StringComparison.OrdinalIgnoreCase));
            Assert.Contains(steps, s => lexicon.SynonymsOf(s, pos).Take(4).Any(e => e.Term == r));
        }

        Assert.Equal(replacements.Count, replacements.Distinct(StringComparer.OrdinalIgnoreCase).Count());
    }

    [Fact]
    public void Words_of_other_classes_get_none()
    {
        Assert.Empty(new UnlistedSpinSynonyms(Lexicon.Value).Candidates("in", "ADP"));
    }
}
