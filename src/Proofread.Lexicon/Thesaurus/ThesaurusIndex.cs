using System.Collections.Concurrent;
using System.IO.MemoryMappedFiles;
using System.Runtime.InteropServices;
using System.Text;

namespace Proofread.Lexicon.Thesaurus;

/// <summary>One synonym (or source headword) with the pair's strength (0–1) and provenance.</summary>
public readonly record struct ThesaurusEntry(string Term, float Strength, PairInfo Info);

/// <summary>
/// One pair seen from one of its terms, with no string: the other term's id (text via
/// <see cref="ThesaurusIndex.TermSpan"/>), the pair's strength (0–1) and provenance.
/// </summary>
public readonly record struct ThesaurusLink(int TermId, float Strength, PairInfo Info);

/// <summary>
/// The merged thesaurus (Moby, MyThes, WordNet) as flat arrays used in place from a memory-mapped
/// file (<see cref="ThesaurusWriter"/>): a sorted string table with a hash table over it, the
/// forward index headword → synonyms and the reverse index synonym → headwords that list it.
/// Loading maps the file and reads nothing else, so only the pages look-ups touch become resident.
/// Look-ups by id and the <see cref="ThesaurusLinks"/> look-ups allocate nothing. Immutable and
/// thread-safe; spans it returns stay valid for the life of the process.
/// </summary>
public sealed unsafe class ThesaurusIndex
{
    // Mappings and pinned copies are never released: spans handed out point into them, and a span
    // does not keep the index alive.
    private static readonly ConcurrentBag<object> Pinned = [];

    private readonly int _terms;
    private readonly int _pairs;
    private readonly int _slotMask;
    private readonly int* _termOffsets;
    private readonly char* _chars;
    private readonly int* _rowStart;
    private readonly int* _targets;
    private readonly int* _reverseStart;
    private readonly int* _reverseSources;
    private readonly byte* _reverseInfo;
    private readonly byte* _reverseStrength;
    private readonly Lazy<int[]> _reversePairs;
    private readonly int* _slots;
    private readonly byte* _info;
    private readonly byte* _strength;

    private ThesaurusIndex(byte* data, long length)
    {
        if (length < ThesaurusLayout.HeaderLength || Encoding.ASCII.GetString(data, 8) != ThesaurusWriter.Magic)
        {
            throw new InvalidDataException("not a Proofread thesaurus file of format " + ThesaurusWriter.Magic);
        }

        var header = (int*)(data + 8);
        var layout = new ThesaurusLayout(header[0], header[1], header[2], header[3]);
        if (layout.Length != length || layout.Slots <= 0 || (layout.Slots & (layout.Slots - 1)) != 0)
        {
            throw new InvalidDataException("truncated or damaged thesaurus file");
        }

        _terms = layout.Terms;
        _pairs = layout.Pairs;
        _slotMask = layout.Slots - 1;
        _termOffsets = (int*)(data + layout.TermOffsets);
        _chars = (char*)(data + layout.CharsAt);
        _rowStart = (int*)(data + layout.RowStart);
        _targets = (int*)(data + layout.Targets);
        _reverseStart = (int*)(data + layout.ReverseStart);
        _reverseSources = (int*)(data + layout.ReverseSources);
        _reverseInfo = data + layout.ReverseInfo;
        _reverseStrength = data + layout.ReverseStrength;
        _reversePairs = new Lazy<int[]>(BuildReversePairs, LazyThreadSafetyMode.ExecutionAndPublication);
        _slots = (int*)(data + layout.HashSlots);
        _info = data + layout.Info;
        _strength = data + layout.Strength;
    }

    /// <summary>Kept for callers that timed the reverse index build; the index is in the file now.</summary>
    public void EnsureReverseIndex()
    {
    }

    /// <summary>How many distinct terms (headwords and synonyms).</summary>
    public int TermCount => _terms;

    /// <summary>How many (headword, synonym) pairs.</summary>
    public int PairCount => _pairs;

    /// <summary>Loads the shipped thesaurus (dictionaries/thesaurus/thesaurus.bin).</summary>
    public static ThesaurusIndex LoadDefault() => Load(ProofreadData.Path("thesaurus/thesaurus.bin"));

