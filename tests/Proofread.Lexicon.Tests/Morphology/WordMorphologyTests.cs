using Proofread.Lexicon.Morphology;

namespace Proofread.Lexicon.Tests.Morphology;

public sealed class WordMorphologyTests
{
    private static readonly Lazy<WordMorphology> Lazy = new(() => WordMorphology.LoadDefault(TestData.EnUs));

    private static WordMorphology M => Lazy.Value;

    [Theory]
    [InlineData("went", PartOfSpeech.Verb, "go")]
    [InlineData("taken", PartOfSpeech.Verb, "take")]
    [InlineData("took", PartOfSpeech.Verb, "take")]
    [InlineData("needed", PartOfSpeech.Verb, "need")]
    [InlineData("stopped", PartOfSpeech.Verb, "stop")]
    [InlineData("making", PartOfSpeech.Verb, "make")]
    [InlineData("running", PartOfSpeech.Verb, "run")]
    [InlineData("carries", PartOfSpeech.Verb, "carry")]
    [InlineData("was", PartOfSpeech.Verb, "be")]
    [InlineData("mice", PartOfSpeech.Noun, "mouse")]
    [InlineData("criteria", PartOfSpeech.Noun, "criterion")]
    [InlineData("children", PartOfSpeech.Noun, "child")]
    [InlineData("boxes", PartOfSpeech.Noun, "box")]
    [InlineData("cities", PartOfSpeech.Noun, "city")]
    [InlineData("women", PartOfSpeech.Noun, "woman")]
    [InlineData("better", PartOfSpeech.Adjective, "good")]
    [InlineData("worst", PartOfSpeech.Adjective, "bad")]
    [InlineData("bigger", PartOfSpeech.Adjective, "big")]
    [InlineData("happiest", PartOfSpeech.Adjective, "happy")]
    [InlineData("better", PartOfSpeech.Adverb, "well")]
    public void Lemmatize_puts_the_lemma_first(string word, PartOfSpeech pos, string lemma) =>
        Assert.Equal(lemma, M.Lemmatize(word, pos)[0]);

    [Fact]
    public void Better_is_good_or_well_as_an_adjective() =>
        Assert.Equal(["good", "well"], M.Lemmatize("better", PartOfSpeech.Adjective).Take(2));

    [Theory]
    [InlineData("mouse", PartOfSpeech.Noun, WordForm.Plural, "mice")]
    [InlineData("criterion", PartOfSpeech.Noun, WordForm.Plural, "criteria")]
    [InlineData("city", PartOfSpeech.Noun, WordForm.Plural, "cities")]
    [InlineData("box", PartOfSpeech.Noun, WordForm.Plural, "boxes")]
    [InlineData("dog", PartOfSpeech.Noun, WordForm.Plural, "dogs")]
    [InlineData("potato", PartOfSpeech.Noun, WordForm.Plural, "potatoes")]
    [InlineData("health organization", PartOfSpeech.Noun, WordForm.Plural, "health organizations")]
    [InlineData("go", PartOfSpeech.Verb, WordForm.Past, "went")]
    [InlineData("go", PartOfSpeech.Verb, WordForm.PastParticiple, "gone")]
    [InlineData("go", PartOfSpeech.Verb, WordForm.ThirdPersonSingular, "goes")]
    [InlineData("take", PartOfSpeech.Verb, WordForm.PastParticiple, "taken")]
    [InlineData("take", PartOfSpeech.Verb, WordForm.Gerund, "taking")]
    [InlineData("need", PartOfSpeech.Verb, WordForm.Past, "needed")]
    [InlineData("stop", PartOfSpeech.Verb, WordForm.Past, "stopped")]
    [InlineData("visit", PartOfSpeech.Verb, WordForm.Past, "visited")]
    [InlineData("prefer", PartOfSpeech.Verb, WordForm.Past, "preferred")]
    [InlineData("carry", PartOfSpeech.Verb, WordForm.Past, "carried")]
    [InlineData("carry", PartOfSpeech.Verb, WordForm.ThirdPersonSingular, "carries")]
    [InlineData("die", PartOfSpeech.Verb, WordForm.Gerund, "dying")]
    [InlineData("run", PartOfSpeech.Verb, WordForm.Gerund, "running")]
    [InlineData("get together", PartOfSpeech.Verb, WordForm.Past, "got together")]
    [InlineData("good", PartOfSpeech.Adjective, WordForm.Comparative, "better")]
    [InlineData("good", PartOfSpeech.Adjective, WordForm.Superlative, "best")]
    [InlineData("big", PartOfSpeech.Adjective, WordForm.Comparative, "bigger")]
    [InlineData("happy", PartOfSpeech.Adjective, WordForm.Superlative, "happiest")]
    [InlineData("large", PartOfSpeech.Adjective, WordForm.Comparative, "larger")]
    [InlineData("beautiful", PartOfSpeech.Adjective, WordForm.Comparative, "more beautiful")]
    public void Inflect_spells_the_form(string lemma, PartOfSpeech pos, WordForm form, string expected) =>
        Assert.Equal(expected, M.Inflect(lemma, pos, form));

    [Fact]
    public void Analyze_reads_needed_as_past_of_need() =>
        Assert.Contains(("need", WordForm.Past), M.Analyze("needed", PartOfSpeech.Verb));

    [Fact]
    public void The_compiled_files_round_trip_through_the_writers()
    {
        var m = WordMorphology.LoadDefault();
        using var lemmas = new MemoryStream();
        m.WriteCompiledLemmas(lemmas);
        Assert.True(File.ReadAllBytes(ProofreadData.Path("morphology/wordnet-lemmas.forms")).AsSpan().SequenceEqual(lemmas.ToArray()));
        var lines = string.Concat(m.ExceptionLines().Select(l => l + "\n"));
        Assert.Equal(File.ReadAllText(ProofreadData.Path("morphology/wordnet-exceptions.tsv")), lines);
    }
}
