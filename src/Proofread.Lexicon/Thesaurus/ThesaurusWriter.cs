using System.Text;

namespace Proofread.Lexicon.Thesaurus;

/// <summary>
/// Writes the binary thesaurus format read by <see cref="ThesaurusIndex"/>. Layout (little-endian):
/// magic "PRTHES01"; int32 term count, pair count, char count; int32 char offsets [terms + 1];
/// UTF-16 chars of the terms, sorted ordinally; per headword a varint count then varint deltas of
/// its sorted synonym ids; one info byte and one strength byte per pair, in forward order.
/// </summary>
public static class ThesaurusWriter
{
    /// <summary>The file's first eight bytes.</summary>
    public const string Magic = "PRTHES01";

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

        using var buffer = new MemoryStream();
        using var writer = new BinaryWriter(buffer, Encoding.ASCII);
        writer.Write(Encoding.ASCII.GetBytes(Magic));
        writer.Write(terms.Length);
        writer.Write(pairs.Count);
        var charCount = terms.Sum(t => t.Length);
        writer.Write(charCount);
        var offset = 0;
        writer.Write(0);
        foreach (var term in terms)
        {
            offset += term.Length;
            writer.Write(offset);
        }

        foreach (var term in terms)
        {
            foreach (var c in term)
            {
                writer.Write((ushort)c);
            }
        }

        var infos = new List<byte>(pairs.Count);
        var strengths = new List<byte>(pairs.Count);
        for (var h = 0; h < terms.Length; h++)
        {
            var row = rows[h] ?? [];
            row.Sort((a, b) => a.Target.CompareTo(b.Target));
            WriteVarint(writer, (uint)row.Count);
            var previous = 0;
            foreach (var (target, info) in row)
            {
                WriteVarint(writer, (uint)(target - previous));
                previous = target;
                infos.Add(info);
                var mutual = pairs.ContainsKey((terms[target], terms[h]));
                strengths.Add(Strength((PairInfo)info, mutual, row.Count));
            }
        }

        writer.Write(infos.ToArray());
        writer.Write(strengths.ToArray());
        writer.Flush();
        return buffer.ToArray();
    }

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

    private static void WriteVarint(BinaryWriter writer, uint value)
    {
        while (value >= 0x80)
        {
            writer.Write((byte)(value | 0x80));
            value >>= 7;
        }

        writer.Write((byte)value);
    }
}
