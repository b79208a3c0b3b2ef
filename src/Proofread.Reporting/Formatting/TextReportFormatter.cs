using System.Globalization;
using System.Text;
using Proofread.Findings;

namespace Proofread.Reporting.Formatting;

/// <summary>
/// Human-readable report, grouped by file. Each finding is written as
/// <c>path:line:col severity rule message</c>, then the source line with the span underlined
/// (<c>^^^</c>), then the suggestions with their confidence. A summary line ends the run
/// ("12 suggestions in 3 files"). ANSI colours only when asked for.
/// </summary>
public sealed class TextReportFormatter : IReportFormatter
{
    /// <summary>A file whose spin score reaches this is called likely machine-spun.</summary>
    public const double SpinVerdictThreshold = 0.5;

    /// <summary>Source lines longer than this are shown as an excerpt around the span.</summary>
    public const int MaxShownLineLength = 160;

    private const string Reset = "\e[0m";
    private const string Bold = "\e[1m";
    private const string Dim = "\e[2m";
    private const string Red = "\e[1;31m";
    private const string Yellow = "\e[1;33m";
    private const string Cyan = "\e[1;36m";
    private const string Blue = "\e[34m";
    private const string Green = "\e[32m";

    private readonly TextWriter _output;
    private readonly bool _color;
    private int _files;
    private int _findings;
    private bool _wroteAny;
    private int _sentences;
    private int _words;
    private int _syllables;

    /// <summary>Creates the formatter; <paramref name="color"/> turns ANSI colours on.</summary>
    public TextReportFormatter(TextWriter output, bool color)
    {
        _output = output;
        _color = color;
    }

    /// <inheritdoc />
    public void Begin()
    {
    }

    /// <inheritdoc />
    public void WriteFile(FileReport report)
    {
        _files++;
        _findings += report.Findings.Length;
        if (report.Readability is { Sentences: { } sentences, Words: { } words, Syllables: { } syllables })
        {
            _sentences += sentences;
            _words += words;
            _syllables += syllables;
        }

        var spinScore = report.Spin?.Score;
        if (report.Findings.IsDefaultOrEmpty && !(spinScore >= SpinVerdictThreshold))
        {
            return;
        }

        // Files are separated by a blank line.
        if (_wroteAny)
        {
            _output.Write('\n');
        }

        _wroteAny = true;
        if (spinScore is { } score)
        {
            // The per-file verdict leads: it is what a screening editor reads first.
            var verdict = score >= SpinVerdictThreshold ? "likely machine-spun" : score >= 0.2 ? "some signs of spinning" : "reads as human-written";
            _output.Write(Paint(Bold, string.Create(CultureInfo.InvariantCulture, $"{report.Path}: spin score {score:0.00} ({verdict})")));
            _output.Write('\n');
        }

        if (report.Findings.IsDefaultOrEmpty)
        {
            _output.Flush();
            return;
        }

        var lines = report.Source.Lines;
        var lastLine = lines.GetPosition(report.Findings.Max(f => f.Span.Start)).Line;
        var gutter = lastLine.ToString(CultureInfo.InvariantCulture).Length;
        var builder = new StringBuilder();
        foreach (var finding in report.Findings)
        {
            WriteFinding(builder, report, finding, gutter);
        }

        _output.Write(builder.ToString());
        _output.Flush();
    }

    /// <inheritdoc />
    public void End(RunSummary summary)
    {
        if (_wroteAny)
        {
            _output.Write('\n');
        }

        if (summary.FixedFiles > 0)
        {
            _output.Write(Paint(Green, $"Fixed {Quantity(summary.AppliedEdits, "suggestion", "suggestions")} in {Quantity(summary.FixedFiles, "file", "files")}"));
            _output.Write('\n');
        }

        if (ReadabilityLine(_sentences, _words, _syllables) is { } readability)
        {
            _output.Write(readability);
            _output.Write('\n');
        }

        _output.Write(Paint(Bold, Summary(_findings, _files)));
        _output.Write('\n');
        _output.Flush();
    }

    /// <summary>The summary line: "No suggestions in 1 file", "1 suggestion in 1 file", "12 suggestions in 3 files".</summary>
    /// <remarks>
    /// The wording is Humanizer's <c>ToQuantity</c> (a test holds the two equal), written out here
    /// because Humanizer's first call builds its whole English vocabulary, which cost a few hundred
    /// milliseconds of start-up on the development machine.
    /// </remarks>
    public static string Summary(int findings, int files)
    {
        var found = findings == 0 ? "No suggestions" : Quantity(findings, "suggestion", "suggestions");
        return $"{found} in {Quantity(files, "file", "files")}";
    }

    /// <summary>
    /// The readability line over all files ("Readability: plain English (Flesch reading ease 64.2,
    /// Flesch–Kincaid grade 8.1; 316 words in 14 sentences)"), or null when there are no words.
    /// </summary>
    public static string? ReadabilityLine(int sentences, int words, int syllables)
    {
        if (words == 0 || sentences == 0)
        {
            return null;
        }

        // The same formulas as the per-file figures, over the summed counts.
        var wordsPerSentence = (double)words / sentences;
        var syllablesPerWord = (double)syllables / words;
        var ease = 206.835 - (1.015 * wordsPerSentence) - (84.6 * syllablesPerWord);
        var grade = (0.39 * wordsPerSentence) + (11.8 * syllablesPerWord) - 15.59;
        return string.Create(
            CultureInfo.InvariantCulture,
            $"Readability: {ReadabilitySummary.Verdict(ease)} (Flesch reading ease {ease:0.0}, Flesch–Kincaid grade {grade:0.0}; {Quantity(words, "word", "words")} in {Quantity(sentences, "sentence", "sentences")})");
    }

