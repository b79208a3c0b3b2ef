using System.Buffers;
using System.Collections.Concurrent;
using System.IO.MemoryMappedFiles;
using System.Runtime.InteropServices;
using System.Text;

namespace Proofread.Lexicon.Hunspell;

/// <summary>
/// The expanded word forms of one or more dictionaries with their <see cref="WordList.WordFlags"/>,
/// as flat arrays used in place from a memory-mapped file: the union of the forms' UTF-8 bytes in
/// ordinal order, an open-addressing hash table over them, and one flag column per dictionary
/// (0 = not in that dictionary). en_US and en_GB share one file: their .aff files are identical
/// and their forms overlap almost entirely. Nothing is decoded or built at load. Immutable and
/// thread-safe; the memory lives until the process ends.
/// </summary>
internal sealed unsafe class FormTable
{
    // Layout (little-endian; sections start at multiples of 8): header (magic, version, union
    // count, blob length, hash slots, columns); per column 32 bytes: name (16 bytes ASCII, zero
    // padded), form count, flags offset, compound-pieces offset and length; then the form offsets
    // [count + 1], the hash slots (form index + 1) [slots], the UTF-8 blob, each column's flags
    // [count] and each column's compound pieces (BinaryWriter: count, then string, int count, ints).
    private const uint Magic = 0x4C57_5250; // "PRWL"
    private const int FormatVersion = 2;
    private const int HeaderLength = 24;
    private const int ColumnLength = 32;
    private const int NameLength = 16;

    private static readonly ConcurrentDictionary<string, Lazy<Mapping>> Mapped = new(StringComparer.Ordinal);
    private static readonly ConcurrentBag<object> Pinned = [];

    private readonly int _unionCount;
    private readonly int _mask;
    private readonly int* _offsets;
    private readonly int* _slots;
    private readonly byte* _blob;
    private readonly byte* _flags;

    private readonly Mapping _mapping;

    private FormTable(Mapping mapping, int column)
    {
        _mapping = mapping;
        _unionCount = mapping.Count;
        _mask = mapping.Slots - 1;
        _offsets = mapping.Offsets;
        _slots = mapping.SlotTable;
        _blob = mapping.Blob;
        var c = mapping.Columns[column];
        _flags = mapping.Base + c.FlagsAt;
        Count = c.FormCount;
        CompoundPieces = c.CompoundPieces;
    }

    /// <summary>How many forms this dictionary holds.</summary>
    public int Count { get; }

    /// <summary>How many form slots to walk (<see cref="FlagsAt"/> is 0 for forms of the other dictionaries).</summary>
    public int SlotCount => _unionCount;

    /// <summary>Compound-rule pieces (form → flags) of this dictionary.</summary>
    public Dictionary<string, int[]> CompoundPieces { get; }

    /// <summary>
    /// The forms of dictionary <paramref name="name"/> (null: the first) from a compiled file,
    /// memory-mapped once per process and shared by every dictionary in it.
    /// </summary>
    /// <exception cref="InvalidDataException">The file is not a compiled word list of this format, or lacks <paramref name="name"/>.</exception>
    public static FormTable Open(string path, string? name)
    {
        var mapping = Mapped.GetOrAdd(Path.GetFullPath(path), p => new Lazy<Mapping>(() => Mapping.FromFile(p), LazyThreadSafetyMode.ExecutionAndPublication)).Value;
        return new FormTable(mapping, mapping.ColumnOf(name));
    }

    /// <summary>Reads a compiled word list from <paramref name="stream"/> (copied to pinned memory).</summary>
    /// <exception cref="InvalidDataException">The stream is not a compiled word list of this format, or lacks <paramref name="name"/>.</exception>
    public static FormTable Read(Stream stream, string? name)
    {
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        var bytes = GC.AllocateUninitializedArray<byte>((int)copy.Length, pinned: true);
        copy.GetBuffer().AsSpan(0, bytes.Length).CopyTo(bytes);
        Pinned.Add(bytes);
        var mapping = new Mapping((byte*)Marshal.UnsafeAddrOfPinnedArrayElement(bytes, 0), bytes.Length);
        return new FormTable(mapping, mapping.ColumnOf(name));
    }

