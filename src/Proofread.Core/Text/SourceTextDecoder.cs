using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace Proofread.Text;

/// <summary>Decodes file bytes into a <see cref="SourceText"/>, refusing binary or undecodable input.</summary>
/// <remarks>
/// Accepted: UTF-8 with or without a byte-order mark, UTF-16 little- or big-endian with a byte-order
/// mark. Whatever it accepts, <see cref="SourceText.Encode()"/> writes back byte for byte, so the
/// decoder never repairs anything: a malformed sequence is an error, never a silent U+FFFD.
/// </remarks>
public static class SourceTextDecoder
{
    /// <summary>How many leading bytes the binary check looks at for control characters.</summary>
    public const int BinarySniffLength = 8 * 1024;

    /// <summary>The error for input that looks binary.</summary>
    public const string BinaryFileError = "binary file";

    /// <summary>The error for input with a UTF-32 byte-order mark.</summary>
    public const string Utf32Error = "UTF-32 is not supported";

    /// <summary>
    /// Decodes <paramref name="bytes"/>. On failure returns false with a one-line reason:
    /// "binary file", "UTF-32 is not supported", "invalid UTF-8 at byte 1234 (line 7)",
    /// "invalid UTF-16 at byte 56 (line 2): lone surrogate". Byte offsets are 0-based and count
    /// from the start of the input, byte-order mark included; lines are 1-based.
    /// </summary>
    /// <remarks>
    /// Input is binary when it holds a NUL character anywhere, or when more than a tenth of its
    /// first <see cref="BinarySniffLength"/> bytes (4,096 characters for UTF-16) are control
    /// characters other than tab, line feed, vertical tab, form feed, carriage return and escape.
    /// Empty input decodes to an empty UTF-8 text.
    /// </remarks>
    public static bool TryDecode(ReadOnlySpan<byte> bytes, out SourceText? text, out string? error)
    {
        text = null;
        if (bytes.StartsWith(Utf32LeBom) || bytes.StartsWith(Utf32BeBom))
        {
            // Checked before UTF-16: the UTF-32 LE mark begins with the UTF-16 LE mark.
            error = Utf32Error;
            return false;
        }

        if (bytes.StartsWith(SourceText.Utf8Bom))
        {
            return TryDecodeUtf8(bytes, SourceText.Utf8Bom.Length, TextEncodingKind.Utf8WithBom, out text, out error);
        }

        if (bytes.StartsWith(SourceText.Utf16LeBom))
        {
            return TryDecodeUtf16(bytes, bigEndian: false, out text, out error);
        }

        if (bytes.StartsWith(SourceText.Utf16BeBom))
        {
            return TryDecodeUtf16(bytes, bigEndian: true, out text, out error);
        }

        return TryDecodeUtf8(bytes, 0, TextEncodingKind.Utf8, out text, out error);
    }

    private static ReadOnlySpan<byte> Utf32LeBom => [0xFF, 0xFE, 0x00, 0x00];

    private static ReadOnlySpan<byte> Utf32BeBom => [0x00, 0x00, 0xFE, 0xFF];

    private static bool TryDecodeUtf8(ReadOnlySpan<byte> bytes, int bomLength, TextEncodingKind kind, out SourceText? text, out string? error)
    {
        text = null;
        var body = bytes[bomLength..];
        if (LooksBinary(body))
        {
            error = BinaryFileError;
            return false;
        }

        if (!Utf8.IsValid(body))
        {
            var at = bomLength + FirstInvalidUtf8(body);
            error = $"invalid UTF-8 at byte {at} (line {LineOfByte(bytes, bomLength, at)})";
            return false;
        }

        text = new SourceText(SourceText.StrictUtf8.GetString(body), kind);
        error = null;
        return true;
    }

