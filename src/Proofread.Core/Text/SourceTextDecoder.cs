namespace Proofread.Text;

/// <summary>Decodes file bytes into a <see cref="SourceText"/>, refusing binary or undecodable input.</summary>
public static class SourceTextDecoder
{
    /// <summary>
    /// Decodes <paramref name="bytes"/>. On failure returns false with a one-line reason
    /// ("binary file", "invalid UTF-8 at byte 17", …).
    /// </summary>
    public static bool TryDecode(ReadOnlySpan<byte> bytes, out SourceText? text, out string? error)
    {
        // Stub: strict UTF-8 only. Replaced by the full decoder (BOMs, UTF-16, binary detection).
        try
        {
            text = new SourceText(SourceText.StrictUtf8.GetString(bytes));
            error = null;
            return true;
        }
        catch (System.Text.DecoderFallbackException)
        {
            text = null;
            error = "invalid UTF-8";
            return false;
        }
    }
}
