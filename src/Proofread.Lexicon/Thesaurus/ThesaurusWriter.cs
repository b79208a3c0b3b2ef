using System.Runtime.InteropServices;
using System.Text;

namespace Proofread.Lexicon.Thesaurus;

/// <summary>
/// Writes the binary thesaurus format read by <see cref="ThesaurusIndex"/>: flat little-endian
/// arrays that the reader maps into memory and uses in place, with nothing decoded or built at
/// load. Layout (<see cref="ThesaurusLayout"/>): magic "PRTHES02"; int32 term, pair, char and
/// hash-slot counts; then, each section starting at a multiple of 8 bytes: char offsets of the
/// terms [terms + 1]; the UTF-16 chars of the terms, sorted ordinally; forward row starts
/// [terms + 1] and synonym ids [pairs] (ascending per headword); reverse row starts [terms + 1]
/// and source ids [pairs] (ascending per synonym); an open-addressing hash table of term id + 1
/// [slots] (<see cref="ThesaurusLayout.Hash"/>, linear probing); one info byte and one strength
/// byte per forward pair; the same two bytes per reverse entry (a copy, so that reverse look-ups
/// need no pair index: 6 MB instead of 13 MB of indexes).
/// </summary>
public static class ThesaurusWriter
{
    /// <summary>The file's first eight bytes.</summary>
    public const string Magic = "PRTHES02";

    /// <summary>Serialises <paramref name="pairs"/> (headword, synonym) → info. Same input, same bytes.</summary>
    public static byte[] Write(IReadOnlyDictionary<(string Head, string Synonym), byte> pairs)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        var terms = pairs.Keys.SelectMany(k => new[] { k.Head, k.Synonym }).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        var ids = new Dictionary<string, int>(terms.Length, StringComparer.Ordinal);
        for (var i = 0; i < terms.Length; i++)
        {
            ids[terms[i]] = i;
        }

        var rows = new List<(int Target, byte Info)>[terms.Length];
        foreach (var ((head, synonym), info) in pairs)
        {
            (rows[ids[head]] ??= []).Add((ids[synonym], info));
        }

        var charCount = terms.Sum(t => t.Length);
        var layout = new ThesaurusLayout(terms.Length, pairs.Count, charCount, ThesaurusLayout.SlotCountFor(terms.Length));
        var bytes = new byte[layout.Length];
        Encoding.ASCII.GetBytes(Magic, bytes);
        var header = MemoryMarshal.Cast<byte, int>(bytes.AsSpan(8, 16));
        header[0] = layout.Terms;
        header[1] = layout.Pairs;
        header[2] = layout.Chars;
        header[3] = layout.Slots;

        var termOffsets = Ints(bytes, layout.TermOffsets, terms.Length + 1);
        var chars = MemoryMarshal.Cast<byte, char>(bytes.AsSpan(layout.CharsAt, charCount * 2));
        var offset = 0;
        for (var i = 0; i < terms.Length; i++)
        {
            termOffsets[i] = offset;
            terms[i].AsSpan().CopyTo(chars[offset..]);
            offset += terms[i].Length;
        }

        termOffsets[terms.Length] = offset;

        // Forward rows, synonym ids ascending.
        var rowStart = Ints(bytes, layout.RowStart, terms.Length + 1);
        var targets = Ints(bytes, layout.Targets, pairs.Count);
        var infos = bytes.AsSpan(layout.Info, pairs.Count);
        var strengths = bytes.AsSpan(layout.Strength, pairs.Count);
        var p = 0;
        for (var h = 0; h < terms.Length; h++)
        {
            rowStart[h] = p;
            var row = rows[h] ?? [];
            row.Sort((a, b) => a.Target.CompareTo(b.Target));
            foreach (var (target, info) in row)
            {
                targets[p] = target;
                infos[p] = info;
                var mutual = pairs.ContainsKey((terms[target], terms[h]));
                strengths[p] = Strength((PairInfo)info, mutual, row.Count);
                p++;
            }
        }

        rowStart[terms.Length] = p;

        // Reverse rows: walking headwords in order leaves each synonym's sources ascending.
        var revStart = Ints(bytes, layout.ReverseStart, terms.Length + 1);
        foreach (var t in targets)
        {
            revStart[t + 1]++;
        }

        for (var i = 0; i < terms.Length; i++)
        {
            revStart[i + 1] += revStart[i];
        }

