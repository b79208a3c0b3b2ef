namespace Proofread.Text;

/// <summary>The encodings Proofread reads and writes back unchanged.</summary>
public enum TextEncodingKind
{
    /// <summary>UTF-8 without a byte-order mark.</summary>
    Utf8,

    /// <summary>UTF-8 with the EF BB BF byte-order mark.</summary>
    Utf8WithBom,

    /// <summary>UTF-16 little-endian with the FF FE byte-order mark.</summary>
    Utf16LittleEndian,

    /// <summary>UTF-16 big-endian with the FE FF byte-order mark.</summary>
    Utf16BigEndian,
}
