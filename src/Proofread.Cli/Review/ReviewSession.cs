using System.Collections.Immutable;
using System.Globalization;
using Proofread.Documents;
using Proofread.Editing;
using Proofread.Findings;
using Proofread.Reporting.Formatting;
using Proofread.Text;

namespace Proofread.Cli.Review;

/// <summary>
/// One <c>proofread review</c> run: walks every finding that has a suggestion, file by file,
/// shows the sentence with a word-level diff, the confidence and the explanation, and asks.
/// Accepted edits are kept in memory and written at the end, each file atomically; a file that
/// changed on disk meanwhile is not written.
/// </summary>
internal sealed class ReviewSession
{
    /// <summary>The keys and what they do, shown for '?' and unknown keys.</summary>
    public const string Help = """
        y - accept this suggestion
        n - reject it
        e - type your own replacement
        a - accept this and every later suggestion of this rule
        s - skip the rest of this file
        q - quit, writing what was accepted
        ? - this help

        """;

    private readonly PipelineProvider _pipelines;
    private readonly CliHost _host;
    private readonly Answers _answers;
    private readonly bool _color;
    private readonly HashSet<string> _acceptAll = new(StringComparer.Ordinal);
    private readonly List<(Input Input, Document Document, List<Finding> Accepted)> _pending = [];
    private int _shown;
    private int _accepted;
    private bool _quit;
    private bool _skipFile;

    public ReviewSession(PipelineProvider pipelines, CliHost host, Answers answers, bool color)
    {
        _pipelines = pipelines;
        _host = host;
        _answers = answers;
        _color = color;
    }

    /// <summary>Reviews <paramref name="inputs"/> in order; returns the exit code (2 if a file could not be read or written).</summary>
    public int Run(IReadOnlyList<Input> inputs)
    {
        var exitCode = ExitCodes.Success;
        foreach (var input in inputs)
        {
            if (_quit)
            {
                break;
            }

            Document document;
            try
            {
                if (new FileInfo(input.FullPath).Length > CheckSettings.MaxFileBytes)
                {
                    throw new IOException($"file too large (the limit is {CheckSettings.MaxFileBytes / (1024 * 1024)} MiB)");
                }

                document = DocumentLoader.FromBytes(input.Path, File.ReadAllBytes(input.FullPath));
            }
            catch (Exception e) when (e is DocumentLoadException or IOException or UnauthorizedAccessException)
            {
                _host.Error.Write($"proofread: {(e is DocumentLoadException ? e.Message : $"{input.Path}: {e.Message}")}\n");
                exitCode = ExitCodes.Error;
                continue;
            }

            var accepted = ReviewFile(document, _pipelines.For(input).Analyze(document));
            if (accepted.Count > 0)
            {
                _pending.Add((input, document, accepted));
            }
        }

        var (writeExit, files) = WriteAccepted();
        exitCode = Math.Max(exitCode, writeExit);
        _host.Out.Write($"Accepted {_accepted.ToString(CultureInfo.InvariantCulture)} of {TextReportFormatter.Quantity(_shown, "suggestion", "suggestions")}; changed {TextReportFormatter.Quantity(files, "file", "files")}\n");
        _host.Out.Flush();
        return exitCode;
    }

