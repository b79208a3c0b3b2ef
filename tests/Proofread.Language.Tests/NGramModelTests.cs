using CsCheck;
using Proofread.Language.Tagging;
using Proofread.Language.Modeling;

namespace Proofread.Language.Tests;

public sealed class NGramModelTests : IDisposable
{
    private static readonly string[] Corpus =
    [
        "the cat sat on the mat .",
        "the dog sat on the rug .",
        "a cat saw the dog .",
        "the dog saw a cat on the mat .",
        "state media reported on Thursday .",
        "state media reported the news on Friday .",
        "the party congress met on Thursday .",
        "a dog sat on a mat .",
        "the cat ran .",
        "media reported that the cat sat .",
    ];

    private readonly string _dir = Directory.CreateTempSubdirectory("proofread-ngram-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private NGramModel BuildModel(int order, int minCount, int minWordCount = 1)
    {
        var corpus = Path.Combine(_dir, "corpus.txt");
        File.WriteAllLines(corpus, Corpus);
        var path = Path.Combine(_dir, $"o{order}-p{minCount}-w{minWordCount}.bin");
        NGramModelBuilder.Build([corpus], path, new NGramBuildOptions
        {
            Order = order,
            MinWordCount = minWordCount,
            Format = CorpusFormat.Tokenized,
            MinCounts = [1, .. Enumerable.Repeat(minCount, order - 1)],
        });
        return NGramModel.Load(path);
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(2, 1)]
    [InlineData(2, 2)]
    [InlineData(3, 1)]
    [InlineData(3, 2)]
    [InlineData(4, 1)]
    [InlineData(4, 2)]
    public void Every_distribution_sums_to_one(int order, int minCount)
    {
        var model = BuildModel(order, minCount);
        string[][] contexts = [[], ["the"], ["on", "the"], ["<s>"], ["reported", "on"], ["sat", "on", "a"], ["unseen", "words"], ["media", "reported", "that"]];
        foreach (var context in contexts)
        {
            var ids = context.Select(w => w == "<s>" ? NGramVocabulary.StartId : model.WordId(w)).ToArray();
            var sum = 0.0;
            for (var w = 0; w < model.VocabularySize; w++)
            {
                if (w != NGramVocabulary.StartId)
                {
                    sum += Math.Pow(10, model.LogProb(ids, w));
                }
            }

            Assert.True(Math.Abs(sum - 1) < 2e-3, $"order {order}, min count {minCount}, context '{string.Join(' ', context)}': sum {sum}");
        }
    }

    [Fact]
    public void Seen_continuations_beat_unseen_ones()
    {
        var model = BuildModel(3, 1);
        var ids = model.ToIds(["state", "media", "reported"], boundaries: false);
        Assert.True(model.LogProb(ids.AsSpan(0, 2), ids[2]) > model.LogProb(ids.AsSpan(0, 2), model.WordId("sat")));
        Assert.True(model.SentenceLogProb(["state", "media", "reported", "on", "Thursday", "."])
            > model.SentenceLogProb(["state", "media", "reported", "in", "Thursday", "."]));
    }

    [Fact]
    public void Words_are_normalised_and_unknown_words_share_one_id()
    {
        var model = BuildModel(2, 1);
        Assert.Equal(model.WordId("the"), model.WordId("The"));
        Assert.Equal("the", model.Word(model.WordId("THE")));
        Assert.Equal(NGramVocabulary.UnknownId, model.WordId("zebra"));
        Assert.Equal("<unk>", model.Word(NGramVocabulary.UnknownId));
        Assert.Equal("0000", NGramVocabulary.Normalize("1989"));
    }

    [Fact]
    public void Rare_words_become_the_unknown_word()
    {
        var model = BuildModel(2, 1, minWordCount: 2);
        Assert.Equal(NGramVocabulary.UnknownId, model.WordId("rug"));
        Assert.NotEqual(NGramVocabulary.UnknownId, model.WordId("cat"));
        Assert.True(model.LogProb([model.WordId("the")], NGramVocabulary.UnknownId) > -3);
    }

    [Fact]
    public void Substitution_delta_equals_the_difference_of_whole_sentences()
    {
        var model = BuildModel(3, 1);
        var vocabulary = Enumerable.Range(0, model.VocabularySize).Where(i => i != NGramVocabulary.StartId && i != NGramVocabulary.EndId).ToArray();
        var gen =
            from words in Gen.Int[0, vocabulary.Length - 1].Array[1, 12]
            from start in Gen.Int[1, words.Length]
            from length in Gen.Int[0, words.Length + 1 - start]
            from replacement in Gen.Int[0, vocabulary.Length - 1].Array[0, 4]
            select (words, start, length, replacement);
        gen.Sample(c =>
        {
            int[] ids = [NGramVocabulary.StartId, .. c.words.Select(i => vocabulary[i]), NGramVocabulary.EndId];
            var replacement = c.replacement.Select(i => vocabulary[i]).ToArray();
            int[] changed = [.. ids[..c.start], .. replacement, .. ids[(c.start + c.length)..]];
            var expected = model.SentenceLogProb(changed) - model.SentenceLogProb(ids);
            return Math.Abs(model.SubstitutionDelta(ids, c.start, c.length, replacement) - expected) < 1e-4;
        });
    }

    [Fact]
    public void Builds_are_byte_for_byte_deterministic()
    {
        var corpus = Path.Combine(_dir, "c.txt");
        File.WriteAllLines(corpus, Corpus);
        var a = Path.Combine(_dir, "a.bin");
        var b = Path.Combine(_dir, "b.bin");
        NGramModelBuilder.Build([corpus], 3, 2, a);
        NGramModelBuilder.Build([corpus], 3, 2, b);
        Assert.Equal(File.ReadAllBytes(a), File.ReadAllBytes(b));
    }

    [Fact]
    public void Info_describes_the_file()
    {
        var corpus = Path.Combine(_dir, "c.txt");
        File.WriteAllText(corpus, "The cat sat on the mat. The dog sat on the rug.\n\nA cat saw the dog.");
        var path = Path.Combine(_dir, "m.bin");
        var built = NGramModelBuilder.Build([corpus], 2, 1, path);
        var info = NGramModel.Load(path).Info;
        Assert.Equal(built, info with { NGramCounts = built.NGramCounts, MinCounts = built.MinCounts });
        Assert.Equal(built.NGramCounts, info.NGramCounts);
        Assert.Equal(2, info.Order);
        Assert.Equal(3, info.TrainingSentences);
        Assert.Equal(20, info.TrainingTokens);
        Assert.Equal(new FileInfo(path).Length, info.FileBytes);
    }

    [Fact]
    public void Perplexity_reports_each_sentence()
    {
        var model = BuildModel(2, 1);
        var report = model.Perplexity("The cat sat on the mat. A zebra sat.");
        Assert.Equal(2, report.Sentences.Count);
        Assert.Equal(8, report.Sentences[0].Predictions);
        Assert.Equal(1, report.Sentences[1].UnknownWords);
        Assert.Equal(report.Sentences.Sum(s => s.Log10Prob), report.Log10Prob, 9);
        Assert.True(report.Sentences[0].Perplexity < report.Sentences[1].Perplexity);
    }
}

public class ShippedModelTests
{
    [Fact]
    public void Default_word_model_prefers_the_original_wording()
    {
        var model = NGramModel.LoadDefault();
        Assert.Equal(3, model.Order);
        Assert.NotEqual(NGramVocabulary.UnknownId, model.WordId("congress"));
        string[] original = ["state", "media", "reported", "on", "Thursday", "."];
        string[] spun = ["talk", "about", "media", "reported", "in", "Thursday", "."];
        Assert.True(model.SentenceLogProb(original) > model.SentenceLogProb(spun));
        var ids = model.ToIds(["the", "World", "Health", "Organization", "said"]);
        var delta = model.SubstitutionDelta(ids, 2, 2, [model.WordId("Wellbeing"), model.WordId("Corporation")]);
        Assert.True(delta < -2, $"delta {delta}");
    }

