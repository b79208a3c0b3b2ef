using System.Runtime.InteropServices;
using System.Text;

namespace Proofread.Lexicon.Thesaurus;

/// <summary>One synonym (or source headword) with the pair's strength (0–1) and provenance.</summary>
public readonly record struct ThesaurusEntry(string Term, float Strength, PairInfo Info);

/// <summary>
/// The merged thesaurus (Moby, MyThes, WordNet) as compact arrays: a sorted string table, the
/// forward index headword → synonyms and the reverse index synonym → headwords that list it.
/// Look-ups by id allocate nothing. Immutable and thread-safe.
/// </summary>
public sealed class ThesaurusIndex
{
    private readonly int[] _termOffsets;
    private readonly char[] _chars;
    private readonly int[] _rowStart;
    private readonly int[] _targets;
    private readonly byte[] _info;
    private readonly byte[] _strength;
    private readonly Task<ReverseIndex> _reverseTask;
    private ReverseIndex? _reverse;

    private ThesaurusIndex(int[] termOffsets, char[] chars, int[] rowStart, int[] targets, byte[] info, byte[] strength)
    {
        _termOffsets = termOffsets;
        _chars = chars;
        _rowStart = rowStart;
        _targets = targets;
        _info = info;
        _strength = strength;

        // The reverse index is built on another thread while the caller loads the rest; the first
        // reverse look-up waits for it.
        _reverseTask = Task.Run(BuildReverse);
    }

    private ReverseIndex Reverse => _reverse ??= _reverseTask.GetAwaiter().GetResult();

    /// <summary>Waits until the reverse index is built (for timing loads honestly).</summary>
    public void EnsureReverseIndex() => _ = Reverse;

    // No AggressiveOptimization: it would bypass the ReadyToRun code and JIT this at start-up.
    private ReverseIndex BuildReverse()
    {
        var terms = _termOffsets.Length - 1;
        var start = new int[terms + 1];
        foreach (var t in _targets)
        {
            start[t + 1]++;
        }

        for (var i = 0; i < terms; i++)
        {
            start[i + 1] += start[i];
        }

        var fill = (int[])start.Clone();
        var sources = new int[_targets.Length];
        var pairs = new int[_targets.Length];
        for (var h = 0; h < terms; h++)
        {
            for (var p = _rowStart[h]; p < _rowStart[h + 1]; p++)
            {
                var slot = fill[_targets[p]]++;
                sources[slot] = h;
                pairs[slot] = p;
            }
        }

        return new ReverseIndex(start, sources, pairs);
    }

    private sealed record ReverseIndex(int[] Start, int[] Sources, int[] Pairs);

    /// <summary>How many distinct terms (headwords and synonyms).</summary>
    public int TermCount => _termOffsets.Length - 1;

    /// <summary>How many (headword, synonym) pairs.</summary>
    public int PairCount => _targets.Length;

    /// <summary>Loads the shipped thesaurus (dictionaries/thesaurus/thesaurus.bin).</summary>
    public static ThesaurusIndex LoadDefault() => Load(ProofreadData.Path("thesaurus/thesaurus.bin"));

    /// <summary>Loads a thesaurus file written by <see cref="ThesaurusWriter"/>.</summary>
    public static ThesaurusIndex Load(string path) => Load(File.ReadAllBytes(path));

    // No AggressiveOptimization: it would bypass the ReadyToRun code and JIT this at start-up.
    public static ThesaurusIndex Load(byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        if (bytes.Length < 20 || Encoding.ASCII.GetString(bytes, 0, 8) != ThesaurusWriter.Magic)
        {
            throw new InvalidDataException("not a Proofread thesaurus file");
        }

        var span = bytes.AsSpan();
        var terms = BitConverter.ToInt32(bytes, 8);
        var pairs = BitConverter.ToInt32(bytes, 12);
        var chars = BitConverter.ToInt32(bytes, 16);
        var at = 20;
        var offsets = MemoryMarshal.Cast<byte, int>(span.Slice(at, (terms + 1) * 4)).ToArray();
        at += (terms + 1) * 4;
        var text = MemoryMarshal.Cast<byte, char>(span.Slice(at, chars * 2)).ToArray();
        at += chars * 2;
        var rowStart = new int[terms + 1];
        var targets = new int[pairs];
        var p = 0;
        for (var h = 0; h < terms; h++)
        {
            var count = (int)ReadVarint(span, ref at);
            var previous = 0;
            for (var k = 0; k < count; k++)
            {
                previous += (int)ReadVarint(span, ref at);
                targets[p++] = previous;
            }

            rowStart[h + 1] = p;
        }

        var info = span.Slice(at, pairs).ToArray();
        at += pairs;
        var strength = span.Slice(at, pairs).ToArray();
        return new ThesaurusIndex(offsets, text, rowStart, targets, info, strength);
    }

