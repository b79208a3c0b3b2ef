using System.Text;

namespace Proofread.Text;

/// <summary>
/// A file's decoded text together with how it was encoded, so that writing it back
/// reproduces every byte that no edit touched (encoding, byte-order mark, line endings).
/// </summary>
public sealed class SourceText
{
    private LineMap? _lines;

    /// <summary>Wraps already decoded text.</summary>
    public SourceText(string text, TextEncodingKind encoding = TextEncodingKind.Utf8)
    {
        Text = text;
        Encoding = encoding;
    }

    /// <summary>The decoded text; offsets everywhere count its UTF-16 code units.</summary>
    public string Text { get; }

    /// <summary>How the text was (and will be) encoded.</summary>
    public TextEncodingKind Encoding { get; }

    /// <summary>The number of UTF-16 code units.</summary>
    public int Length => Text.Length;

    /// <summary>Line and column lookups, built on first use.</summary>
    public LineMap Lines => _lines ??= LineMap.Create(Text);

    /// <summary>The text of <paramref name="span"/>.</summary>
    public string this[TextSpan span] => Text.Substring(span.Start, span.Length);

    /// <summary>A new source text with the same encoding and different content.</summary>
    public SourceText WithText(string text) => new(text, Encoding);

    /// <summary>Encodes <see cref="Text"/> exactly as the file was encoded, byte-order mark included.</summary>
    public byte[] Encode() => Encode(Text, Encoding);

    /// <summary>Encodes <paramref name="text"/> with <paramref name="encoding"/>, byte-order mark included.</summary>
    public static byte[] Encode(string text, TextEncodingKind encoding)
    {
        Encoding codec = encoding switch
        {
            TextEncodingKind.Utf8 or TextEncodingKind.Utf8WithBom => StrictUtf8,
            TextEncodingKind.Utf16LittleEndian => StrictUtf16Le,
            TextEncodingKind.Utf16BigEndian => StrictUtf16Be,
            _ => throw new ArgumentOutOfRangeException(nameof(encoding)),
        };
        var preamble = Preamble(encoding);
        var bytes = new byte[preamble.Length + codec.GetByteCount(text)];
        preamble.CopyTo(bytes);
        codec.GetBytes(text, bytes.AsSpan(preamble.Length));
        return bytes;
    }

    /// <summary>The byte-order mark written for <paramref name="encoding"/> (empty for plain UTF-8).</summary>
    public static ReadOnlySpan<byte> Preamble(TextEncodingKind encoding) => encoding switch
    {
        TextEncodingKind.Utf8WithBom => Utf8Bom,
        TextEncodingKind.Utf16LittleEndian => Utf16LeBom,
        TextEncodingKind.Utf16BigEndian => Utf16BeBom,
        _ => [],
    };

    internal static ReadOnlySpan<byte> Utf8Bom => [0xEF, 0xBB, 0xBF];
    internal static ReadOnlySpan<byte> Utf16LeBom => [0xFF, 0xFE];
    internal static ReadOnlySpan<byte> Utf16BeBom => [0xFE, 0xFF];

    // Strict codecs: a lone surrogate or a malformed sequence is an error, never a silent U+FFFD.
    internal static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    internal static readonly UnicodeEncoding StrictUtf16Le = new(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true);
    internal static readonly UnicodeEncoding StrictUtf16Be = new(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true);
}
