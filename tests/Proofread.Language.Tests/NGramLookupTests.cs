using CsCheck;
using Proofread.Language.Modeling;
using Proofread.Language.Text;

namespace Proofread.Language.Tests;

/// <summary>The optimised LogProb agrees bit for bit with its straightforward specification.</summary>
public sealed class NGramLookupTests
{
    [Fact]
    public void LogProb_equals_the_reference_on_random_ids()
    {
        var model = NGramModel.LoadDefault();
        Gen.Int[0, model.VocabularySize - 1].Array[0, 5].Select(Gen.Int[0, model.VocabularySize - 1])
            .Sample((context, word) => model.LogProb(context, word) == model.LogProbReference(context, word), iter: 20_000);
    }

    [Fact]
    public void LogProb_equals_the_reference_on_real_text()
    {
        // Real text reaches the long-context hits that random ids almost never do.
        var model = NGramModel.LoadDefault();
        const string Text = "The World Health Organization said on Thursday that the virus is expected to spread. " +
                            "State media reported that delegates met at the Eighth Party Congress in Pyongyang. " +
                            "It was the first time in five years that the congress had met, and the second since 1980.";
        var hits = 0;
        foreach (var sentence in CorpusTokenizer.Sentences(Text))
        {
            var ids = model.ToIds(sentence);
            for (var i = 1; i < ids.Length; i++)
            {
                for (var start = 0; start <= i; start++)
                {
                    var context = ids.AsSpan(start, i - start);
                    var fast = model.LogProb(context, ids[i]);
                    Assert.Equal(model.LogProbReference(context, ids[i]), fast);
                    hits++;
                }
            }
        }

        Assert.True(hits > 500, hits.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void LogProb_equals_the_reference_on_small_models(int order)
    {
        var dir = Directory.CreateTempSubdirectory("proofread-lookup-").FullName;
        try
        {
            var corpus = Path.Combine(dir, "c.txt");
            File.WriteAllText(corpus, "the cat sat on the mat . the dog sat on the mat .\nthe cat saw the dog on the rug .\n");
            var path = Path.Combine(dir, "m.bin");
            NGramModelBuilder.Build([corpus], order, 1, path);
            var model = NGramModel.Load(path);
            Gen.Int[0, model.VocabularySize - 1].Array[0, 5].Select(Gen.Int[0, model.VocabularySize - 1])
                .Sample((context, word) => model.LogProb(context, word) == model.LogProbReference(context, word), iter: 5_000);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