    private List<Finding> ReviewFile(Document document, ImmutableArray<Finding> findings)
    {
        var accepted = new List<Finding>();
        var candidates = findings.Where(f => f.BestSuggestion is { } s && !string.Equals(s.Text, f.Text, StringComparison.Ordinal)).ToList();
        for (var i = 0; i < candidates.Count && !_quit; i++)
        {
            var finding = candidates[i];

            // An accepted edit already covers this text.
            if (accepted.Exists(a => a.Span.OverlapsWith(finding.Span)))
            {
                continue;
            }

            _shown++;
            var best = finding.BestSuggestion!;
            var position = document.Source.Lines.GetPosition(finding.Span.Start);
            _host.Out.Write($"{document.Path}:{position.Line.ToString(CultureInfo.InvariantCulture)}:{position.Column.ToString(CultureInfo.InvariantCulture)} {finding.Rule.Id} ({(i + 1).ToString(CultureInfo.InvariantCulture)}/{candidates.Count.ToString(CultureInfo.InvariantCulture)})\n");
            _host.Out.Write($"  {Sentence(document, finding, best.Text)}\n");
            _host.Out.Write($"  confidence {best.Confidence.ToString("0.00", CultureInfo.InvariantCulture)} · {finding.Message}\n");
            if (_acceptAll.Contains(finding.Rule.Id))
            {
                _host.Out.Write($"  accepted (all of {finding.Rule.Id})\n");
                accepted.Add(Accept(finding, best.Text));
                continue;
            }

            var replacement = Ask(finding);
            if (replacement is not null)
            {
                accepted.Add(Accept(finding, replacement));
            }
            else if (_skipFile)
            {
                _skipFile = false;
                break;
            }
        }

        return accepted;
    }

    // The replacement to apply, or null (rejected, skipped or quit: see the flags).
    private string? Ask(Finding finding)
    {
        while (true)
        {
            _host.Out.Write("Accept? [y,n,e,a,s,q,?] ");
            _host.Out.Flush();
            var key = _answers.NextKey();
            _host.Out.Write(key is '\n' or '\r' ? "\n" : $"{key}\n");
            switch (key)
            {
                case 'y':
                    return finding.BestSuggestion!.Text;
                case 'n':
                    return null;
                case 'a':
                    _acceptAll.Add(finding.Rule.Id);
                    return finding.BestSuggestion!.Text;
                case 's':
                    _skipFile = true;
                    return null;
                case 'q':
                    _quit = true;
                    return null;
                case 'e':
                    _host.Out.Write("Replacement: ");
                    _host.Out.Flush();
                    if (_answers.NextLine() is { } typed)
                    {
                        _host.Out.Write(_host.ReadKey is null ? typed + "\n" : string.Empty);
                        return typed;
                    }

                    _host.Out.Write("\n");
                    _quit = true;
                    return null;
                default:
                    _host.Out.Write(Help);
                    break;
            }
        }
    }

    private Finding Accept(Finding finding, string replacement)
    {
        _accepted++;
        return finding with { Suggestions = [new Suggestion(replacement, 1)] };
    }

    // The sentence around the finding (or its line, outside sentences), with the change marked.
    private string Sentence(Document document, Finding finding, string replacement)
    {
        var span = finding.Span;
        var context = document.Sentences.FirstOrDefault(s => s.Span.Contains(span)).Span;
        if (context.IsEmpty)
        {
            var lines = document.Source.Lines;
            var first = lines.LineStart(lines.GetPosition(span.Start).Line);
            var lastLine = lines.GetPosition(span.End).Line;
            var end = lastLine < lines.LineCount ? lines.LineStart(lastLine + 1) : document.Text.Length;
            context = TextSpan.FromBounds(first, end);
        }

        var text = document.Text;
        return WordDiff.Render(
            text[context.Start..span.Start],
            finding.Text,
            replacement,
            text[span.End..context.End].TrimEnd('\r', '\n'),
            _color);
    }

    private (int ExitCode, int Written) WriteAccepted()
    {
        var exitCode = ExitCodes.Success;
        var written = 0;
        foreach (var (input, document, accepted) in _pending)
        {
            try
            {
                if (!File.ReadAllBytes(input.FullPath).AsSpan().SequenceEqual(document.Source.Encode()))
                {
                    _host.Error.Write($"proofread: {input.Path}: changed on disk during the review; not written\n");
                    exitCode = ExitCodes.Error;
                    continue;
                }

                var edits = EditResolver.Resolve(accepted);
                AtomicFile.Replace(input.FullPath, document.Source.WithText(TextEditApplier.Apply(document.Text, edits)).Encode());
                written++;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                _host.Error.Write($"proofread: {input.Path}: {e.Message}\n");
                exitCode = ExitCodes.Error;
            }
        }

        return (exitCode, written);
    }
}
