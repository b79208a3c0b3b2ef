using System.Runtime.InteropServices;
using System.Text;

namespace Proofread.Language.Modeling;

/// <summary>
/// Writes the binary model file read by <see cref="NGramModel.Load"/>. Layout (little-endian):
/// header; vocabulary hash table (ulong hashes, ushort ids); unigram log-probabilities and
/// back-offs (float); per order 2..N a table of 64-bit entries (48-bit fingerprint, 8-bit codes into
/// 256-entry codebooks of log-probabilities and back-offs); the vocabulary's words.
/// </summary>
internal static class NGramModelWriter
{
    private const double LoadFactor = 0.8;

    public static NGramModelInfo Write(string path, NGramModelBuilder.Estimated model, List<string> words, long tokens, long sentences, NGramBuildOptions options)
    {
        var order = model.Order;
        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (directory is not null)
        {
            Directory.CreateDirectory(directory);
        }

        var counts = new long[order];
        counts[0] = words.Count;
        for (var n = 2; n <= order; n++)
        {
            counts[n - 1] = model.Keys[n].Length;
        }

        var minCounts = Enumerable.Range(1, order).Select(options.MinCount).ToArray();
        using (var stream = File.Create(path))
        using (var writer = new BinaryWriter(stream, Encoding.UTF8))
        {
            writer.Write(Encoding.ASCII.GetBytes(NGramModel.Magic));
            writer.Write(NGramModel.FormatVersion);
            writer.Write(order);
            writer.Write(words.Count);
            var vocabularyCapacity = (words.Count * 2) + 1;
            writer.Write(vocabularyCapacity);
            writer.Write(tokens);
            writer.Write(sentences);
            writer.Write(options.MinWordCount);
            foreach (var m in minCounts)
            {
                writer.Write(m);
            }

            foreach (var c in counts)
            {
                writer.Write(c);
            }

            // Vocabulary table: the reserved ids are never looked up by text.
            var hashes = new ulong[vocabularyCapacity];
            var ids = new ushort[vocabularyCapacity];
            for (var id = NGramVocabulary.FirstWordId; id < words.Count; id++)
            {
                var hash = NGramVocabulary.Hash(words[id]);
                var key = hash == 0 ? 1 : hash;
                var slot = NGramKeys.Slot(key, vocabularyCapacity);
                while (hashes[slot] != 0)
                {
                    slot = slot + 1 == vocabularyCapacity ? 0 : slot + 1;
                }

                hashes[slot] = key;
                ids[slot] = (ushort)id;
            }

            WriteArray(writer, hashes);
            WriteArray(writer, ids);
            WriteArray(writer, model.UnigramLogProb.Select(v => (float)v).ToArray());
            WriteArray(writer, model.UnigramLogBackoff.Select(v => (float)v).ToArray());

            for (var n = 2; n <= order; n++)
            {
                var keys = model.Keys[n];
                var capacity = keys.Length == 0 ? 0 : (int)(keys.Length / LoadFactor) + 1;
                var (probBook, probCodes) = Quantizer.Quantize(model.LogProb[n], reserveZero: false);
                writer.Write(capacity);
                WriteArray(writer, probBook);
                byte[] backoffCodes = [];
                if (n < order)
                {
                    (var backoffBook, backoffCodes) = Quantizer.Quantize(model.LogBackoff[n], reserveZero: true);
                    WriteArray(writer, backoffBook);
                }

                // One 64-bit entry per slot, so a lookup touches one cache line: 48-bit
                // fingerprint, 8-bit probability code, 8-bit back-off code.
                var entries = new ulong[capacity];
                for (var i = 0; i < keys.Length; i++)
                {
                    var hash = NGramKeys.Hash(keys[i], n);
                    var slot = NGramKeys.Slot(hash, capacity);
                    while (entries[slot] != 0)
                    {
                        slot = slot + 1 == capacity ? 0 : slot + 1;
                    }

                    entries[slot] = NGramKeys.Tag(hash) | ((ulong)probCodes[i] << 8) | (n < order ? backoffCodes[i] : 0UL);
                }

                WriteArray(writer, entries);
            }

            foreach (var word in words)
            {
                writer.Write(word);
            }
        }

        return new NGramModelInfo(order, words.Count, counts, tokens, sentences, options.MinWordCount, minCounts, new FileInfo(path).Length);
    }

    private static void WriteArray<T>(BinaryWriter writer, T[] array)
        where T : unmanaged => writer.Write(MemoryMarshal.AsBytes(array.AsSpan()));
}

/// <summary>8-bit quantisation by equal-population bins, each represented by its mean.</summary>
internal static class Quantizer
{
    public static (float[] Codebook, byte[] Codes) Quantize(double[] values, bool reserveZero)
    {
        var codebook = new float[256];
        var codes = new byte[values.Length];
        var first = reserveZero ? 1 : 0;
        var sorted = values.Where(v => !reserveZero || v != 0).Order().ToArray();
        if (sorted.Length == 0)
        {
            return (codebook, codes);
        }

        var bins = 256 - first;
        var centres = new List<float>();
        for (var b = 0; b < bins; b++)
        {
            var from = (int)((long)sorted.Length * b / bins);
            var to = (int)((long)sorted.Length * (b + 1) / bins);
            if (to > from)
            {
                centres.Add((float)sorted.AsSpan(from, to - from).ToArray().Average());
            }
        }

        var distinct = centres.Distinct().Order().ToArray();
        Array.Copy(distinct, 0, codebook, first, distinct.Length);
        for (var c = first + distinct.Length; c < 256; c++)
        {
            codebook[c] = distinct[^1];
        }

        for (var i = 0; i < values.Length; i++)
        {
            if (reserveZero && values[i] == 0)
            {
                codes[i] = 0;
                continue;
            }

            // Nearest centre by binary search.
            var k = Array.BinarySearch(distinct, (float)values[i]);
            if (k < 0)
            {
                k = ~k;
                if (k == distinct.Length || (k > 0 && values[i] - distinct[k - 1] < distinct[k] - values[i]))
                {
                    k--;
                }
            }

            codes[i] = (byte)(first + k);
        }

        return (codebook, codes);
    }
}
