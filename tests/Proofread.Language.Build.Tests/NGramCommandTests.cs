using CsCheck;
using Proofread.Language.Modeling;
using Proofread.Language.Tagging;

namespace Proofread.Language.Build.Tests;

public sealed class NGramCommandTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    // "the cat sat" twice, "the dog sat" once: every word is seen at least twice (the default
    // MinWordCount), "the dog" and "dog sat" once each.
    private const string Train = "the cat sat\nthe cat sat\nthe dog sat\ndog cat the\n";

    [Theory]
    [InlineData("1", 3, 3)]      // nothing pruned
    [InlineData("1,2", 3, 2)]    // singleton trigrams pruned, bigrams kept (the shipped setting)
    [InlineData("2", 3, 1)]      // singletons of every order from 2 pruned
    [InlineData("2,1", 3, 3)]    // trigrams all kept, and a kept trigram keeps its bigram though seen once
    public void Build_takes_one_min_count_or_a_list_for_orders_two_and_up(string minCounts, int seenTwice, int seenOnce)
    {
        var train = _dir.Write("train.txt", Train);
        var model = Path.Combine(_dir.Path, "model.bin");

        NGramCommand.Run(["build", train, model, "3", minCounts]);

        var lm = NGramModel.Load(model);
        int[] Ids(params string[] words) => lm.ToIds(words, boundaries: false);
        Assert.Equal(3, lm.Order);
        Assert.Equal(seenTwice, lm.MatchedOrder(Ids("the", "cat"), Ids("sat")[0]));
        Assert.Equal(seenOnce, lm.MatchedOrder(Ids("the", "dog"), Ids("sat")[0]));
    }

    [Fact]
    public void Build_with_a_short_list_repeats_its_last_threshold_for_higher_orders()
    {
        var train = _dir.Write("train.txt", "a b c d\na b c d\na b c e\nb c e d\ne d a b\n");
        var model = Path.Combine(_dir.Path, "model.bin");

        NGramCommand.Run(["build", train, model, "4", "1,2"]);

        var lm = NGramModel.Load(model);
        int[] Ids(params string[] words) => lm.ToIds(words, boundaries: false);
        Assert.Equal(4, lm.Order);
        Assert.Equal(4, lm.MatchedOrder(Ids("a", "b", "c"), Ids("d")[0]));   // seen twice
        Assert.Equal(3, lm.MatchedOrder(Ids("a", "b", "c"), Ids("e")[0]));   // 4-gram once: pruned at 2; "b c e" twice
    }

    [Theory]
    [InlineData("1", new[] { 1 })]
    [InlineData("1,2", new[] { 1, 2 })]
    [InlineData("1,2,2", new[] { 1, 2, 2 })]
    public void Min_counts_parse(string value, int[] expected) => Assert.Equal(expected, NGramCommand.MinCounts(value));

    [Theory]
    [InlineData("")]
    [InlineData("1,")]
    [InlineData("one")]
    [InlineData("1;2")]
    public void Bad_min_counts_are_a_usage_error(string value) =>
        Assert.Equal(
            $"ngram build: MINCOUNT '{value}' is not a whole number or a comma list of them",
            Assert.Throws<UsageException>(() => NGramCommand.MinCounts(value)).Message);

    [Theory]
    [InlineData(new[] { 1.0, 2.0 }, new[] { false, true }, 1.0)]
    [InlineData(new[] { 1.0, 2.0 }, new[] { true, false }, 0.0)]
    [InlineData(new[] { 1.0, 1.0 }, new[] { true, false }, 0.5)]
    [InlineData(new[] { 0.1, 0.35, 0.4, 0.8 }, new[] { false, true, false, true }, 0.75)]
    [InlineData(new[] { 3.0, 1.0, 2.0, 2.0, 5.0 }, new[] { true, false, true, false, false }, 3.5 / 6)]
    public void Auc_is_the_chance_a_positive_scores_above_a_negative(double[] scores, bool[] positive, double expected) =>
        Assert.Equal(expected, NGramCommand.Auc([.. scores.Zip(positive)]), 12);

    [Fact]
    public void Auc_equals_the_pairwise_count_with_ties_as_half()
    {
        Gen.Select(Gen.Int[0, 5].Select(i => (double)i), Gen.Bool).List[2, 40]
            .Where(items => items.Exists(x => x.Item2) && items.Exists(x => !x.Item2))
            .Sample(items =>
            {
                double wins = 0;
                var pairs = 0;
                foreach (var (p, _) in items.Where(x => x.Item2))
                {
                    foreach (var (n, _) in items.Where(x => !x.Item2))
                    {
                        wins += p > n ? 1 : p == n ? 0.5 : 0;
                        pairs++;
                    }
                }

                Assert.Equal(wins / pairs, NGramCommand.Auc(items), 12);
            });
    }

    [Fact]
    public void Tagged_text_reads_as_words_and_tags_split_at_the_last_underscore()
    {
        var file = _dir.Write("tagged", "New_York_NOUN grew_VERB ._.\n\nit_PRON 's_PRT\n");

        var sentences = TaggerCommand.Read(file);

        Assert.Equal(3, sentences.Count);
        Assert.Equal(["New_York", "grew", "."], sentences[0].Words);
        Assert.Equal([UniversalTag.Noun, UniversalTag.Verb, UniversalTag.Punct], sentences[0].Tags);
        Assert.Empty(sentences[1].Words);
        Assert.Equal([UniversalTag.Pron, UniversalTag.Prt], sentences[2].Tags);
    }

    [Fact]
    public void Tagged_text_with_an_unknown_tag_is_a_format_error()
    {
        var file = _dir.Write("tagged", "dogs_NOUN bark_VB\n");

        Assert.Equal("Unknown universal tag 'VB'.", Assert.Throws<FormatException>(() => TaggerCommand.Read(file)).Message);
    }
}
