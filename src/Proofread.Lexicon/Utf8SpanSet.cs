using System.Buffers;
using System.Text;

namespace Proofread.Lexicon;

/// <summary>
/// A read-only set of strings kept as UTF-8 slices of one shared buffer (a decompressed data
/// file), so loading 100,000 entries allocates no string per entry. Thread-safe once built.
/// </summary>
internal sealed class Utf8SpanSet
{
    private readonly byte[] _buffer;
    private readonly int[] _starts;
    private readonly int[] _lengths;
    private readonly int[] _slots; // entry + 1; 0 = empty
    private readonly int _mask;

    /// <summary>The set of the slices (<paramref name="starts"/>[i], <paramref name="lengths"/>[i]) of <paramref name="buffer"/>.</summary>
    public Utf8SpanSet(byte[] buffer, int[] starts, int[] lengths)
    {
        _buffer = buffer;
        _starts = starts;
        _lengths = lengths;
        var size = 16;
        while (size < starts.Length * 2)
        {
            size <<= 1;
        }

        _mask = size - 1;
        _slots = new int[size];
        for (var i = 0; i < starts.Length; i++)
        {
            var key = buffer.AsSpan(starts[i], lengths[i]);
            var slot = (int)Hash(key) & _mask;
            while (_slots[slot] != 0)
            {
                var j = _slots[slot] - 1;
                if (key.SequenceEqual(buffer.AsSpan(starts[j], lengths[j])))
                {
                    break; // duplicate entry
                }

                slot = (slot + 1) & _mask;
            }

            if (_slots[slot] == 0)
            {
                _slots[slot] = i + 1;
            }
        }
    }

    /// <summary>The set of the consecutive slices [<paramref name="offsets"/>[i], <paramref name="offsets"/>[i + 1]) of <paramref name="buffer"/>.</summary>
    public static Utf8SpanSet FromOffsets(byte[] buffer, int[] offsets)
    {
        var count = offsets.Length - 1;
        var lengths = new int[count];
        for (var i = 0; i < count; i++)
        {
            lengths[i] = offsets[i + 1] - offsets[i];
        }

        return new Utf8SpanSet(buffer, offsets[..count], lengths);
    }

    /// <summary>Whether <paramref name="word"/> is in the set.</summary>
    public bool Contains(ReadOnlySpan<char> word) => IndexOf(word) >= 0;

    /// <summary>The index of the slice equal to <paramref name="word"/> (the first, for duplicates), or -1.</summary>
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
                if (key.SequenceEqual(_buffer.AsSpan(_starts[i], _lengths[i])))
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

    /// <summary>FNV-1a with a final mix; deterministic across processes.</summary>
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
