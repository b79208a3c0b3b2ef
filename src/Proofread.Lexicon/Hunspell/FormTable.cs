using System.Buffers;
using System.IO.Compression;
using System.Text;

namespace Proofread.Lexicon.Hunspell;

/// <summary>
/// The expanded word forms of a dictionary with their <see cref="WordList.WordFlags"/>: UTF-8
/// bytes in one array, in ordinal order, under an open-addressing hash table built at load. No
/// string per form, so the compiled file (<see cref="Write"/>) loads with one read and one pass.
/// Immutable and thread-safe.
/// </summary>
internal sealed class FormTable
{
    private const uint Magic = 0x4C57_5250; // "PRWL"
    private const int FormatVersion = 1;

    private readonly byte[] _blob;
    private readonly int[] _offsets;
    private readonly WordList.WordFlags[] _flags;
    private readonly Utf8SpanSet _index;

    private FormTable(byte[] blob, int[] offsets, WordList.WordFlags[] flags)
    {
        _blob = blob;
        _offsets = offsets;
        _flags = flags;
        _index = Utf8SpanSet.FromOffsets(blob, offsets);
    }

    /// <summary>How many forms the table holds.</summary>
    public int Count => _flags.Length;

    /// <summary>A table of <paramref name="forms"/> (any order).</summary>
    public static FormTable Create(IEnumerable<KeyValuePair<string, WordList.WordFlags>> forms)
    {
        var sorted = forms.OrderBy(p => p.Key, StringComparer.Ordinal).ToArray();
        var offsets = new int[sorted.Length + 1];
        var flags = new WordList.WordFlags[sorted.Length];
        var blob = new ArrayBufferWriter<byte>(sorted.Length * 10);
        for (var i = 0; i < sorted.Length; i++)
        {
            flags[i] = sorted[i].Value;
            offsets[i] = blob.WrittenCount;
            Encoding.UTF8.GetBytes(sorted[i].Key, blob);
        }

        offsets[sorted.Length] = blob.WrittenCount;
        return new FormTable(blob.WrittenSpan.ToArray(), offsets, flags);
    }

    /// <summary>The flags of <paramref name="word"/> when the table holds it.</summary>
    public bool TryGetValue(ReadOnlySpan<char> word, out WordList.WordFlags flags)
    {
        var index = _index.IndexOf(word);
        flags = index >= 0 ? _flags[index] : WordList.WordFlags.None;
        return index >= 0;
    }

    /// <summary>The flags of form <paramref name="index"/> (ordinal order).</summary>
    public WordList.WordFlags FlagsAt(int index) => _flags[index];

    /// <summary>The UTF-8 bytes of form <paramref name="index"/>.</summary>
    public ReadOnlySpan<byte> BytesAt(int index) => _blob.AsSpan(_offsets[index], _offsets[index + 1] - _offsets[index]);

    /// <summary>Form <paramref name="index"/> as a string.</summary>
    public string FormAt(int index) => Encoding.UTF8.GetString(_blob, _offsets[index], _offsets[index + 1] - _offsets[index]);

    /// <summary>All forms with their flags, in ordinal order.</summary>
    public IEnumerable<(string Form, WordList.WordFlags Flags)> Entries()
    {
        for (var i = 0; i < _flags.Length; i++)
        {
            yield return (Encoding.UTF8.GetString(_blob, _offsets[i], _offsets[i + 1] - _offsets[i]), _flags[i]);
        }
    }

    /// <summary>
    /// Writes the table and <paramref name="compoundPieces"/> (gzip): magic, version, counts, the
    /// flag bytes, the form lengths (7-bit encoded), the UTF-8 bytes, then the compound pieces.
    /// Same forms in, same bytes out.
    /// </summary>
    public void Write(Stream stream, IReadOnlyDictionary<string, int[]> compoundPieces)
    {
        using var gzip = new GZipStream(stream, CompressionLevel.SmallestSize, leaveOpen: true);
        using var writer = new BinaryWriter(gzip, Encoding.UTF8, leaveOpen: true);
        writer.Write(Magic);
        writer.Write(FormatVersion);
        writer.Write(_flags.Length);
        writer.Write(_blob.Length);
        foreach (var f in _flags)
        {
            writer.Write((byte)f);
        }

        for (var i = 0; i < _flags.Length; i++)
        {
            writer.Write7BitEncodedInt(_offsets[i + 1] - _offsets[i]);
        }

        writer.Write(_blob);
        writer.Write(compoundPieces.Count);
        foreach (var (piece, flags) in compoundPieces.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            writer.Write(piece);
            writer.Write(flags.Length);
            foreach (var flag in flags)
            {
                writer.Write(flag);
            }
        }
    }

    /// <summary>Reads what <see cref="Write"/> wrote.</summary>
    /// <exception cref="InvalidDataException">The stream is not a compiled word list of this version.</exception>
    // No AggressiveOptimization: it would bypass the ReadyToRun code and JIT this at start-up.
    public static (FormTable Forms, Dictionary<string, int[]> CompoundPieces) Read(Stream stream)
    {
        using var gzip = new GZipStream(stream, CompressionMode.Decompress, leaveOpen: true);
        using var reader = new BinaryReader(gzip, Encoding.UTF8, leaveOpen: true);
        if (reader.ReadUInt32() != Magic || reader.ReadInt32() != FormatVersion)
        {
            throw new InvalidDataException("Not a compiled word list of format version " + FormatVersion + ".");
        }

        var count = reader.ReadInt32();
        var blobLength = reader.ReadInt32();
        var flags = new WordList.WordFlags[count];
        var flagBytes = reader.ReadBytes(count);
        for (var i = 0; i < count; i++)
        {
            flags[i] = (WordList.WordFlags)flagBytes[i];
        }

        var offsets = new int[count + 1];
        for (var i = 0; i < count; i++)
        {
            offsets[i + 1] = offsets[i] + reader.Read7BitEncodedInt();
        }

        var blob = reader.ReadBytes(blobLength);
        if (blob.Length != blobLength || offsets[count] != blobLength)
        {
            throw new InvalidDataException("Truncated compiled word list.");
        }

        var pieces = new Dictionary<string, int[]>(StringComparer.Ordinal);
        var pieceCount = reader.ReadInt32();
        for (var i = 0; i < pieceCount; i++)
        {
            var piece = reader.ReadString();
            var pieceFlags = new int[reader.ReadInt32()];
            for (var k = 0; k < pieceFlags.Length; k++)
            {
                pieceFlags[k] = reader.ReadInt32();
            }

            pieces[piece] = pieceFlags;
        }

        return (new FormTable(blob, offsets, flags), pieces);
    }
}
