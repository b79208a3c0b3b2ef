namespace Proofread.Text;

/// <summary>A half-open range of UTF-16 code units in a document's decoded text.</summary>
public readonly record struct TextSpan(int Start, int Length) : IComparable<TextSpan>
{
    /// <summary>The first position after the span.</summary>
    public int End => Start + Length;

    /// <summary>Whether the span covers no characters.</summary>
    public bool IsEmpty => Length == 0;

    /// <summary>Creates a span from its start and end positions.</summary>
    public static TextSpan FromBounds(int start, int end)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfLessThan(end, start);
        return new TextSpan(start, end - start);
    }

    /// <summary>Whether the two spans share at least one character.</summary>
    public bool OverlapsWith(TextSpan other) => !IsEmpty && !other.IsEmpty && Start < other.End && other.Start < End;

    /// <summary>Whether <paramref name="other"/> lies wholly inside this span.</summary>
    public bool Contains(TextSpan other) => other.Start >= Start && other.End <= End;

    /// <summary>Whether <paramref name="position"/> lies inside this span.</summary>
    public bool Contains(int position) => position >= Start && position < End;

    /// <inheritdoc />
    public int CompareTo(TextSpan other)
    {
        var byStart = Start.CompareTo(other.Start);
        return byStart != 0 ? byStart : Length.CompareTo(other.Length);
    }

    /// <inheritdoc />
    public override string ToString() => $"[{Start}..{End})";

    public static bool operator <(TextSpan left, TextSpan right) => left.CompareTo(right) < 0;
    public static bool operator >(TextSpan left, TextSpan right) => left.CompareTo(right) > 0;
    public static bool operator <=(TextSpan left, TextSpan right) => left.CompareTo(right) <= 0;
    public static bool operator >=(TextSpan left, TextSpan right) => left.CompareTo(right) >= 0;
}
