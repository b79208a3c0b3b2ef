namespace Proofread.Lexicon.Thesaurus;

/// <summary>
/// The synonyms or the sources of one term as a view over the thesaurus, in term-id (ordinal)
/// order, with no allocation: index it, <c>foreach</c> it, or copy it into a caller's buffer and
/// sort it with <see cref="ThesaurusIndex.SortByStrength"/>. The default value is empty.
/// </summary>
public readonly unsafe ref struct ThesaurusLinks
{
    // b / 255f for every strength byte b: a load instead of a division per link, same values.
    private static readonly float[] Scale = MakeScale();

    private readonly ReadOnlySpan<int> _ids;
    private readonly byte* _info;
    private readonly byte* _strength;

    internal ThesaurusLinks(ReadOnlySpan<int> ids, byte* info, byte* strength)
    {
        _ids = ids;
        _info = info;
        _strength = strength;
    }

    /// <summary>How many links.</summary>
    public int Count => _ids.Length;

    /// <summary>The other terms' ids, in order.</summary>
    public ReadOnlySpan<int> TermIds => _ids;

    /// <summary>Link <paramref name="k"/>.</summary>
    public ThesaurusLink this[int k]
    {
        get
        {
            var id = _ids[k]; // bounds check
            return new ThesaurusLink(id, Scale[_strength[k]], (PairInfo)_info[k]);
        }
    }

    /// <summary>The strength (0–1) of link <paramref name="k"/>.</summary>
    public float StrengthAt(int k) => Scale[_strength[(uint)k < (uint)_ids.Length ? k : throw new ArgumentOutOfRangeException(nameof(k))]];

    /// <summary>The provenance bits of link <paramref name="k"/>.</summary>
    public PairInfo InfoAt(int k) => (PairInfo)_info[(uint)k < (uint)_ids.Length ? k : throw new ArgumentOutOfRangeException(nameof(k))];

    /// <summary>Copies the first links that fit into <paramref name="destination"/>; returns how many.</summary>
    public int CopyTo(Span<ThesaurusLink> destination)
    {
        var n = Math.Min(destination.Length, _ids.Length);
        for (var k = 0; k < n; k++)
        {
            destination[k] = new ThesaurusLink(_ids[k], Scale[_strength[k]], (PairInfo)_info[k]);
        }

        return n;
    }

    private static float[] MakeScale()
    {
        var scale = new float[256];
        for (var b = 0; b < scale.Length; b++)
        {
            scale[b] = b / 255f;
        }

        return scale;
    }

    /// <summary>An allocation-free enumerator.</summary>
    public Enumerator GetEnumerator() => new(this);

    /// <summary>Enumerates <see cref="ThesaurusLinks"/>.</summary>
    public ref struct Enumerator
    {
        private readonly ThesaurusLinks _links;
        private int _k;

        internal Enumerator(ThesaurusLinks links)
        {
            _links = links;
            _k = -1;
        }

        /// <summary>The current link.</summary>
        public readonly ThesaurusLink Current => _links[_k];

        /// <summary>Advances to the next link.</summary>
        public bool MoveNext() => ++_k < _links.Count;
    }
}