    /// <summary>The id of <paramref name="term"/> (exact, then lower case), or -1.</summary>
    public int Find(string term)
    {
        ArgumentNullException.ThrowIfNull(term);
        var id = Find(term.AsSpan());
        return id >= 0 || !term.Any(char.IsUpper) ? id : Find(term.ToLowerInvariant().AsSpan());
    }

    /// <summary>The id of exactly <paramref name="term"/>, or -1.</summary>
    public int Find(ReadOnlySpan<char> term)
    {
        int lo = 0, hi = TermCount - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            var c = TermSpan(mid).SequenceCompareTo(term);
            if (c == 0)
            {
                return mid;
            }

            if (c < 0)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return -1;
    }

    /// <summary>The text of term <paramref name="id"/>.</summary>
    public ReadOnlySpan<char> TermSpan(int id) => _chars.AsSpan(_termOffsets[id], _termOffsets[id + 1] - _termOffsets[id]);

    /// <summary>The text of term <paramref name="id"/>.</summary>
    public string Term(int id) => TermSpan(id).ToString();

    /// <summary>The synonym ids listed under headword <paramref name="id"/> (pair indexes run from <see cref="FirstPair"/>).</summary>
    public ReadOnlySpan<int> SynonymIds(int id) => _targets.AsSpan(_rowStart[id], _rowStart[id + 1] - _rowStart[id]);

    /// <summary>The index of the first pair of headword <paramref name="id"/>.</summary>
    public int FirstPair(int id) => _rowStart[id];

    /// <summary>The headword ids that list term <paramref name="id"/> as a synonym.</summary>
    public ReadOnlySpan<int> SourceIds(int id)
    {
        var r = Reverse;
        return r.Sources.AsSpan(r.Start[id], r.Start[id + 1] - r.Start[id]);
    }

    /// <summary>The pair indexes matching <see cref="SourceIds"/>, for strengths and info.</summary>
    public ReadOnlySpan<int> SourcePairs(int id)
    {
        var r = Reverse;
        return r.Pairs.AsSpan(r.Start[id], r.Start[id + 1] - r.Start[id]);
    }

    /// <summary>The strength of pair <paramref name="pair"/>, 0–1.</summary>
    public float PairStrength(int pair) => _strength[pair] / 255f;

    /// <summary>The provenance bits of pair <paramref name="pair"/>.</summary>
    public PairInfo PairInfoOf(int pair) => (PairInfo)_info[pair];

    /// <summary>The synonyms listed under <paramref name="headword"/>, strongest first.</summary>
    public IReadOnlyList<ThesaurusEntry> Synonyms(string headword)
    {
        var id = Find(headword);
        if (id < 0)
        {
            return [];
        }

        var result = new List<ThesaurusEntry>();
        var first = _rowStart[id];
        var ids = SynonymIds(id);
        for (var k = 0; k < ids.Length; k++)
        {
            result.Add(new ThesaurusEntry(Term(ids[k]), PairStrength(first + k), PairInfoOf(first + k)));
        }

        return Sorted(result);
    }

    /// <summary>The headwords that list <paramref name="synonym"/>, strongest pair first.</summary>
    public IReadOnlyList<ThesaurusEntry> Sources(string synonym)
    {
        var id = Find(synonym);
        if (id < 0)
        {
            return [];
        }

        var result = new List<ThesaurusEntry>();
        var sources = SourceIds(id);
        var pairs = SourcePairs(id);
        for (var k = 0; k < sources.Length; k++)
        {
            result.Add(new ThesaurusEntry(Term(sources[k]), PairStrength(pairs[k]), PairInfoOf(pairs[k])));
        }

        return Sorted(result);
    }

    private static List<ThesaurusEntry> Sorted(List<ThesaurusEntry> entries)
    {
        entries.Sort((a, b) => b.Strength != a.Strength ? b.Strength.CompareTo(a.Strength) : string.CompareOrdinal(a.Term, b.Term));
        return entries;
    }

    private static uint ReadVarint(ReadOnlySpan<byte> span, ref int at)
    {
        uint value = 0;
        var shift = 0;
        while (true)
        {
            var b = span[at++];
            value |= (uint)(b & 0x7F) << shift;
            if (b < 0x80)
            {
                return value;
            }

            shift += 7;
        }
    }
}