    /// <summary>A table of one dictionary's <paramref name="forms"/> (built in memory, e.g. from .aff/.dic).</summary>
    public static FormTable Create(IReadOnlyDictionary<string, WordList.WordFlags> forms, IReadOnlyDictionary<string, int[]> compoundPieces)
    {
        using var buffer = new MemoryStream();
        Write(buffer, [(string.Empty, forms, compoundPieces)]);
        buffer.Position = 0;
        return Read(buffer, null);
    }

    /// <summary>A table of several named dictionaries built in memory; returns the first.</summary>
    public static FormTable[] Create(IReadOnlyList<(string Name, IReadOnlyDictionary<string, WordList.WordFlags> Forms, IReadOnlyDictionary<string, int[]> CompoundPieces)> dictionaries)
    {
        using var buffer = new MemoryStream();
        Write(buffer, dictionaries);
        buffer.Position = 0;
        var first = Read(buffer, null);
        return first.WithSiblings();
    }

    /// <summary>Every dictionary of the file at <paramref name="path"/>, in order (memory-mapped once per process).</summary>
    public static FormTable[] OpenAll(string path)
    {
        var first = Open(path, null);
        return first.WithSiblings();
    }

    // A plain loop: Enumerable.Range(...).Select would be JIT-compiled at start-up (not precompiled).
    private FormTable[] WithSiblings()
    {
        var tables = new FormTable[_mapping.Columns.Length];
        tables[0] = this;
        for (var c = 1; c < tables.Length; c++)
        {
            tables[c] = new FormTable(_mapping, c);
        }

        return tables;
    }

    /// <summary>The slot of <paramref name="word"/> among the forms of every dictionary of the file, or -1.</summary>
    [System.Runtime.CompilerServices.SkipLocalsInit] // the key buffer is written before it is read: no need to clear it per lookup
    public int IndexOf(ReadOnlySpan<char> word)
    {
        byte[]? rented = null;
        var max = Encoding.UTF8.GetMaxByteCount(word.Length);
        var bytes = max <= 256 ? stackalloc byte[256] : (rented = ArrayPool<byte>.Shared.Rent(max));
        try
        {
            var key = bytes[..Encoding.UTF8.GetBytes(word, bytes)];
            for (var slot = (int)Hash(key) & _mask; _slots[slot] != 0; slot = (slot + 1) & _mask)
            {
                var i = _slots[slot] - 1;
                if (key.SequenceEqual(BytesAt(i)))
                {
                    return i;
                }
            }

            return -1;
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }
    }

    /// <summary>Whether this dictionary holds <paramref name="word"/> (any flags).</summary>
    public bool Contains(ReadOnlySpan<char> word) => TryGetValue(word, out _);

    /// <summary>This dictionary's forms with their flags.</summary>
    public Dictionary<string, WordList.WordFlags> ToDictionary()
    {
        var forms = new Dictionary<string, WordList.WordFlags>(Count, StringComparer.Ordinal);
        for (var i = 0; i < _unionCount; i++)
        {
            if (_flags[i] != 0)
            {
                forms[FormAt(i)] = (WordList.WordFlags)_flags[i];
            }
        }

        return forms;
    }

    /// <summary>The flags of <paramref name="word"/> when this dictionary holds it.</summary>
    public bool TryGetValue(ReadOnlySpan<char> word, out WordList.WordFlags flags)
    {
        var i = IndexOf(word);
        flags = i >= 0 ? (WordList.WordFlags)_flags[i] : WordList.WordFlags.None;
        return flags != WordList.WordFlags.None;
    }

    /// <summary>The flags of form slot <paramref name="index"/> (ordinal order; 0 when this dictionary lacks it).</summary>
    public WordList.WordFlags FlagsAt(int index) => (WordList.WordFlags)_flags[CheckIndex(index)];

    /// <summary>The UTF-8 bytes of form slot <paramref name="index"/>.</summary>
    public ReadOnlySpan<byte> BytesAt(int index)
    {
        CheckIndex(index);
        return new ReadOnlySpan<byte>(_blob + _offsets[index], _offsets[index + 1] - _offsets[index]);
    }

    /// <summary>Form slot <paramref name="index"/> as a string.</summary>
    public string FormAt(int index) => Encoding.UTF8.GetString(BytesAt(index));

    private int CheckIndex(int index) => (uint)index < (uint)_unionCount ? index : throw new ArgumentOutOfRangeException(nameof(index));