        var fill = revStart[..terms.Length].ToArray();
        var revSources = Ints(bytes, layout.ReverseSources, pairs.Count);
        var revInfos = bytes.AsSpan(layout.ReverseInfo, pairs.Count);
        var revStrengths = bytes.AsSpan(layout.ReverseStrength, pairs.Count);
        for (var h = 0; h < terms.Length; h++)
        {
            for (var q = rowStart[h]; q < rowStart[h + 1]; q++)
            {
                var slot = fill[targets[q]]++;
                revSources[slot] = h;
                revInfos[slot] = infos[q];
                revStrengths[slot] = strengths[q];
            }
        }

        var slots = Ints(bytes, layout.HashSlots, layout.Slots);
        var mask = layout.Slots - 1;
        for (var i = 0; i < terms.Length; i++)
        {
            var s = (int)ThesaurusLayout.Hash(terms[i]) & mask;
            while (slots[s] != 0)
            {
                s = (s + 1) & mask;
            }

            slots[s] = i + 1;
        }

        return bytes;
    }

    private static Span<int> Ints(byte[] bytes, int at, int count) => MemoryMarshal.Cast<byte, int>(bytes.AsSpan(at, count * 4));

    /// <summary>
    /// How strongly a pair holds, 0–255: more sources and listing in both directions make it
    /// stronger; a headword with very many synonyms spreads its weight thin.
    /// </summary>
    public static byte Strength(PairInfo info, bool mutual, int headwordSynonyms)
    {
        var s = 0.0;
        if ((info & PairInfo.Moby) != 0)
        {
            s += 0.30;
        }

        if ((info & PairInfo.MyThes) != 0)
        {
            s += 0.35;
        }
        else if ((info & PairInfo.MyThesRelated) != 0)
        {
            s += 0.10;
        }

        if ((info & PairInfo.WordNet) != 0)
        {
            s += 0.35;
        }

        if (mutual)
        {
            s += 0.20;
        }

        s /= 1.0 + (Math.Log10(1 + headwordSynonyms) / 3.0);
        return (byte)Math.Round(Math.Clamp(s, 0.0, 1.0) * 255.0);
    }
}

/// <summary>Where each section of a thesaurus file starts (shared by writer and reader).</summary>
internal readonly struct ThesaurusLayout
{
    public const int HeaderLength = 24;

    public ThesaurusLayout(int terms, int pairs, int chars, int slots)
    {
        Terms = terms;
        Pairs = pairs;
        Chars = chars;
        Slots = slots;
        var at = Align(HeaderLength);
        TermOffsets = at;
        at = Align(at + ((terms + 1) * 4));
        CharsAt = at;
        at = Align(at + (chars * 2));
        RowStart = at;
        at = Align(at + ((terms + 1) * 4));
        Targets = at;
        at = Align(at + (pairs * 4));
        ReverseStart = at;
        at = Align(at + ((terms + 1) * 4));
        ReverseSources = at;
        at = Align(at + (pairs * 4));
        HashSlots = at;
        at = Align(at + (slots * 4));
        Info = at;
        at = Align(at + pairs);
        Strength = at;
        at = Align(at + pairs);
        ReverseInfo = at;
        at = Align(at + pairs);
        ReverseStrength = at;
        Length = Align(at + pairs);
    }

    public int Terms { get; }

    public int Pairs { get; }

    public int Chars { get; }

    public int Slots { get; }

    public int TermOffsets { get; }

    public int CharsAt { get; }

    public int RowStart { get; }

    public int Targets { get; }

    public int ReverseStart { get; }

    public int ReverseSources { get; }


    public int HashSlots { get; }

    public int Info { get; }

    public int Strength { get; }

    public int ReverseInfo { get; }

    public int ReverseStrength { get; }

    public int Length { get; }

    /// <summary>A power of two at least twice the term count (load factor ≤ 0.5).</summary>
    public static int SlotCountFor(int terms)
    {
        var slots = 16;
        while (slots < terms * 2)
        {
            slots <<= 1;
        }

        return slots;
    }

    /// <summary>FNV-1a over the UTF-16 code units with a final mix; fixed by the file format.</summary>
    public static uint Hash(ReadOnlySpan<char> term)
    {
        var h = 2166136261u;
        foreach (var c in term)
        {
            h = (h ^ c) * 16777619u;
        }

        h ^= h >> 15;
        h *= 0x2C1B3C6Du;
        h ^= h >> 12;
        return h;
    }

    private static int Align(int at) => (at + 7) & ~7;
}
