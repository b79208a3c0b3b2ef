using Proofread.Lexicon.Terms;
using Proofread.Lexicon.Thesaurus;

namespace Proofread.Spin;

/// <summary>
/// A candidate as generation proposes it, before pruning: most proposals are pruned, so they live
/// in a reused array and only the survivors become <see cref="Candidate"/> objects.
/// </summary>
internal struct Proposal
{
    public int Start;
    public int Length;
    public CandidateText Text;
    public string Observed;
    public CandidateSource Sources;
    public float Strength;
    public PairInfo Info;
    public int ChannelRank;
    public string? Display;
    public TermMatch? Term;
    public int DocumentContext;
    public double Delta;

    // The next proposal of the same span, in proposal order (-1: the last).
    public int Next;
}

/// <summary>
/// The candidates proposed for one sentence: one per span and wording (later proposals add their
/// source), in order of first proposal and grouped by span (groups in order of first appearance),
/// with the observed text of each span. Reused from sentence to sentence of one document.
/// </summary>
internal sealed class Proposals(SpinResources resources, int maxLength)
{
    private readonly Dictionary<CandidateGenerator.SpanWording, int> _byKey = new(CandidateGenerator.SpanWordingComparer.Instance);
    private readonly List<int> _groupFirst = [];
    private readonly List<int> _groupLast = [];
    private Proposal[] _items = new Proposal[256];
    private Candidate?[] _objects = new Candidate?[256];
    private string?[] _observed = [];
    private int[] _group = [];
    private SentenceContext? _sentence;

    /// <summary>How many candidates were proposed.</summary>
    public int Count { get; private set; }

    /// <summary>How many spans have candidates.</summary>
    public int GroupCount => _groupFirst.Count;

    /// <summary>A proposal, to update in place.</summary>
    public ref Proposal this[int index] => ref _items[index];

    /// <summary>The first proposal of group <paramref name="group"/>; follow <see cref="Proposal.Next"/> for the rest.</summary>
    public int GroupFirst(int group) => _groupFirst[group];

    /// <summary>Starts a new sentence.</summary>
    public void Reset(SentenceContext sentence)
    {
        _sentence = sentence;
        Array.Clear(_items, 0, Count);
        Array.Clear(_objects, 0, Count);
        Count = 0;
        _byKey.Clear();
        _groupFirst.Clear();
        _groupLast.Clear();
        var slots = sentence.Count * (maxLength + 1);
        if (_observed.Length < slots)
        {
            _observed = new string?[Math.Max(slots, _observed.Length * 2)];
            _group = new int[_observed.Length];
        }
        else
        {
            Array.Clear(_observed, 0, slots);
            Array.Clear(_group, 0, slots);
        }
    }

    /// <summary>The observed words of a span, lower case (joined once per span).</summary>
    public string Observed(int start, int length) =>
        _observed[(start * (maxLength + 1)) + length] ??= _sentence!.Join(start, length);

    /// <summary>Proposes a wording in any case; -1 when it is the observed text or its other regional spelling, else its index.</summary>
    public int Add(int start, int length, string text, CandidateSource source)
    {
        text = text.ToLowerInvariant();
        var observed = Observed(start, length);
        if (text == observed || (length == 1 && resources.IsSpellingVariant(observed, text)))
        {
            return -1;
        }

        var key = new CandidateGenerator.SpanWording(start, length, text, text.GetHashCode(StringComparison.Ordinal));
        if (!_byKey.TryGetValue(key, out var k))
        {
            k = Create(key, new CandidateText(text, resources.Language), observed);
        }

        _items[k].Sources |= source;
        return k;
    }

    /// <summary>
    /// Proposes a lower-case wording; -1 when it is the observed text or (when
    /// <paramref name="checkVariant"/>: the caller has not ruled it out) its other regional spelling.
    /// </summary>
    public int Add(int start, int length, CandidateText text, CandidateSource source, bool checkVariant)
    {
        var observed = Observed(start, length);
        if (text.Text == observed || (checkVariant && length == 1 && resources.IsSpellingVariant(observed, text.Text)))
        {
            return -1;
        }

        var key = new CandidateGenerator.SpanWording(start, length, text.Text, text.Hash);
        if (!_byKey.TryGetValue(key, out var k))
        {
            k = Create(key, text, observed);
        }

        _items[k].Sources |= source;
        return k;
    }

    /// <summary>The candidate object of a proposal (the same object each time it is asked for).</summary>
    public Candidate Materialize(int index)
    {
        if (_objects[index] is { } made)
        {
            return made;
        }

        ref var p = ref _items[index];
        var c = new Candidate(p.Start, p.Length, p.Text, p.Observed)
        {
            Sources = p.Sources,
            Strength = p.Strength,
            Info = p.Info,
            ChannelRank = p.ChannelRank,
            Display = p.Display,
            Term = p.Term,
            DocumentContext = p.DocumentContext,
            DeltaAsWritten = p.Delta,
        };
        _objects[index] = c;
        return c;
    }

    private int Create(CandidateGenerator.SpanWording key, CandidateText text, string observed)
    {
        if (Count == _items.Length)
        {
            Array.Resize(ref _items, Count * 2);
            Array.Resize(ref _objects, Count * 2);
        }

        // Field by field into the cleared slot: one struct copy of this size goes through a bulk write-barrier helper.
        var k = Count++;
        ref var p = ref _items[k];
        p.Start = key.Start;
        p.Length = key.Length;
        p.Text = text;
        p.Observed = observed;
        p.ChannelRank = SpinResources.NoChannel;
        p.Delta = double.NaN;
        p.Next = -1;
        _byKey[key] = k;
        ref var group = ref _group[(key.Start * (maxLength + 1)) + key.Length];
        if (group == 0)
        {
            _groupFirst.Add(k);
            _groupLast.Add(k);
            group = _groupFirst.Count;
        }
        else
        {
            _items[_groupLast[group - 1]].Next = k;
            _groupLast[group - 1] = k;
        }

        return k;
    }
}