    /// <summary>A count and a noun: "1 file", "0 files", "3 files".</summary>
    public static string Quantity(int count, string singular, string plural) =>
        count.ToString(CultureInfo.InvariantCulture) + " " + (count == 1 ? singular : plural);

    private void WriteFinding(StringBuilder builder, FileReport report, Finding finding, int gutter)
    {
        var source = report.Source;
        var position = source.Lines.GetPosition(finding.Span.Start);
        var severityColor = finding.Severity switch
        {
            Severity.Error => Red,
            Severity.Warning => Yellow,
            _ => Cyan,
        };

        builder.Append(Paint(Bold, $"{report.Path}:{position.Line}:{position.Column}"))
            .Append(' ')
            .Append(Paint(severityColor, JsonReportWriter.Name(finding.Severity)))
            .Append(' ')
            .Append(Paint(Dim, finding.Rule.Id))
            .Append(' ')
            .Append(OneLine(finding.Message))
            .Append('\n');

        // The source line, and carets under the span (up to the end of its first line).
        var lineStart = source.Lines.LineStart(position.Line);
        var lineEnd = LineContentEnd(source.Text, lineStart);
        var spanStart = finding.Span.Start;
        var spanEnd = Math.Min(Math.Max(finding.Span.End, spanStart), lineEnd);
        var (shown, caretPrefix, caretCount) = Excerpt(source.Text, lineStart, lineEnd, spanStart, spanEnd);
        var number = position.Line.ToString(CultureInfo.InvariantCulture).PadLeft(gutter);
        var blank = new string(' ', gutter);
        builder.Append(Paint(Blue, $"  {number} |")).Append(' ').Append(shown).Append('\n');
        builder.Append(Paint(Blue, $"  {blank} |")).Append(' ').Append(caretPrefix)
            .Append(Paint(severityColor, new string('^', caretCount))).Append('\n');

        if (!finding.Suggestions.IsDefaultOrEmpty)
        {
            builder.Append(Paint(Blue, $"  {blank} =")).Append(' ')
                .Append(finding.Suggestions.Length == 1 ? "suggestion: " : "suggestions: ");
            for (var i = 0; i < finding.Suggestions.Length; i++)
            {
                var suggestion = finding.Suggestions[i];
                if (i > 0)
                {
                    builder.Append(", ");
                }

                builder.Append(Paint(Green, OneLine(suggestion.Text)))
                    .Append(" (")
                    .Append(Percent(suggestion.Confidence))
                    .Append(')');
            }

            builder.Append('\n');
        }
    }

    /// <summary>A confidence as a whole percentage: 0.934 → "93%".</summary>
    public static string Percent(double confidence) =>
        Math.Round(confidence * 100, MidpointRounding.AwayFromZero).ToString("0", CultureInfo.InvariantCulture) + "%";

    private static int LineContentEnd(string text, int lineStart)
    {
        var end = lineStart;
        while (end < text.Length && text[end] is not ('\n' or '\r'))
        {
            end++;
        }

        return end;
    }

    // The part of a line to show, the whitespace that aligns the carets, and how many carets.
    // Long lines are cut to a window around the span, marked with "…".
    private static (string Shown, string CaretPrefix, int CaretCount) Excerpt(string text, int lineStart, int lineEnd, int spanStart, int spanEnd)
    {
        var from = lineStart;
        var to = lineEnd;
        if (to - from > MaxShownLineLength)
        {
            from = Math.Max(lineStart, spanStart - (MaxShownLineLength / 3));
            to = Math.Min(lineEnd, from + MaxShownLineLength);
            spanEnd = Math.Min(spanEnd, to);
        }

        var shown = new StringBuilder(to - from + 2);
        var prefix = new StringBuilder(spanStart - from + 1);
        if (from > lineStart)
        {
            shown.Append('…');
            prefix.Append(' ');
        }

        for (var i = from; i < to; i++)
        {
            var c = text[i];
            shown.Append(Printable(c));
            if (i < spanStart)
            {
                prefix.Append(c == '\t' ? '\t' : ' ');
            }
        }

        if (to < lineEnd)
        {
            shown.Append('…');
        }

        return (shown.ToString(), prefix.ToString(), Math.Max(1, spanEnd - spanStart));
    }

    // Control characters would move the terminal's cursor; they are shown as U+FFFD (one unit, so carets stay aligned).
    private static char Printable(char c) => c != '\t' && char.IsControl(c) ? '\uFFFD' : c;

    private static string OneLine(string text)
    {
        if (!text.AsSpan().ContainsAny('\n', '\r'))
        {
            return text;
        }

        return text.Replace("\r\n", " ", StringComparison.Ordinal).Replace('\n', ' ').Replace('\r', ' ');
    }

    private string Paint(string style, string text) => _color ? style + text + Reset : text;
}