    /// <summary>
    /// Writes the forms of several dictionaries, each named, into one compiled file. Same forms in,
    /// same bytes out.
    /// </summary>
    public static void Write(Stream stream, IReadOnlyList<(string Name, IReadOnlyDictionary<string, WordList.WordFlags> Forms, IReadOnlyDictionary<string, int[]> CompoundPieces)> dictionaries)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(dictionaries);
        var columns = dictionaries.Count;
        var union = dictionaries.SelectMany(d => d.Forms.Keys).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        var utf8 = union.Select(Encoding.UTF8.GetBytes).ToArray();
        var blobLength = utf8.Sum(b => b.Length);
        // A power of two for a load factor of at most 0.75 (linear probing stays short).
        var slots = 16;
        while (slots * 3L < union.Length * 4L)
        {
            slots <<= 1;
        }

        var pieces = dictionaries.Select(d => PieceBytes(d.CompoundPieces)).ToArray();
        var at = Align(HeaderLength + (columns * ColumnLength));
        var offsetsAt = at;
        at = Align(at + ((union.Length + 1) * 4));
        var slotsAt = at;
        at = Align(at + (slots * 4));
        var blobAt = at;
        at = Align(at + blobLength);
        var flagsAt = new int[columns];
        for (var c = 0; c < columns; c++)
        {
            flagsAt[c] = at;
            at = Align(at + union.Length);
        }

        var piecesAt = new int[columns];
        for (var c = 0; c < columns; c++)
        {
            piecesAt[c] = at;
            at = Align(at + pieces[c].Length);
        }

        var bytes = new byte[at];
        var ints = MemoryMarshal.Cast<byte, int>(bytes.AsSpan(0, HeaderLength));
        ints[0] = unchecked((int)Magic);
        ints[1] = FormatVersion;
        ints[2] = union.Length;
        ints[3] = blobLength;
        ints[4] = slots;
        ints[5] = columns;
        for (var c = 0; c < columns; c++)
        {
            var column = bytes.AsSpan(HeaderLength + (c * ColumnLength), ColumnLength);
            var name = dictionaries[c].Name;
            if (name.Length > NameLength || !Ascii.IsValid(name))
            {
                throw new ArgumentException($"dictionary name '{name}' is not ASCII of at most {NameLength} characters", nameof(dictionaries));
            }

            Encoding.ASCII.GetBytes(name, column);
            var fields = MemoryMarshal.Cast<byte, int>(column[NameLength..]);
            fields[0] = dictionaries[c].Forms.Count;
            fields[1] = flagsAt[c];
            fields[2] = piecesAt[c];
            fields[3] = pieces[c].Length;
            pieces[c].CopyTo(bytes, piecesAt[c]);
            for (var i = 0; i < union.Length; i++)
            {
                bytes[flagsAt[c] + i] = (byte)dictionaries[c].Forms.GetValueOrDefault(union[i]);
            }
        }

        var offsets = MemoryMarshal.Cast<byte, int>(bytes.AsSpan(offsetsAt, (union.Length + 1) * 4));
        var slotTable = MemoryMarshal.Cast<byte, int>(bytes.AsSpan(slotsAt, slots * 4));
        var blob = 0;
        for (var i = 0; i < union.Length; i++)
        {
            offsets[i] = blob;
            utf8[i].CopyTo(bytes, blobAt + blob);
            blob += utf8[i].Length;
            var slot = (int)Hash(utf8[i]) & (slots - 1);
            while (slotTable[slot] != 0)
            {
                slot = (slot + 1) & (slots - 1);
            }

            slotTable[slot] = i + 1;
        }