    private static bool TryDecodeUtf16(ReadOnlySpan<byte> bytes, bool bigEndian, out SourceText? text, out string? error)
    {
        text = null;
        const int bomLength = 2;
        var body = bytes[bomLength..];
        var chars = new char[body.Length / 2];
        for (var i = 0; i < chars.Length; i++)
        {
            int a = body[2 * i], b = body[(2 * i) + 1];
            chars[i] = (char)(bigEndian ? (a << 8) | b : (b << 8) | a);
        }

        if (LooksBinary(chars))
        {
            error = BinaryFileError;
            return false;
        }

        if (body.Length % 2 != 0)
        {
            var at = bytes.Length - 1;
            error = $"invalid UTF-16 at byte {at} (line {LineOfChar(chars, chars.Length)}): odd number of bytes";
            return false;
        }

        var lone = FirstLoneSurrogate(chars);
        if (lone >= 0)
        {
            error = $"invalid UTF-16 at byte {bomLength + (2 * lone)} (line {LineOfChar(chars, lone)}): lone surrogate";
            return false;
        }

        text = new SourceText(new string(chars), bigEndian ? TextEncodingKind.Utf16BigEndian : TextEncodingKind.Utf16LittleEndian);
        error = null;
        return true;
    }

    private static bool LooksBinary(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Contains((byte)0))
        {
            return true;
        }

        var sniff = bytes[..Math.Min(bytes.Length, BinarySniffLength)];
        var suspicious = sniff.ContainsAny(SuspiciousBytes) ? CountSuspicious(sniff) : 0;
        return suspicious * 10 > sniff.Length;
    }

    private static int CountSuspicious(ReadOnlySpan<byte> sniff)
    {
        var count = 0;
        foreach (var b in sniff)
        {
            if (IsSuspicious(b))
            {
                count++;
            }
        }

        return count;
    }

    private static bool LooksBinary(ReadOnlySpan<char> chars)
    {
        if (chars.Contains('\0'))
        {
            return true;
        }

        var sniff = chars[..Math.Min(chars.Length, BinarySniffLength / 2)];
        var suspicious = 0;
        foreach (var c in sniff)
        {
            if (c < 0x80 && IsSuspicious((byte)c))
            {
                suspicious++;
            }
        }

        return suspicious * 10 > sniff.Length;
    }

    // C0 controls and DEL, except the ones text files really contain: \t \n \v \f \r and ESC (ANSI colours).
    private static bool IsSuspicious(byte b) => (b < 0x20 && b is not ((byte)'\t' or (byte)'\n' or 0x0B or 0x0C or (byte)'\r' or 0x1B)) || b == 0x7F;

    private static readonly SearchValues<byte> SuspiciousBytes = SearchValues.Create(
        [0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08, 0x0E, 0x0F, 0x10, 0x11, 0x12, 0x13, 0x14, 0x15, 0x16, 0x17, 0x18, 0x19, 0x1A, 0x1C, 0x1D, 0x1E, 0x1F, 0x7F]);

    /// <summary>The offset in <paramref name="bytes"/> of the first byte of the first malformed UTF-8 sequence.</summary>
    private static int FirstInvalidUtf8(ReadOnlySpan<byte> bytes)
    {
        var offset = 0;
        while (offset < bytes.Length)
        {
            var status = Rune.DecodeFromUtf8(bytes[offset..], out _, out var consumed);
            if (status != OperationStatus.Done)
            {
                return offset;
            }

            offset += consumed;
        }

        return bytes.Length;
    }

    private static int FirstLoneSurrogate(ReadOnlySpan<char> chars)
    {
        for (var i = 0; i < chars.Length; i++)
        {
            var c = chars[i];
            if (char.IsHighSurrogate(c) && i + 1 < chars.Length && char.IsLowSurrogate(chars[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(c))
            {
                return i;
            }
        }

        return -1;
    }

    // Lines counted as LineMap counts them: "\r\n", "\n" and a lone "\r" each end one.
    private static int LineOfByte(ReadOnlySpan<byte> bytes, int start, int offset)
    {
        var line = 1;
        for (var i = start; i < offset; i++)
        {
            if (bytes[i] == '\n' || (bytes[i] == '\r' && (i + 1 >= bytes.Length || bytes[i + 1] != '\n')))
            {
                line++;
            }
        }

        return line;
    }

    private static int LineOfChar(ReadOnlySpan<char> chars, int offset)
    {
        var line = 1;
        for (var i = 0; i < offset; i++)
        {
            if (chars[i] == '\n' || (chars[i] == '\r' && (i + 1 >= chars.Length || chars[i + 1] != '\n')))
            {
                line++;
            }
        }

        return line;
    }
}
