using System.Collections.Immutable;
using Humanizer;
using Proofread.Documents;
using Proofread.Editing;
using Proofread.Findings;
using Proofread.Pipeline;
using Proofread.Reporting;
using Proofread.Reporting.Formatting;

namespace Proofread.Cli;

/// <summary>
/// One <c>check</c> run: resolves inputs, analyses files in parallel, and writes reports, diffs and
/// errors in input order. A file that fails is reported on stderr and never written; the others
/// are still processed.
/// </summary>
internal sealed partial class CheckRunner
{
    private readonly PipelineProvider _pipelines;
    private readonly CheckSettings _settings;
    private readonly CliHost _host;

    public CheckRunner(PipelineProvider pipelines, CheckSettings settings, CliHost host)
    {
        _pipelines = pipelines;
        _settings = settings;
        _host = host;
    }

    public int Run()
    {
        // Config problems are usage errors: reported before anything is checked, and nothing is.
        var (inputs, resolveErrors, configErrors) = _pipelines.Resolve(_settings);
        if (configErrors.Count > 0)
        {
            configErrors.ForEach(error => _host.Error.Write($"proofread: {error}\n"));
            return ExitCodes.Error;
        }

        var exitCode = ExitCodes.Success;
        foreach (var error in resolveErrors)
        {
            _host.Error.Write($"proofread: {error}\n");
            exitCode = ExitCodes.Error;
        }

        var formatter = _settings.Mode is CheckMode.Diff or CheckMode.Baseline
            ? null
            : ReportFormatters.Create(_settings.Format, _host.Out, new ReportOptions(_settings.Color, _host.WorkingDirectory));
        var recorded = new List<FileReport>();
        formatter?.Begin();
        var fixedFiles = 0;
        var appliedEdits = 0;
        using var progress = ProgressBar.Start(_host, inputs.Count);
        OrderedParallel.Run(
            inputs.Count,
            i => Process(inputs[i]),
            progress.Around<FileOutcome>((_, outcome) =>
            {
                if (outcome.Error is { } error)
                {
                    _host.Error.Write($"proofread: {error}\n");
                    exitCode = ExitCodes.Error;
                    return;
                }

                if (outcome.Diff is { Length: > 0 } diff)
                {
                    _host.Out.Write(diff);
                }

                if (outcome.Report is { } report)
                {
                    formatter?.WriteFile(report);
                    if (_settings.Mode == CheckMode.Baseline)
                    {
                        recorded.Add(report);
                    }
                }

                if (outcome.AppliedEdits > 0)
                {
                    fixedFiles++;
                    appliedEdits += outcome.AppliedEdits;
                }

                if (exitCode == ExitCodes.Success && Fails(outcome.Findings))
                {
                    exitCode = ExitCodes.Findings;
                }
            }),
            Environment.ProcessorCount);
        progress.Clear();
        formatter?.End(new RunSummary(fixedFiles, appliedEdits));
        if (_settings.Mode == CheckMode.Baseline)
        {
            return WriteBaseline(recorded, exitCode);
        }

        (formatter as IDisposable)?.Dispose();
        _host.Out.Flush();
        return exitCode;
    }

    private bool Fails(ImmutableArray<Finding> findings) =>
        _settings.FailOn is { } threshold && findings.Any(f => f.Severity >= threshold);

    private FileOutcome Process(Input input)
    {
        var pipeline = _pipelines.For(input);
        Document document;
        try
        {
            document = Load(input);
        }
        catch (DocumentLoadException e)
        {
            return FileOutcome.Failed(e.Message);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return FileOutcome.Failed($"{input.Path}: {e.Message}");
        }

        try
        {
            return _settings.Mode switch
            {
                CheckMode.Diff => Diff(pipeline, document),
                CheckMode.Fix => Fix(pipeline, document, input.FullPath),
                _ => Report(pipeline, document, pipeline.Analyze(document)),
            };
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return FileOutcome.Failed($"{input.Path}: {e.Message}");
        }
#pragma warning disable CA1031 // One file's failure must not stop the others; it is reported and exits 2.
        catch (Exception e)
#pragma warning restore CA1031
        {
            return FileOutcome.Failed($"{input.Path}: internal error: {e.GetType().Name}: {e.Message}");
        }
    }

    private Document Load(Input input)
    {
        if (input.IsStandardInput)
        {
            using var stdin = _host.OpenStandardInput();
            using var buffer = new MemoryStream();
            stdin.CopyTo(buffer);
            if (buffer.Length > CheckSettings.MaxFileBytes)
            {
                throw new DocumentLoadException(input.Path, TooLarge(buffer.Length));
            }

            return DocumentLoader.FromBytes(input.Path, buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
        }

        // Read here rather than by LoadFile: the document keeps the path as the user gave it,
        // relative to the host's working directory.
        var length = new FileInfo(input.FullPath).Length;
        if (length > CheckSettings.MaxFileBytes)
        {
            throw new DocumentLoadException(input.Path, TooLarge(length));
        }

        return DocumentLoader.FromBytes(input.Path, File.ReadAllBytes(input.FullPath));
    }

    // Humanizer's byte sizes read naturally ("50 MB"); they cost nothing unless a file is refused.
    private static string TooLarge(long length) =>
        $"file too large ({ByteSize.FromBytes(length).Humanize("0.#")}; the limit is {ByteSize.FromBytes(CheckSettings.MaxFileBytes).Humanize("0.#")})";

    private FileOutcome Report(ProofreadPipeline pipeline, Document document, ImmutableArray<Finding> findings, int appliedEdits = 0)
    {
        findings = WithoutBaseline(document, findings);
        var readability = ReadabilityReport.Summarize(document);

        var report = new FileReport(
            document.Path,
            document.Source,
            document.WordCount,
            findings,
            SpinSummary.FromFindings(findings) with { Score = pipeline.Score(document, findings, "spin") },
            readability);
        return new FileOutcome(report, findings, null, null, appliedEdits);
    }

    private FileOutcome Diff(ProofreadPipeline pipeline, Document document)
    {
        var findings = pipeline.Analyze(document);
        if (EditResolver.Resolve(findings).IsEmpty)
        {
            // Nothing to fix: Fixer would analyse the same text again to find that out.
            return new FileOutcome(null, findings, null, null, 0);
        }

        var result = Fixer.Fix(pipeline, document, Reloader(document));
        var diff = RenderDiff(document, result);
        return new FileOutcome(null, findings, diff, null, 0);
    }

    private FileOutcome Fix(ProofreadPipeline pipeline, Document document, string fullPath)
    {
        var findings = pipeline.Analyze(document);
        if (EditResolver.Resolve(findings).IsEmpty)
        {
            return Report(pipeline, document, findings);
        }

        var reload = Reloader(document);
        var result = Fixer.Fix(pipeline, document, reload);
        if (!result.Changed)
        {
            return Report(pipeline, document, findings);
        }

        var fixedDocument = reload(result.Fixed);
        AtomicFile.Replace(fullPath, fixedDocument.Source.Encode());
        return Report(pipeline, fixedDocument, pipeline.Analyze(fixedDocument), result.EditCount);
    }

    private static Func<string, Document> Reloader(Document document) =>
        text => DocumentLoader.FromSource(document.Path, document.Source.WithText(text), document.Kind);

    private sealed record FileOutcome(FileReport? Report, ImmutableArray<Finding> Findings, string? Diff, string? Error, int AppliedEdits)
    {
        public static FileOutcome Failed(string error) => new(null, [], null, error, 0);
    }
}
