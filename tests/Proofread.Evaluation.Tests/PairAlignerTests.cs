using Proofread.Text;

namespace Proofread.Evaluation.Tests;

public sealed class PairAlignerTests
{
    [Fact]
    public void Identical_texts_have_no_substitutions()
    {
        Assert.Empty(PairAligner.Align("State media reported it.", "State media reported it."));
    }

    [Fact]
    public void A_one_word_swap_is_one_substitution_with_exact_spans()
    {
        var subs = PairAligner.Align("Talk about media reported on Thursday.", "State media reported on Thursday.");

        var sub = Assert.Single(subs);
        Assert.Equal(new TextSpan(0, 10), sub.Span);
        Assert.Equal("Talk about", sub.Spun);
        Assert.Equal<string>(["State"], sub.Originals);
    }

    [Fact]
    public void Separate_swaps_stay_separate_and_in_order()
    {
        var subs = PairAligner.Align(
            "The Eighth Get together Congress commenced in Tuesday.",
            "The Eighth Party Congress began on Tuesday.");

        Assert.Collection(
            subs,
            s => Assert.Equal(("Get together", "Party"), (s.Spun, s.Originals[0])),
            s => Assert.Equal(("commenced in", "began on"), (s.Spun, s.Originals[0])));
        Assert.Equal(11, subs[0].Span.Start);
    }

    [Fact]
    public void A_dropped_word_is_an_empty_span_where_it_stood()
    {
        var sub = Assert.Single(PairAligner.Align("He left the city.", "He quickly left the city."));

        Assert.Equal(new TextSpan(3, 0), sub.Span);
        Assert.Equal("quickly", sub.Originals[0]);
    }
}
