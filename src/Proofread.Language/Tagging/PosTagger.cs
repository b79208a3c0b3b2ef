using System.IO.Compression;
using System.Runtime.InteropServices;
using System.Text;
using Proofread.Analysis;

namespace Proofread.Language.Tagging;

/// <summary>
/// A greedy averaged-perceptron part-of-speech tagger over the universal tagset. Immutable and
/// thread-safe once loaded. Input tokens follow the Penn conventions of
/// <see cref="Text.CorpusTokenizer"/> ("did", "n't"); case is used as evidence.
/// </summary>
public sealed class PosTagger
{
    /// <summary>The shipped model, relative to the data folder.</summary>
    public const string DefaultModelPath = "models/tagger.bin";

    private const string Magic = "PRTAGGER";
    private const int FormatVersion = 1;
    private const int T = UniversalTags.Count;

    private static readonly Lazy<PosTagger> Default = new(() => Load(ProofreadData.Path(DefaultModelPath)));

    private readonly ulong[] _keys;     // open addressing; 0 = empty slot
    private readonly short[] _weights;  // T per slot
    private readonly int _mask;
    private readonly Dictionary<ulong, UniversalTag> _tagDictionary;

    private PosTagger(ulong[] sortedKeys, short[] weights, Dictionary<ulong, UniversalTag> tagDictionary)
    {
        FeatureCount = sortedKeys.Length;
        var capacity = 1;
        while (capacity < sortedKeys.Length * 2)
        {
            capacity <<= 1;
        }

        _mask = capacity - 1;
        _keys = new ulong[capacity];
        _weights = new short[capacity * T];
        for (var f = 0; f < sortedKeys.Length; f++)
        {
            var key = sortedKeys[f] == 0 ? 1 : sortedKeys[f];
            var slot = (int)(key & (ulong)_mask);
            while (_keys[slot] != 0)
            {
                slot = (slot + 1) & _mask;
            }

            _keys[slot] = key;
            Array.Copy(weights, f * T, _weights, slot * T, T);
        }

        _tagDictionary = tagDictionary;
    }

    /// <summary>The number of weighted features in the model.</summary>
    public int FeatureCount { get; }

    /// <summary>The number of words the model tags by dictionary, without scoring.</summary>
    public int DictionaryCount => _tagDictionary.Count;

    /// <summary>The shipped model (loaded once, shared).</summary>
    public static PosTagger LoadDefault() => Default.Value;

    /// <summary>Loads a model written by <see cref="Save(string)"/>.</summary>
    public static PosTagger Load(string path)
    {
        using var file = File.OpenRead(path);
        return Load(file);
    }

    /// <summary>Loads a model written by <see cref="Save(Stream)"/>.</summary>
    public static PosTagger Load(Stream stream)
    {
        // Decompress in one go, then read the arrays in bulk: element-wise reads through the
        // deflate stream cost ten times more.
        using var zlib = new ZLibStream(stream, CompressionMode.Decompress, leaveOpen: true);
        using var buffer = new MemoryStream();
        zlib.CopyTo(buffer);
        var data = buffer.GetBuffer().AsSpan(0, (int)buffer.Length);
        var position = 0;
        if (!BitConverter.IsLittleEndian)
        {
            throw new PlatformNotSupportedException("Model files are little-endian.");
        }

        if (Encoding.ASCII.GetString(data[..Magic.Length]) != Magic)
        {
            throw new InvalidDataException("Not a Proofread tagger model.");
        }

        position += Magic.Length;
        if (ReadInt(data, ref position) != FormatVersion || ReadInt(data, ref position) != T)
        {
            throw new InvalidDataException("The tagger model has another format version or tag count.");
        }

        var dictCount = ReadInt(data, ref position);
        var tagDictionary = new Dictionary<ulong, UniversalTag>(dictCount);
        for (var i = 0; i < dictCount; i++)
        {
            var key = MemoryMarshal.Read<ulong>(data[position..]);
            tagDictionary[key] = (UniversalTag)data[position + 8];
            position += 9;
        }

        var count = ReadInt(data, ref position);
        var keys = MemoryMarshal.Cast<byte, ulong>(data.Slice(position, count * 8)).ToArray();
        position += count * 8;
        ulong previous = 0;
        for (var i = 0; i < count; i++)
        {
            previous += keys[i];
            keys[i] = previous;
        }

        var weights = MemoryMarshal.Cast<byte, short>(data.Slice(position, count * T * 2)).ToArray();
        return new PosTagger(keys, weights, tagDictionary);
    }

    private static int ReadInt(ReadOnlySpan<byte> data, ref int position)
    {
        var value = MemoryMarshal.Read<int>(data[position..]);
        position += 4;
        return value;
    }