        offsets[union.Length] = blob;
        stream.Write(bytes);
    }

    private static byte[] PieceBytes(IReadOnlyDictionary<string, int[]> compoundPieces)
    {
        using var buffer = new MemoryStream();
        using (var writer = new BinaryWriter(buffer, Encoding.UTF8, leaveOpen: true))
        {
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

        return buffer.ToArray();
    }

    private static int Align(int at) => (at + 7) & ~7;

    private sealed record Column(string Name, int FormCount, int FlagsAt, Dictionary<string, int[]> CompoundPieces);

    /// <summary>A compiled file in memory: header fields and section pointers.</summary>
    private sealed class Mapping
    {
        public Mapping(byte* data, long length)
        {
            var header = (int*)data;
            if (length < HeaderLength || unchecked((uint)header[0]) != Magic || header[1] != FormatVersion)
            {
                throw new InvalidDataException("Not a compiled word list of format version " + FormatVersion + ".");
            }

            Base = data;
            Count = header[2];
            var blobLength = header[3];
            Slots = header[4];
            var columns = header[5];
            if (Count < 0 || blobLength < 0 || Slots <= 0 || (Slots & (Slots - 1)) != 0 || columns <= 0 || columns > 64)
            {
                throw new InvalidDataException("Damaged compiled word list.");
            }

            var at = Align(HeaderLength + (columns * ColumnLength));
            Offsets = (int*)(data + at);
            at = Align(at + ((Count + 1) * 4));
            SlotTable = (int*)(data + at);
            at = Align(at + (Slots * 4));
            Blob = data + at;
            if (at + (long)blobLength > length || Offsets[Count] != blobLength)
            {
                throw new InvalidDataException("Truncated compiled word list.");
            }

            Columns = new Column[columns];
            for (var c = 0; c < columns; c++)
            {
                var column = data + HeaderLength + (c * ColumnLength);
                var name = Encoding.ASCII.GetString(new ReadOnlySpan<byte>(column, NameLength)).TrimEnd('\0');
                var fields = (int*)(column + NameLength);
                if (fields[1] + (long)Count > length || fields[2] + (long)fields[3] > length)
                {
                    throw new InvalidDataException("Truncated compiled word list.");
                }

                Columns[c] = new Column(name, fields[0], fields[1], ReadPieces(new ReadOnlySpan<byte>(data + fields[2], fields[3])));
            }
        }

        public byte* Base { get; }

        public int Count { get; }

        public int Slots { get; }

        public int* Offsets { get; }

        public int* SlotTable { get; }

        public byte* Blob { get; }

        public Column[] Columns { get; }

        public static Mapping FromFile(string path)
        {
            var length = new FileInfo(path).Length;
            if (length < HeaderLength)
            {
                throw new InvalidDataException("Not a compiled word list of format version " + FormatVersion + ".");
            }

            // The view outlives the file object; the mapping stays until the process ends.
            using var file = MemoryMappedFile.CreateFromFile(path, FileMode.Open, mapName: null, 0, MemoryMappedFileAccess.Read);
            var view = file.CreateViewAccessor(0, length, MemoryMappedFileAccess.Read);
            byte* pointer = null;
            view.SafeMemoryMappedViewHandle.AcquirePointer(ref pointer);
            Pinned.Add(view);
            return new Mapping(pointer + view.PointerOffset, length);
        }

        public int ColumnOf(string? name)
        {
            if (name is null)
            {
                return 0;
            }

            for (var c = 0; c < Columns.Length; c++)
            {
                if (string.Equals(Columns[c].Name, name, StringComparison.Ordinal))
                {
                    return c;
                }
            }

            throw new InvalidDataException($"The compiled word list has no dictionary '{name}'.");
        }

        private static Dictionary<string, int[]> ReadPieces(ReadOnlySpan<byte> bytes)
        {
            var pieces = new Dictionary<string, int[]>(StringComparer.Ordinal);
            if (bytes.IsEmpty)
            {
                return pieces;
            }

            using var stream = new MemoryStream(bytes.ToArray());
            using var reader = new BinaryReader(stream, Encoding.UTF8);
            var count = reader.ReadInt32();
            for (var i = 0; i < count; i++)
            {
                var piece = reader.ReadString();
                var flags = new int[reader.ReadInt32()];
                for (var k = 0; k < flags.Length; k++)
                {
                    flags[k] = reader.ReadInt32();
                }

                pieces[piece] = flags;
            }

            return pieces;
        }
    }

    /// <summary>FNV-1a over the UTF-8 bytes with a final mix; fixed by the file format.</summary>
    internal static uint Hash(ReadOnlySpan<byte> bytes)
    {
        var h = 2166136261u;
        foreach (var b in bytes)
        {
            h = (h ^ b) * 16777619u;
        }

        h ^= h >> 15;
        h *= 0x2C1B3C6Du;
        h ^= h >> 12;
        return h;
    }
}
