using System.Text;
using Proofread.Findings;

namespace Proofread.Reporting.Formatting;

/// <summary>
/// Where a finding is, as CI formats count: 1-based lines, 1-based start column and an end
/// column one past the span's last character (so a span of length 3 at column 8 ends at 11).
/// Columns count UTF-16 units unless made from <see cref="Utf8Of"/>.
/// </summary>
public readonly record struct FindingRegion(int StartLine, int StartColumn, int EndLine, int EndColumn)
{
    /// <summary>The region of <paramref name="finding"/> in <paramref name="report"/>, in UTF-16 columns.</summary>
    public static FindingRegion Of(FileReport report, Finding finding)
    {
        var lines = report.Source.Lines;
        var start = lines.GetPosition(finding.Span.Start);
        var end = lines.GetPosition(Math.Max(finding.Span.End, finding.Span.Start));
        return new FindingRegion(start.Line, start.Column, end.Line, end.Column);
    }

    /// <summary>The region with columns counted in UTF-8 bytes (reviewdog's convention).</summary>
    public static FindingRegion Utf8Of(FileReport report, Finding finding)
    {
        var region = Of(report, finding);
        return region with
        {
            StartColumn = Utf8Column(report, region.StartLine, region.StartColumn),
            EndColumn = Utf8Column(report, region.EndLine, region.EndColumn),
        };
    }

    private static int Utf8Column(FileReport report, int line, int column)
    {
        var text = report.Source.Text;
        var lineStart = report.Source.Lines.LineStart(line);
        var length = Math.Min(column - 1, text.Length - lineStart);
        return Encoding.UTF8.GetByteCount(text.AsSpan(lineStart, length)) + 1;
    }
}
