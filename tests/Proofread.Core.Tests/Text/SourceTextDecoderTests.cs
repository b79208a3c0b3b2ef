using System.Text;
using CsCheck;
using Proofread.Text;

namespace Proofread.Tests.Text;

public class SourceTextDecoderTests
{
    private static byte[] Hex(string hex) => Convert.FromHexString(hex.Replace(" ", "", StringComparison.Ordinal));

    private static (SourceText? Text, string? Error) Decode(byte[] bytes)
    {
        var ok = SourceTextDecoder.TryDecode(bytes, out var text, out var error);
        Assert.Equal(ok, text is not null);
        Assert.Equal(ok, error is null);
        return (text, error);
    }

    [Theory]
    [InlineData("", "", TextEncodingKind.Utf8)]
    [InlineData("61 0D 0A 62", "a\r\nb", TextEncodingKind.Utf8)]
    [InlineData("EF BB BF", "", TextEncodingKind.Utf8WithBom)]
    [InlineData("EF BB BF 61 C3 A9", "aé", TextEncodingKind.Utf8WithBom)]
    [InlineData("EF BB BF EF BB BF 61", "\uFEFFa", TextEncodingKind.Utf8WithBom)] // a second mark is text
    [InlineData("FF FE", "", TextEncodingKind.Utf16LittleEndian)]
    [InlineData("FF FE 61 00 0D 00 3D D8 00 DE", "a\r😀", TextEncodingKind.Utf16LittleEndian)]
    [InlineData("FE FF 00 61 00 0A D8 3D DE 00", "a\n😀", TextEncodingKind.Utf16BigEndian)]
    [InlineData("1B 5B 33 31 6D 72 65 64 1B 5B 30 6D 0C 0B 09", "\u001B[31mred\u001B[0m\f\v\t", TextEncodingKind.Utf8)]
    public void Decodes_supported_encodings(string hex, string expected, TextEncodingKind encoding)
    {
        var bytes = Hex(hex);
        var (text, _) = Decode(bytes);
        Assert.Equal(expected, text!.Text);
        Assert.Equal(encoding, text.Encoding);
        Assert.Equal(bytes, text.Encode());
    }

    [Theory]
    [InlineData("FF FE 00 00 61 00 00 00", "UTF-32 is not supported")]
    [InlineData("00 00 FE FF 00 00 00 61", "UTF-32 is not supported")]
    [InlineData("FF FE 00 00", "UTF-32 is not supported")]
    [InlineData("61 00 62", "binary file")]                           // NUL
    [InlineData("89 50 4E 47 0D 0A 1A 0A 00 00 00 0D", "binary file")] // PNG header
    [InlineData("01 02 03 61 62 63 64 65 66 67", "binary file")]       // 30 % controls
    [InlineData("FF FE 61 00 00 00 62 00", "binary file")]             // UTF-16 NUL character
    [InlineData("FE FF 00 01 00 02 00 61", "binary file")]
    [InlineData("EF BB BF 61 00", "binary file")]
    [InlineData("61 62 FF 63", "invalid UTF-8 at byte 2 (line 1)")]
    [InlineData("61 0A 62 0D 0A 63 0D 64 C3", "invalid UTF-8 at byte 8 (line 4)")]    // truncated sequence at the end
    [InlineData("61 0A C0 AF", "invalid UTF-8 at byte 2 (line 2)")]                   // overlong "/"
    [InlineData("61 0D ED A0 80", "invalid UTF-8 at byte 2 (line 2)")]                // encoded surrogate; lone CR counts as a line end
    [InlineData("EF BB BF 61 0A 80", "invalid UTF-8 at byte 5 (line 2)")]             // offset counts the BOM
    [InlineData("FF FE 61 00 0A 00 00 D8 62 00", "invalid UTF-16 at byte 6 (line 2): lone surrogate")]
    [InlineData("FF FE 61 00 00 DC", "invalid UTF-16 at byte 4 (line 1): lone surrogate")]
    [InlineData("FE FF 00 61 D8 00", "invalid UTF-16 at byte 4 (line 1): lone surrogate")] // high surrogate at the end
    [InlineData("FF FE 61 00 62", "invalid UTF-16 at byte 4 (line 1): odd number of bytes")]
    public void Refuses_with_a_precise_reason(string hex, string expected)
    {
        Assert.Equal(expected, Decode(Hex(hex)).Error);
    }