    /// <summary>Builds a tagger from trained weights (used by the trainer).</summary>
    internal static PosTagger Create(SortedDictionary<ulong, short[]> features, Dictionary<ulong, UniversalTag> tagDictionary)
    {
        var keys = new ulong[features.Count];
        var weights = new short[features.Count * T];
        var f = 0;
        foreach (var (key, row) in features)
        {
            keys[f] = key;
            Array.Copy(row, 0, weights, f * T, T);
            f++;
        }

        return new PosTagger(keys, weights, tagDictionary);
    }

    /// <summary>Writes the model: deflate-compressed, byte-for-byte deterministic for the same weights.</summary>
    public void Save(string path)
    {
        using var file = File.Create(path);
        Save(file);
    }

    /// <summary>Writes the model to a stream.</summary>
    public void Save(Stream stream)
    {
        using var zlib = new ZLibStream(stream, CompressionLevel.SmallestSize, leaveOpen: true);
        using var writer = new BinaryWriter(zlib, Encoding.ASCII, leaveOpen: true);
        writer.Write(Encoding.ASCII.GetBytes(Magic));
        writer.Write(FormatVersion);
        writer.Write(T);
        writer.Write(_tagDictionary.Count);
        foreach (var (key, tag) in _tagDictionary.OrderBy(p => p.Key))
        {
            writer.Write(key);
            writer.Write((byte)tag);
        }

        var slots = new List<int>(FeatureCount);
        for (var s = 0; s < _keys.Length; s++)
        {
            if (_keys[s] != 0)
            {
                slots.Add(s);
            }
        }

        slots.Sort((a, b) => _keys[a].CompareTo(_keys[b]));
        writer.Write(slots.Count);
        ulong previous = 0;
        foreach (var s in slots)
        {
            // Delta-coded sorted keys compress a little better.
            writer.Write(_keys[s] - previous);
            previous = _keys[s];
        }

        foreach (var s in slots)
        {
            for (var t = 0; t < T; t++)
            {
                writer.Write(_weights[(s * T) + t]);
            }
        }
    }

    /// <summary>Tags a sentence of tokens.</summary>
    public UniversalTag[] Tag(IReadOnlyList<string> words)
    {
        var tags = new UniversalTag[words.Count];
        Tag(words, tags);
        return tags;
    }

    /// <summary>
    /// Tags the tokens of one sentence from the project's tokenizer. Web and e-mail addresses are
    /// tagged NOUN without consulting the model.
    /// </summary>
    public UniversalTag[] Tag(IReadOnlyList<Token> sentence)
    {
        var words = new string[sentence.Count];
        for (var i = 0; i < words.Length; i++)
        {
            words[i] = sentence[i].Kind is TokenKind.Url or TokenKind.Email ? "address" : sentence[i].Text;
        }

        var tags = Tag(words);
        for (var i = 0; i < words.Length; i++)
        {
            if (sentence[i].Kind is TokenKind.Url or TokenKind.Email)
            {
                tags[i] = UniversalTag.Noun;
            }
        }

        return tags;
    }

    /// <summary>Tags a sentence of tokens into <paramref name="tags"/>, which must be as long as <paramref name="words"/>.</summary>
    public void Tag(IReadOnlyList<string> words, Span<UniversalTag> tags)
    {
        if (tags.Length < words.Count)
        {
            throw new ArgumentException("The tag buffer is shorter than the sentence.", nameof(tags));
        }

        var n = words.Count;
        var info = n <= 128 ? stackalloc TaggerFeatures.TokenInfo[n] : new TaggerFeatures.TokenInfo[n];
        TaggerFeatures.Prepare(words, info);
        Span<ulong> features = stackalloc ulong[TaggerFeatures.Count];
        Span<int> scores = stackalloc int[T];
        int prev = -1, prev2 = -2;
        for (var i = 0; i < n; i++)
        {
            int tag;
            if (_tagDictionary.TryGetValue(info[i].Word, out var known))
            {
                tag = (int)known;
            }
            else
            {
                TaggerFeatures.Extract(info, i, prev, prev2, features);
                tag = Predict(features, scores);
            }

            tags[i] = (UniversalTag)tag;
            prev2 = prev;
            prev = tag;
        }
    }

    private int Predict(ReadOnlySpan<ulong> features, Span<int> scores)
    {
        scores.Clear();
        foreach (var feature in features)
        {
            var key = feature == 0 ? 1 : feature;
            var slot = (int)(key & (ulong)_mask);
            while (true)
            {
                var k = _keys[slot];
                if (k == key)
                {
                    var row = _weights.AsSpan(slot * T, T);
                    for (var t = 0; t < T; t++)
                    {
                        scores[t] += row[t];
                    }

                    break;
                }

                if (k == 0)
                {
                    break;
                }

                slot = (slot + 1) & _mask;
            }
        }

        var best = 0;
        for (var t = 1; t < T; t++)
        {
            if (scores[t] > scores[best])
            {
                best = t;
            }
        }

        return best;
    }
}
