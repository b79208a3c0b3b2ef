using Proofread.Text;

namespace Proofread.Tests.Text;

public class TextSpanTests
{
    [Fact]
    public void FromBounds_gives_start_length_and_end()
    {
        var span = TextSpan.FromBounds(3, 8);
        Assert.Equal(new TextSpan(3, 5), span);
        Assert.Equal(8, span.End);
        Assert.False(span.IsEmpty);
        Assert.True(TextSpan.FromBounds(4, 4).IsEmpty);
        Assert.Equal("[3..8)", span.ToString());
    }

    [Fact]
    public void FromBounds_rejects_negative_start_and_reversed_bounds()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => TextSpan.FromBounds(-1, 2));
        Assert.Throws<ArgumentOutOfRangeException>(() => TextSpan.FromBounds(5, 4));
    }

    [Theory]
    [InlineData(0, 5, 4, 2, true)]
    [InlineData(0, 5, 5, 2, false)] // touching is not overlapping
    [InlineData(5, 2, 0, 5, false)]
    [InlineData(0, 10, 3, 1, true)]
    [InlineData(0, 10, 3, 0, false)] // an empty span shares no character with anything
    [InlineData(3, 0, 3, 0, false)]
    public void OverlapsWith_is_half_open(int s1, int l1, int s2, int l2, bool expected)
    {
        Assert.Equal(expected, new TextSpan(s1, l1).OverlapsWith(new TextSpan(s2, l2)));
        Assert.Equal(expected, new TextSpan(s2, l2).OverlapsWith(new TextSpan(s1, l1)));
    }

    [Fact]
    public void Contains_span_and_position()
    {
        var span = new TextSpan(2, 3);
        Assert.True(span.Contains(new TextSpan(2, 3)));
        Assert.True(span.Contains(new TextSpan(5, 0)));
        Assert.False(span.Contains(new TextSpan(4, 2)));
        Assert.True(span.Contains(2));
        Assert.True(span.Contains(4));
        Assert.False(span.Contains(5));
        Assert.False(span.Contains(1));
    }

    [Fact]
    public void Ordering_is_by_start_then_length()
    {
        TextSpan[] spans = [new(5, 1), new(2, 4), new(2, 1), new(0, 9)];
        Array.Sort(spans);
        Assert.Equal([new(0, 9), new(2, 1), new(2, 4), new(5, 1)], spans);
        Assert.True(new TextSpan(2, 1) < new TextSpan(2, 4));
        Assert.True(new TextSpan(3, 0) > new TextSpan(2, 9));
        Assert.True(new TextSpan(3, 0) >= new TextSpan(3, 0));
        Assert.True(new TextSpan(3, 0) <= new TextSpan(3, 1));
    }
}
