using Proofread.Language.Modeling;
using Proofread.Lexicon.Thesaurus;

namespace Proofread.Spin.Tests;

public sealed class SpinPrunerTests
{
    private static readonly NGramModel Language = NGramModel.LoadDefault();

    [Fact]
    public void Each_feature_says_what_pruning_knows_of_the_proposal()
    {
        var proposal = new Proposal
        {
            Start = 3,
            Length = 2,
            Text = new CandidateText("said", Language),
            Sources = CandidateSource.Thesaurus | CandidateSource.Document,
            Strength = 0.75f,
            Info = PairInfo.Moby | PairInfo.WordNet | PairInfo.Verb,
            ChannelRank = 5,
            DocumentContext = 2,
            Delta = 9.5,
        };
        var x = new float[SpinPruner.Count];

        SpinPruner.Fill(x, proposal, bestDelta: 12, spanCandidates: 7, Language);

        var unigram = Language.LogProb([], Language.WordId("said"));
        float[] expected =
        [
            8, 0.75f, 0.75f, 1, 0, 1, 1, 0,
            1, 0, 1, 1, unigram, -1, 2, MathF.Log(3), -2.5f,
            MathF.Log(8),
            10, 8, 7, 6, 4,
            8, 0, 8, 8, 0, 6,
            MathF.Max(unigram + 6, 0), MathF.Max(unigram + 5, 0), MathF.Max(unigram + 4, 0), MathF.Max(unigram + 3, 0),
            unigram, unigram, 0,
        ];
        Assert.Equal(expected, x);
    }

    [Fact]
    public void Untrained_it_orders_a_span_by_the_language_model_alone()
    {
        float[] better = [2.5f, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -6, 0, 1, 0, 0, 1, .. new float[SpinPruner.Count - 18]];
        float[] worse = [1.5f, .. Enumerable.Repeat(1f, SpinPruner.Count - 1)];

        Assert.Equal(2.5, SpinPruner.Untrained.Score(better), 6);
        Assert.True(SpinPruner.Untrained.Score(better) > SpinPruner.Untrained.Score(worse));
    }

    [Fact]
    public void The_shipped_pruner_ranks_a_strong_synonym_above_an_unrelated_document_word_the_model_likes_as_much()
    {
        var pruner = SpinResources.LoadDefault().Pruner;
        var synonym = new Proposal
        {
            Start = 3,
            Length = 1,
            Text = new CandidateText("said", Language),
            Sources = CandidateSource.Thesaurus,
            Strength = 0.6f,
            Info = PairInfo.Moby | PairInfo.MyThes | PairInfo.WordNet | PairInfo.AnyPos,
            ChannelRank = 1,
            Delta = 1.5,
        };
        var documentOnly = synonym with { Sources = CandidateSource.Document, Strength = 0, Info = 0, ChannelRank = SpinResources.NoChannel, DocumentContext = 1 };

        Assert.True(Score(synonym) > Score(documentOnly));

        double Score(Proposal p)
        {
            var x = new float[SpinPruner.Count];
            SpinPruner.Fill(x, p, bestDelta: 2, spanCandidates: 20, Language);
            return pruner.Score(x);
        }
    }
}
