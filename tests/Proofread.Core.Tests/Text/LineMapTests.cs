using System.Text.RegularExpressions;
using CsCheck;
using Proofread.Text;

namespace Proofread.Tests.Text;

public class LineMapTests
{
    [Theory]
    [InlineData("", 1)]
    [InlineData("a", 1)]
    [InlineData("a\n", 2)]
    [InlineData("a\r\nb", 2)]
    [InlineData("a\rb", 2)]
    [InlineData("a\n\rb", 3)]   // LF then a lone CR: two line ends
    [InlineData("\r\n\r\n", 3)]
    [InlineData("a\r\r\nb", 3)] // lone CR, then CRLF
    public void Counts_lines_like_an_editor(string text, int lines)
    {
        Assert.Equal(lines, LineMap.Create(text).LineCount);
    }

    [Fact]
    public void Positions_in_mixed_line_endings()
    {
        // Lines:        1: "ab"  2: "c"  3: "de"  4: ""
        var map = LineMap.Create("ab\r\nc\rde\n");
        Assert.Equal(new LinePosition(1, 1), map.GetPosition(0));
        Assert.Equal(new LinePosition(1, 3), map.GetPosition(2));  // the CR
        Assert.Equal(new LinePosition(1, 4), map.GetPosition(3));  // the LF of CRLF
        Assert.Equal(new LinePosition(2, 1), map.GetPosition(4));
        Assert.Equal(new LinePosition(2, 2), map.GetPosition(5));  // lone CR
        Assert.Equal(new LinePosition(3, 1), map.GetPosition(6));
        Assert.Equal(new LinePosition(3, 3), map.GetPosition(8));  // LF
        Assert.Equal(new LinePosition(4, 1), map.GetPosition(9));  // end of text
        Assert.Equal(9, map.GetOffset(new LinePosition(4, 1)));
        Assert.Equal(6, map.LineStart(3));
        Assert.Equal("3:2", map.GetPosition(7).ToString());
    }

    [Fact]
    public void Rejects_positions_outside_the_text()
    {
        var map = LineMap.Create("ab\ncd");
        Assert.Throws<ArgumentOutOfRangeException>(() => map.GetPosition(-1));
        Assert.Throws<ArgumentOutOfRangeException>(() => map.GetPosition(6));
        Assert.Throws<ArgumentOutOfRangeException>(() => map.LineStart(0));
        Assert.Throws<ArgumentOutOfRangeException>(() => map.LineStart(3));
        Assert.Throws<ArgumentOutOfRangeException>(() => map.GetOffset(new LinePosition(2, 0)));
        Assert.Throws<ArgumentOutOfRangeException>(() => map.GetOffset(new LinePosition(2, 4)));
    }

    [Fact]
    public void Offset_to_position_and_back_round_trips_on_random_text()
    {
        TextGen.Text.Sample(text =>
        {
            var map = LineMap.Create(text);
            for (var offset = 0; offset <= text.Length; offset++)
            {
                var position = map.GetPosition(offset);
                Assert.Equal(offset, map.GetOffset(position));
                Assert.InRange(position.Line, 1, map.LineCount);
            }
        }, iter: 500);
    }

    [Fact]
    public void Lines_match_an_independent_split_on_random_text()
    {
        TextGen.Text.Sample(text =>
        {
            var expected = Regex.Split(text, "\r\n|\r|\n");
            var map = LineMap.Create(text);
            Assert.Equal(expected.Length, map.LineCount);
            for (var line = 1; line <= map.LineCount; line++)
            {
                var start = map.LineStart(line);
                Assert.Equal(new LinePosition(line, 1), map.GetPosition(start));
                Assert.StartsWith(expected[line - 1], text[start..], StringComparison.Ordinal);
            }
        }, iter: 500);
    }
}
