using CsCheck;
using Proofread.Analysis;
using Proofread.Editing;
using Proofread.Evaluation.Spinning;

namespace Proofread.Evaluation.Tests;

public sealed class DevSpinnerTests
{
    private static readonly Dictionary<string, (string Tag, string[] Synonyms)> Lexicon = new(StringComparer.Ordinal)
    {
        ["party"] = ("NOUN", ["get together"]),
        ["state"] = ("NOUN", ["talk about"]),
        ["media"] = ("NOUN", ["press"]),
        ["reported"] = ("VERB", ["described"]),
        ["health"] = ("NOUN", ["wellbeing"]),
        ["organization"] = ("NOUN", ["corporation"]),
        ["strict"] = ("ADJ", ["strident"]),
        ["measures"] = ("NOUN", ["actions"]),
        ["in"] = ("ADP", []),
        ["on"] = ("ADP", []),
    };

    private static DevSpinner Spinner(double rate, double prepositions = 0, bool names = true, int seed = 7) =>
        new(new FakeSynonyms(), Tag, new SpinOptions(rate, rate, prepositions, names, seed));

    [Fact]
    public void Every_content_word_with_a_synonym_is_swapped_at_rate_one_with_case_kept()
    {
        var pair = Spinner(1.0).Spin("State media reported strict measures.");

        Assert.Equal("Talk about press described strident actions.", pair.Spun);
        Assert.Equal(
            [("Talk about", "State"), ("press", "media"), ("described", "reported"), ("strident", "strict"), ("actions", "measures")],
            pair.Substitutions.Select(s => (s.Spun, s.Originals[0])).ToArray());
    }

    [Fact]
    public void Names_are_swapped_word_by_word_unless_switched_off()
    {
        Assert.Equal("The World Wellbeing Corporation met.", Spinner(1.0).Spin("The World Health Organization met.").Spun);
        Assert.Equal("The World Health Organization met.", Spinner(1.0, names: false).Spin("The World Health Organization met.").Spun);
    }

    [Fact]
    public void A_known_lower_case_term_is_swapped_word_by_word_as_one_substitution()
    {
        var spinner = new DevSpinner(new FakeSynonyms(), Tag, new SpinOptions(0, 0, 0, true, 7, TermRate: 1.0), words => string.Join(' ', words) == "strict measures");

        var pair = spinner.Spin("They took strict measures today.");

        Assert.Equal("They took strident actions today.", pair.Spun);
        var sub = Assert.Single(pair.Substitutions);
        Assert.Equal(("strident actions", "strict measures"), (sub.Spun, sub.Originals[0]));
        Assert.Equal("strident actions", pair.Spun.Substring(sub.Span.Start, sub.Span.Length));
    }

    [Fact]
    public void Terms_are_left_alone_when_the_term_rate_is_zero()
    {
        var spinner = new DevSpinner(new FakeSynonyms(), Tag, new SpinOptions(0, 0, 0, true, 7), words => string.Join(' ', words) == "strict measures");

        Assert.Empty(spinner.Spin("They took strict measures today.").Substitutions);
    }

    [Fact]
    public void Prepositions_swap_for_another_preposition()
    {
        var pair = Spinner(0, prepositions: 1.0).Spin("It met in May.");

        var sub = Assert.Single(pair.Substitutions);
        Assert.Equal("in", sub.Originals[0]);
        Assert.NotEqual("in", sub.Spun);
    }

    [Fact]
    public void The_same_seed_and_name_give_the_same_spin()
    {
        const string text = "State media reported strict measures in the party.";
        Assert.Equal(Spinner(0.5, 0.5).Spin(text, "a").Spun, Spinner(0.5, 0.5).Spin(text, "a").Spun);
    }

    [Fact]
    public void Undoing_the_substitutions_gives_back_the_original_text()
    {
        var words = Gen.OneOf("state", "media", "reported", "strict", "measures", "party", "in", "on", "the", "a", "World", "Health", "Organization");
        var sentence = words.Array[1, 12].Select(w => string.Join(' ', w) + ".");
        Gen.Select(sentence.Array[1, 4], Gen.Double[0, 1], Gen.Int).Sample((sentences, rate, seed) =>
        {
            var text = string.Join(' ', sentences);
            var pair = Spinner(rate, rate, seed: seed).Spin(text);
            foreach (var sub in pair.Substitutions)
            {
                Assert.Equal(sub.Spun, pair.Spun.Substring(sub.Span.Start, sub.Span.Length));
            }

            var undone = TextEditApplier.Apply(pair.Spun, pair.Substitutions.Select(s => new TextEdit(s.Span, s.Originals[0])));
            Assert.Equal(text, undone);
        });
    }

    private static IReadOnlyList<string> Tag(IReadOnlyList<Token> tokens) =>
        [.. tokens.Select(t => Lexicon.TryGetValue(t.Text.ToLowerInvariant(), out var entry) ? entry.Tag : t.Kind == TokenKind.Word ? "DET" : ".")];

    private sealed class FakeSynonyms : ISpinSynonyms
    {
        public IReadOnlyList<string> Candidates(string word, string tag) =>
            Lexicon.TryGetValue(word, out var entry) && entry.Tag == tag ? entry.Synonyms : [];
    }
}