    [Fact]
    public void Default_class_model_prefers_a_noun_in_a_noun_slot()
    {
        var classes = PosClassModel.LoadDefault();
        Assert.True(classes.SentenceLogProb([UniversalTag.Det, UniversalTag.Adj, UniversalTag.Noun, UniversalTag.Noun, UniversalTag.Verb, UniversalTag.Punct])
            > classes.SentenceLogProb([UniversalTag.Det, UniversalTag.Adj, UniversalTag.Verb, UniversalTag.Adv, UniversalTag.Noun, UniversalTag.Verb, UniversalTag.Punct]));
    }
}

public class TypographyTests
{
    [Theory]
    [InlineData("n\u2019t", "n't")]
    [InlineData("\u2019s", "'s")]
    [InlineData("\u201C", "\"")]
    [InlineData("\u2014", "--")]
    [InlineData("\u2013", "--")]
    [InlineData("\u2026", "...")]
    [InlineData("O\u2019Brien", "o'brien")]
    public void Curly_and_single_character_forms_read_as_the_corpus_spelling(string token, string expected)
    {
        Assert.Equal(expected, NGramVocabulary.Normalize(token));
        Assert.Equal(NGramVocabulary.Hash(expected), NGramVocabulary.Hash(token));
        Assert.Equal(NGramModel.LoadDefault().WordId(expected), NGramModel.LoadDefault().WordId(token));
    }

    [Fact]
    public void Tagger_reads_curly_clitics_like_straight_ones()
    {
        var tagger = PosTagger.LoadDefault();
        Assert.Equal(tagger.Tag(["They", "did", "n't", "go", "--", "really", "."]), tagger.Tag(["They", "did", "n\u2019t", "go", "\u2014", "really", "."]));
    }
}

public sealed class NGramModelErrorTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("proofread-ngram-errors-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void A_truncated_or_foreign_file_is_invalid_data()
    {
        var corpus = Path.Combine(_dir, "c.txt");
        File.WriteAllText(corpus, "The cat sat on the mat. The dog sat on the rug.");
        var model = Path.Combine(_dir, "m.bin");
        NGramModelBuilder.Build([corpus], 2, 1, model);
        var bytes = File.ReadAllBytes(model);
        var truncated = Path.Combine(_dir, "t.bin");
        File.WriteAllBytes(truncated, bytes[..(bytes.Length / 2)]);
        Assert.Throws<InvalidDataException>(() => NGramModel.Load(truncated));
        var foreign = Path.Combine(_dir, "f.bin");
        File.WriteAllText(foreign, "not a model at all, just some text");
        Assert.Throws<InvalidDataException>(() => NGramModel.Load(foreign));
    }

    [Fact]
    public void An_empty_corpus_or_an_order_above_four_is_refused()
    {
        var empty = Path.Combine(_dir, "empty.txt");
        File.WriteAllText(empty, "  \n\n ");
        Assert.Throws<InvalidDataException>(() => NGramModelBuilder.Build([empty], 3, 1, Path.Combine(_dir, "e.bin")));
        Assert.Throws<ArgumentOutOfRangeException>(() => NGramModelBuilder.Build([empty], 5, 1, Path.Combine(_dir, "e.bin")));
    }
}
