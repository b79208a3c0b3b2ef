using System.CommandLine;
using Proofread.Reporting;

namespace Proofread.Cli.Review;

/// <summary><c>proofread review PATH...</c>: accept, reject or edit each suggestion interactively.</summary>
internal static class ReviewCommand
{
    public static Command Create(CliHost host, Func<AnalyzerSettings, IReadOnlyList<Pipeline.IAnalyzer>> createAnalyzers)
    {
        var paths = new Argument<string[]>("PATH")
        {
            Description = "Files or directories to review (not standard input: it gives the answers).",
            Arity = ArgumentArity.OneOrMore,
        };
        var color = ColorOption.Create("the diff");
        var common = new AnalysisOptionSet();
        var review = new Command(
            "review",
            "Walk through each suggestion: y accept, n reject, e edit, a accept all of this rule, s skip the file, q quit. Accepted edits are written at the end. In a terminal one key press answers; otherwise standard input gives one answer a line.")
        {
            paths, color,
        };
        foreach (var option in common.All)
        {
            review.Options.Add(option);
        }

        review.SetAction(parseResult =>
        {
            var errors = new List<string>();
            var overrides = common.Read(parseResult, host.WorkingDirectory, errors);
            var inputs = parseResult.GetValue(paths) ?? [];
            if (inputs.Contains("-"))
            {
                errors.Add("review reads its answers from standard input; it cannot review '-'.");
            }

            if (errors.Count > 0)
            {
                errors.ForEach(error => host.Error.Write($"proofread: {error}\n"));
                return ExitCodes.Error;
            }

            var pipelines = new PipelineProvider(createAnalyzers, overrides, host.WorkingDirectory);
            var settings = new CheckSettings(inputs, ReportFormat.Text, CheckMode.Report, null, pipelines.WalkIncludes, overrides.Excludes, Color: false)
            {
                Accept = pipelines.DirectoryFilter,
            };
            var (files, problems, configProblems) = pipelines.Resolve(settings);
            if (configProblems.Count > 0)
            {
                configProblems.ForEach(error => host.Error.Write($"proofread: {error}\n"));
                return ExitCodes.Error;
            }

            problems.ForEach(error => host.Error.Write($"proofread: {error}\n"));
            var useColor = ColorOption.Resolve(parseResult, color, host);
            using var stdin = host.ReadKey is null ? new StreamReader(host.OpenStandardInput()) : null;
            Answers answers = host.ReadKey is { } readKey
                ? new Answers.Keys(readKey, host.ReadLine ?? (() => null))
                : new Answers.Lines(stdin!);
            var exitCode = new ReviewSession(pipelines, host, answers, useColor).Run(files);
            return problems.Count > 0 ? ExitCodes.Error : exitCode;
        });
        return review;
    }
}
