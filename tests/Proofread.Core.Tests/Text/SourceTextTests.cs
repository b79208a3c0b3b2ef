using Proofread.Text;

namespace Proofread.Tests.Text;

public class SourceTextTests
{
    [Fact]
    public void Indexer_length_and_lines()
    {
        var source = new SourceText("one\r\ntwo");
        Assert.Equal(8, source.Length);
        Assert.Equal("two", source[new TextSpan(5, 3)]);
        Assert.Equal(new LinePosition(2, 2), source.Lines.GetPosition(6));
        Assert.Same(source.Lines, source.Lines);
    }

    [Fact]
    public void WithText_keeps_the_encoding()
    {
        var source = new SourceText("a", TextEncodingKind.Utf16BigEndian).WithText("b");
        Assert.Equal("b", source.Text);
        Assert.Equal(TextEncodingKind.Utf16BigEndian, source.Encoding);
    }

    [Theory]
    [InlineData(TextEncodingKind.Utf8, "61-0D-0A-C3-A9")]
    [InlineData(TextEncodingKind.Utf8WithBom, "EF-BB-BF-61-0D-0A-C3-A9")]
    [InlineData(TextEncodingKind.Utf16LittleEndian, "FF-FE-61-00-0D-00-0A-00-E9-00")]
    [InlineData(TextEncodingKind.Utf16BigEndian, "FE-FF-00-61-00-0D-00-0A-00-E9")]
    public void Encode_writes_the_byte_order_mark_and_the_text(TextEncodingKind encoding, string hex)
    {
        Assert.Equal(hex, BitConverter.ToString(new SourceText("a\r\né", encoding).Encode()));
    }

    [Fact]
    public void Encode_refuses_a_lone_surrogate_instead_of_writing_a_replacement()
    {
        Assert.ThrowsAny<ArgumentException>(() => new SourceText("a\uD800b").Encode());
        Assert.ThrowsAny<ArgumentException>(() => new SourceText("a\uDC00", TextEncodingKind.Utf16LittleEndian).Encode());
    }
}