    /// <summary>Maps a thesaurus file written by <see cref="ThesaurusWriter"/> into memory (read-only).</summary>
    /// <exception cref="InvalidDataException">The file is not a thesaurus of this format.</exception>
    public static ThesaurusIndex Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var length = new FileInfo(path).Length;
        if (length < ThesaurusLayout.HeaderLength)
        {
            throw new InvalidDataException("not a Proofread thesaurus file of format " + ThesaurusWriter.Magic);
        }

        // The view outlives the file object; the mapping stays until the process ends.
        using var file = MemoryMappedFile.CreateFromFile(path, FileMode.Open, mapName: null, 0, MemoryMappedFileAccess.Read);
        var view = file.CreateViewAccessor(0, length, MemoryMappedFileAccess.Read);
        byte* pointer = null;
        view.SafeMemoryMappedViewHandle.AcquirePointer(ref pointer);
        Pinned.Add(view);
        return new ThesaurusIndex(pointer + view.PointerOffset, length);
    }

    /// <summary>Reads a thesaurus from the bytes of a file written by <see cref="ThesaurusWriter"/> (copied).</summary>
    /// <exception cref="InvalidDataException">The bytes are not a thesaurus of this format.</exception>
    public static ThesaurusIndex Load(byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        var copy = GC.AllocateUninitializedArray<byte>(bytes.Length, pinned: true);
        bytes.CopyTo(copy, 0);
        Pinned.Add(copy);
        return new ThesaurusIndex((byte*)Marshal.UnsafeAddrOfPinnedArrayElement(copy, 0), copy.Length);
    }

    /// <summary>The id of <paramref name="term"/> (exact, then lower case), or -1.</summary>
    public int Find(string term)
    {
        ArgumentNullException.ThrowIfNull(term);
        return FindAnyCase(term.AsSpan());
    }

    /// <summary>The id of <paramref name="term"/> exactly, else of its lower case, or -1. Allocates nothing.</summary>
    public int FindAnyCase(ReadOnlySpan<char> term)
    {
        var id = Find(term);
        if (id >= 0 || !term.ContainsAnyInRange('A', 'Z') && !HasNonAsciiUpper(term))
        {
            return id;
        }

        Span<char> lower = term.Length <= 128 ? stackalloc char[term.Length] : new char[term.Length];
        term.ToLowerInvariant(lower);
        return Find(lower);
    }

    private static bool HasNonAsciiUpper(ReadOnlySpan<char> term)
    {
        foreach (var c in term)
        {
            if (c > 0x7F && char.IsUpper(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The id of exactly <paramref name="term"/>, or -1. Allocates nothing.</summary>
    public int Find(ReadOnlySpan<char> term)
    {
        for (var s = (int)ThesaurusLayout.Hash(term) & _slotMask; ; s = (s + 1) & _slotMask)
        {
            var entry = _slots[s];
            if (entry == 0)
            {
                return -1;
            }

            if (TermSpan(entry - 1).SequenceEqual(term))
            {
                return entry - 1;
            }
        }
    }

    /// <summary>The text of term <paramref name="id"/>.</summary>
    public ReadOnlySpan<char> TermSpan(int id)
    {
        if ((uint)id >= (uint)_terms)
        {
            throw new ArgumentOutOfRangeException(nameof(id));
        }

        return new ReadOnlySpan<char>(_chars + _termOffsets[id], _termOffsets[id + 1] - _termOffsets[id]);
    }

    /// <summary>The text of term <paramref name="id"/>.</summary>
    public string Term(int id) => TermSpan(id).ToString();

    /// <summary>The synonym ids listed under headword <paramref name="id"/> (pair indexes run from <see cref="FirstPair"/>).</summary>
    public ReadOnlySpan<int> SynonymIds(int id) => Row(_rowStart, _targets, id);

    /// <summary>The index of the first pair of headword <paramref name="id"/>.</summary>
    public int FirstPair(int id)
    {
        CheckId(id);
        return _rowStart[id];
    }

    /// <summary>The headword ids that list term <paramref name="id"/> as a synonym (ascending).</summary>
    public ReadOnlySpan<int> SourceIds(int id) => Row(_reverseStart, _reverseSources, id);

    /// <summary>
    /// The pair indexes matching <see cref="SourceIds"/>, for strengths and info. The first call
    /// builds them for every term (about 13 MB, tens of milliseconds): prefer <see cref="SourceLinks(int)"/>,
    /// which carries strength and info with no pair index.
    /// </summary>
    public ReadOnlySpan<int> SourcePairs(int id)
    {
        CheckId(id);
        return _reversePairs.Value.AsSpan(_reverseStart[id], _reverseStart[id + 1] - _reverseStart[id]);
    }

    // Walking headwords in order meets each synonym's sources in ascending order, as stored.
    private int[] BuildReversePairs()
    {
        var fill = new ReadOnlySpan<int>(_reverseStart, _terms).ToArray();
        var pairs = new int[_pairs];
        for (var h = 0; h < _terms; h++)
        {
            for (var p = _rowStart[h]; p < _rowStart[h + 1]; p++)
            {
                pairs[fill[_targets[p]]++] = p;
            }
        }

        return pairs;
    }

    /// <summary>The strength of pair <paramref name="pair"/>, 0–1.</summary>
    public float PairStrength(int pair)
    {
        CheckPair(pair);
        return _strength[pair] / 255f;
    }

    /// <summary>The provenance bits of pair <paramref name="pair"/>.</summary>
    public PairInfo PairInfoOf(int pair)
    {
        CheckPair(pair);
        return (PairInfo)_info[pair];
    }

    /// <summary>The synonyms listed under headword <paramref name="id"/>, in id (= ordinal) order; allocates nothing.</summary>
    public ThesaurusLinks SynonymLinks(int id) => new(SynonymIds(id), _info + _rowStart[id], _strength + _rowStart[id]);

    /// <summary>The synonyms listed under <paramref name="headword"/> (exact, then lower case); empty when unknown. Allocates nothing.</summary>
    public ThesaurusLinks SynonymLinks(ReadOnlySpan<char> headword)
    {
        var id = FindAnyCase(headword);
        return id < 0 ? default : SynonymLinks(id);
    }

    /// <summary>The headwords that list term <paramref name="id"/>, in id (= ordinal) order; allocates nothing.</summary>
    public ThesaurusLinks SourceLinks(int id) => new(SourceIds(id), _reverseInfo + _reverseStart[id], _reverseStrength + _reverseStart[id]);

    /// <summary>The headwords that list <paramref name="synonym"/> (exact, then lower case); empty when unknown. Allocates nothing.</summary>
    public ThesaurusLinks SourceLinks(ReadOnlySpan<char> synonym)
    {
        var id = FindAnyCase(synonym);
        return id < 0 ? default : SourceLinks(id);
    }

    /// <summary>
    /// Sorts links strongest first, ties in ordinal order of the term (the order of
    /// <see cref="Synonyms"/> and <see cref="Sources"/>). In place, no allocation.
    /// </summary>
    public static void SortByStrength(Span<ThesaurusLink> links) =>
        links.Sort(static (a, b) => a.Strength != b.Strength ? b.Strength.CompareTo(a.Strength) : a.TermId.CompareTo(b.TermId));

    /// <summary>The synonyms listed under <paramref name="headword"/>, strongest first.</summary>
    public IReadOnlyList<ThesaurusEntry> Synonyms(string headword)
    {
        ArgumentNullException.ThrowIfNull(headword);
        return Entries(SynonymLinks(headword.AsSpan()));
    }

    /// <summary>The headwords that list <paramref name="synonym"/>, strongest pair first.</summary>
    public IReadOnlyList<ThesaurusEntry> Sources(string synonym)
    {
        ArgumentNullException.ThrowIfNull(synonym);
        return Entries(SourceLinks(synonym.AsSpan()));
    }

    private ThesaurusEntry[] Entries(ThesaurusLinks links)
    {
        if (links.Count == 0)
        {
            return [];
        }

        var sorted = new ThesaurusLink[links.Count];
        links.CopyTo(sorted);
        SortByStrength(sorted);
        var result = new ThesaurusEntry[sorted.Length];
        for (var k = 0; k < sorted.Length; k++)
        {
            result[k] = new ThesaurusEntry(Term(sorted[k].TermId), sorted[k].Strength, sorted[k].Info);
        }

        return result;
    }

    private ReadOnlySpan<int> Row(int* start, int* values, int id)
    {
        CheckId(id);
        return new ReadOnlySpan<int>(values + start[id], start[id + 1] - start[id]);
    }

    private void CheckId(int id)
    {
        if ((uint)id >= (uint)_terms)
        {
            throw new ArgumentOutOfRangeException(nameof(id));
        }
    }

    private void CheckPair(int pair)
    {
        if ((uint)pair >= (uint)_pairs)
        {
            throw new ArgumentOutOfRangeException(nameof(pair));
        }
    }
}
