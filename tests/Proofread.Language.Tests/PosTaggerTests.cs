using CsCheck;
using Proofread.Language.Tagging;

namespace Proofread.Language.Tests;

public class PosTaggerTests
{
    private static readonly (string[] Words, UniversalTag[] Tags)[] Toy = Build(
        "the/DET dog/NOUN barks/VERB ./.",
        "a/DET cat/NOUN sleeps/VERB ./.",
        "the/DET cat/NOUN sees/VERB a/DET dog/NOUN ./.",
        "dogs/NOUN bark/VERB loudly/ADV ./.",
        "she/PRON sees/VERB the/DET big/ADJ dog/NOUN ./.",
        "he/PRON runs/VERB to/ADP the/DET house/NOUN ./.");

    private static (string[], UniversalTag[])[] Build(params string[] lines) =>
        lines.Select(l => l.Split(' ').Select(t => t.Split('/')).ToArray())
            .Select(p => (p.Select(x => x[0]).ToArray(), p.Select(x => UniversalTags.Parse(x[1])).ToArray()))
            .ToArray();

    private static PosTagger TrainToy() => new PosTaggerTrainer { Iterations = 8, DictionaryMinCount = 1000 }.Train(Toy);

    [Fact]
    public void Learns_the_training_sentences()
    {
        var tagger = TrainToy();
        foreach (var (words, tags) in Toy)
        {
            Assert.Equal(tags, tagger.Tag(words));
        }
    }

    [Fact]
    public void Saved_model_is_deterministic_and_round_trips()
    {
        var a = new MemoryStream();
        var b = new MemoryStream();
        TrainToy().Save(a);
        TrainToy().Save(b);
        Assert.Equal(a.ToArray(), b.ToArray());

        a.Position = 0;
        var loaded = PosTagger.Load(a);
        var again = new MemoryStream();
        loaded.Save(again);
        Assert.Equal(a.ToArray(), again.ToArray());
        Assert.Equal(TrainToy().Tag(["the", "cat", "barks", "."]), loaded.Tag(["the", "cat", "barks", "."]));
    }

    [Fact]
    public void Default_model_tags_a_plain_sentence()
    {
        var tags = PosTagger.LoadDefault().Tag(["The", "committee", "did", "n't", "approve", "the", "new", "budget", "on", "Thursday", "."]);
        Assert.Equal("DET NOUN VERB ADV VERB DET ADJ NOUN ADP NOUN .", string.Join(' ', tags.Select(t => t.Name())));
    }

    [Fact]
    public void Default_model_tags_a_verb_phrase_in_a_noun_slot_as_verb()
    {
        // "the Eighth Get together Congress": the spun phrase reads as a verb.
        var tags = PosTagger.LoadDefault().Tag(["They", "want", "to", "get", "together", "."]);
        Assert.Equal(UniversalTag.Verb, tags[3]);
    }

    [Fact]
    public void Tags_every_token_of_any_input() =>
        Gen.String[1, 12].Array[0, 30].Sample(words =>
        {
            var tags = PosTagger.LoadDefault().Tag(words);
            return tags.Length == words.Length && tags.All(t => (int)t < UniversalTags.Count);
        });
}

public class PosTaggerTokenTests
{
    [Fact]
    public void Tags_core_tokens_and_addresses_as_nouns()
    {
        static Proofread.Analysis.Token T(string text, Proofread.Analysis.TokenKind kind) =>
            new(new Proofread.Text.TextSpan(0, text.Length), kind, default, text);
        var tags = PosTagger.LoadDefault().Tag(
        [
            T("See", Proofread.Analysis.TokenKind.Word),
            T("https://example.org", Proofread.Analysis.TokenKind.Url),
            T("now", Proofread.Analysis.TokenKind.Word),
            T(".", Proofread.Analysis.TokenKind.Punctuation),
        ]);
        Assert.Equal([UniversalTag.Verb, UniversalTag.Noun, UniversalTag.Adv, UniversalTag.Punct], tags);
    }
}