    [Fact]
    public void Binary_share_threshold_is_one_in_ten()
    {
        // 1 control in 10 bytes is text (a form of backspace overstrike); 2 in 10 is binary.
        Assert.Null(Decode(Encoding.ASCII.GetBytes("abcd\befghi")).Error);
        Assert.Equal("binary file", Decode(Encoding.ASCII.GetBytes("abc\bdefg\bi")).Error);
    }

    [Fact]
    public void Control_share_is_measured_on_the_first_8_KB_only()
    {
        var bytes = new byte[20_000];
        bytes.AsSpan().Fill((byte)'a');
        bytes.AsSpan(10_000, 5_000).Fill(0x01);
        Assert.Null(Decode(bytes).Error);
        bytes.AsSpan(100, 1_000).Fill(0x01);
        Assert.Equal("binary file", Decode(bytes).Error);
    }

    [Fact]
    public void A_NUL_anywhere_is_binary()
    {
        var bytes = Encoding.UTF8.GetBytes(new string('a', 100_000) + "\0");
        Assert.Equal("binary file", Decode(bytes).Error);
    }

    [Fact]
    public void Invalid_UTF8_far_into_a_file_names_its_byte_and_line()
    {
        var text = string.Concat(Enumerable.Repeat("line of text é\r\n", 1000));
        var bytes = Encoding.UTF8.GetBytes(text).Concat(new byte[] { 0x61, 0xE2, 0x82 }).ToArray();
        Assert.Equal($"invalid UTF-8 at byte {bytes.Length - 2} (line 1001)", Decode(bytes).Error);
    }

    [Fact]
    public void A_one_megabyte_single_line_decodes()
    {
        var bytes = Encoding.UTF8.GetBytes(new string('x', 1 << 20));
        var (text, _) = Decode(bytes);
        Assert.Equal(1 << 20, text!.Length);
        Assert.Equal(1, text.Lines.LineCount);
    }

    public static TheoryData<TextEncodingKind> Encodings =>
        [TextEncodingKind.Utf8, TextEncodingKind.Utf8WithBom, TextEncodingKind.Utf16LittleEndian, TextEncodingKind.Utf16BigEndian];

    [Theory]
    [MemberData(nameof(Encodings))]
    public void Encode_then_decode_reproduces_text_and_bytes(TextEncodingKind encoding)
    {
        TextGen.Text.Sample(original =>
        {
            var bytes = SourceText.Encode(original, encoding);
            Assert.True(SourceTextDecoder.TryDecode(bytes, out var text, out var error), error);

            // A UTF-8 text that starts with U+FEFF is, once written, a file with a byte-order mark.
            var expectedEncoding = encoding == TextEncodingKind.Utf8 && original.StartsWith('\uFEFF') ? TextEncodingKind.Utf8WithBom : encoding;
            var expectedText = expectedEncoding != encoding ? original[1..] : original;
            Assert.Equal(expectedText, text!.Text);
            Assert.Equal(expectedEncoding, text.Encoding);
            Assert.Equal(bytes, text.Encode());
        }, iter: 1000);
    }

    [Fact]
    public void Any_bytes_either_fail_cleanly_or_re_encode_exactly()
    {
        // Random bytes, often led by a byte-order mark, biased towards ASCII text and line ends.
        var body = Gen.Frequency(
            (8, Gen.Byte[0x20, 0x7E]),
            (2, Gen.OneOf<byte>(0x0A, 0x0D)),
            (2, Gen.Byte)).Array[0, 64];
        var prefix = Gen.OneOf<byte[]>([], [0xEF, 0xBB, 0xBF], [0xFF, 0xFE], [0xFE, 0xFF], [0xFF, 0xFE, 0x00, 0x00], [0xC3, 0xA9]);
        Gen.Select(prefix, body, (p, b) => p.Concat(b).ToArray()).Sample(bytes =>
        {
            if (SourceTextDecoder.TryDecode(bytes, out var text, out var error))
            {
                Assert.Equal(bytes, text!.Encode());
            }
            else
            {
                Assert.Matches(@"^(binary file|UTF-32 is not supported|invalid UTF-(8|16) at byte \d+ \(line \d+\)(: (lone surrogate|odd number of bytes))?)$", error);
            }
        }, iter: 5000);
    }
}
