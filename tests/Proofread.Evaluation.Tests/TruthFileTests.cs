using Proofread.Text;

namespace Proofread.Evaluation.Tests;

public sealed class TruthFileTests
{
    [Fact]
    public void Lines_parse_into_substitutions_with_alternatives()
    {
        var subs = TruthFile.Parse("# comment\n4\t6\tstrict\tstrong|firm\n", "The strict rule", "t.tsv");

        var sub = Assert.Single(subs);
        Assert.Equal(new TextSpan(4, 6), sub.Span);
        Assert.Equal<string>(["strong", "firm"], sub.Originals);
    }

    [Fact]
    public void A_span_that_does_not_match_the_text_is_a_positioned_error()
    {
        var error = Assert.Throws<FormatException>(() => TruthFile.Parse("\n0\t3\tfoo\tbar\n", "The strict rule", "t.tsv"));

        Assert.Equal("t.tsv:2: the spun text at 0+3 is not 'foo'", error.Message);
    }
}
