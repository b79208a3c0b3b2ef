using System.IO.Compression;
using System.Text;
using Proofread.Language.Modeling;

namespace Proofread.Language.Vectors;

/// <summary>
/// Distributional word vectors (PPMI of a ±2-word window, truncated by randomized SVD): how
/// close two words are in use, and how well a word fits its context. Words are normalised as in
/// <see cref="NGramVocabulary.Normalize"/>. Immutable and thread-safe.
/// </summary>
public sealed class WordVectors
{
    /// <summary>The shipped vectors, relative to the data folder.</summary>
    public const string DefaultModelPath = "models/vectors.bin";

    private const string Magic = "PRVECTR1";
    private static readonly Lazy<WordVectors> Default = new(() => Load(ProofreadData.Path(DefaultModelPath)));

    private readonly Dictionary<string, int> _index;
    private readonly string[] _words;
    private readonly float[] _vectors;   // unit rows, Dimensions each

    internal WordVectors(string[] words, float[] vectors, int dimensions)
    {
        _words = words;
        _vectors = vectors;
        Dimensions = dimensions;
        _index = new Dictionary<string, int>(words.Length, StringComparer.Ordinal);
        for (var i = 0; i < words.Length; i++)
        {
            _index[words[i]] = i;
        }
    }

    /// <summary>The length of every vector.</summary>
    public int Dimensions { get; }

    /// <summary>How many words have a vector.</summary>
    public int Count => _words.Length;

    /// <summary>The shipped vectors (loaded once, shared).</summary>
    public static WordVectors LoadDefault() => Default.Value;

    /// <summary>Loads a vectors file.</summary>
    public static WordVectors Load(string path)
    {
        using var file = File.OpenRead(path);
        using var zlib = new ZLibStream(file, CompressionMode.Decompress);
        using var reader = new BinaryReader(zlib, Encoding.UTF8);
        if (Encoding.ASCII.GetString(reader.ReadBytes(Magic.Length)) != Magic)
        {
            throw new InvalidDataException($"'{path}' is not a Proofread vectors file.");
        }

        var count = reader.ReadInt32();
        var dimensions = reader.ReadInt32();
        var words = new string[count];
        for (var i = 0; i < count; i++)
        {
            words[i] = reader.ReadString();
        }

        var bytes = reader.ReadBytes(count * dimensions);
        var vectors = new float[count * dimensions];
        for (var i = 0; i < count; i++)
        {
            // 8-bit components of a unit vector; renormalise after dequantising.
            var row = vectors.AsSpan(i * dimensions, dimensions);
            double norm = 0;
            for (var d = 0; d < dimensions; d++)
            {
                row[d] = (sbyte)bytes[(i * dimensions) + d];
                norm += row[d] * row[d];
            }

            var scale = norm > 0 ? (float)(1 / Math.Sqrt(norm)) : 0;
            for (var d = 0; d < dimensions; d++)
            {
                row[d] *= scale;
            }
        }

        return new WordVectors(words, vectors, dimensions);
    }

    /// <summary>Writes the vectors, 8 bits per component, deflate-compressed.</summary>
    public void Save(string path)
    {
        using var file = File.Create(path);
        using var zlib = new ZLibStream(file, CompressionLevel.SmallestSize);
        using var writer = new BinaryWriter(zlib, Encoding.UTF8);
        writer.Write(Encoding.ASCII.GetBytes(Magic));
        writer.Write(_words.Length);
        writer.Write(Dimensions);
        foreach (var word in _words)
        {
            writer.Write(word);
        }

        var bytes = new byte[_vectors.Length];
        for (var i = 0; i < _vectors.Length; i++)
        {
            bytes[i] = (byte)(sbyte)Math.Clamp(Math.Round(_vectors[i] * 127), -127, 127);
        }

        writer.Write(bytes);
    }

    /// <summary>Whether the word has a vector.</summary>
    public bool Contains(string word) => _index.ContainsKey(NGramVocabulary.Normalize(word));

    /// <summary>The unit vector of a word, or an empty span when it has none.</summary>
    public ReadOnlySpan<float> Vector(string word) =>
        _index.TryGetValue(NGramVocabulary.Normalize(word), out var i) ? _vectors.AsSpan(i * Dimensions, Dimensions) : [];

    /// <summary>The unit vector of a word, or an empty span, for an already normalised word (no allocation).</summary>
    public ReadOnlySpan<float> NormalizedVector(string normalizedWord) =>
        _index.TryGetValue(normalizedWord, out var i) ? _vectors.AsSpan(i * Dimensions, Dimensions) : [];

    /// <summary>Cosine similarity of two words, or NaN when either has no vector.</summary>
    public float Similarity(string a, string b)
    {
        var u = Vector(a);
        var v = Vector(b);
        return u.IsEmpty || v.IsEmpty ? float.NaN : Dot(u, v);
    }

    /// <summary>
    /// How well the word at <paramref name="index"/> fits its context: the cosine between its
    /// vector and the sum of the vectors of up to <paramref name="window"/> words each side.
    /// NaN when the word or its whole context has no vector.
    /// </summary>
    public float ContextFit(IReadOnlyList<string> tokens, int index, int window = 3)
    {
        var v = Vector(tokens[index]);
        if (v.IsEmpty)
        {
            return float.NaN;
        }

        Span<float> sum = Dimensions <= 512 ? stackalloc float[Dimensions] : new float[Dimensions];
        sum.Clear();
        var any = false;
        for (var j = Math.Max(0, index - window); j <= Math.Min(tokens.Count - 1, index + window); j++)
        {
            var c = j == index ? [] : Vector(tokens[j]);
            for (var d = 0; d < c.Length; d++)
            {
                sum[d] += c[d];
            }

            any |= !c.IsEmpty;
        }

        if (!any)
        {
            return float.NaN;
        }

        var norm = MathF.Sqrt(Dot(sum, sum));
        return norm == 0 ? float.NaN : Dot(v, sum) / norm;
    }

    /// <summary>The words closest to <paramref name="word"/> by cosine, best first.</summary>
    public IReadOnlyList<(string Word, float Similarity)> Nearest(string word, int count)
    {
        var v = Vector(word);
        if (v.IsEmpty)
        {
            return [];
        }

        var self = NGramVocabulary.Normalize(word);
        var scored = new List<(string, float)>(_words.Length);
        for (var i = 0; i < _words.Length; i++)
        {
            if (!string.Equals(_words[i], self, StringComparison.Ordinal))
            {
                scored.Add((_words[i], Dot(v, _vectors.AsSpan(i * Dimensions, Dimensions))));
            }
        }

        return scored.OrderByDescending(s => s.Item2).ThenBy(s => s.Item1, StringComparer.Ordinal).Take(count).ToList();
    }

    /// <summary>The dot product of two vectors of the same length.</summary>
    public static float Dot(ReadOnlySpan<float> a, ReadOnlySpan<float> b)
    {
        var sum = 0f;
        var i = 0;
        if (System.Numerics.Vector.IsHardwareAccelerated && a.Length >= System.Numerics.Vector<float>.Count)
        {
            var acc = System.Numerics.Vector<float>.Zero;
            var width = System.Numerics.Vector<float>.Count;
            for (; i <= a.Length - width; i += width)
            {
                acc += new System.Numerics.Vector<float>(a[i..]) * new System.Numerics.Vector<float>(b[i..]);
            }

            sum = System.Numerics.Vector.Sum(acc);
        }

        for (; i < a.Length; i++)
        {
            sum += a[i] * b[i];
        }

        return sum;
    }
}
