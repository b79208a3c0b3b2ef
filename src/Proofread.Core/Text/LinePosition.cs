namespace Proofread.Text;

/// <summary>A 1-based line and column; the column counts UTF-16 code units.</summary>
public readonly record struct LinePosition(int Line, int Column)
{
    /// <inheritdoc />
    public override string ToString() => $"{Line}:{Column}";
}
