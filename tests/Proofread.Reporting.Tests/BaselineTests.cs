using System.Collections.Immutable;
using Proofread.Findings;
using Proofread.Reporting.Baselines;
using Proofread.Text;
using static Proofread.Reporting.Tests.FormatterTests;

namespace Proofread.Reporting.Tests;

public class BaselineTests
{
    private const string Text = "Intro.\nWe saw teh cat and teh dog.\nThe teh end.\n";

    // Every "teh" in the text, as typo findings.
    private static FileReport Report(string text, string path = "docs/a.txt")
    {
        var source = new SourceText(text);
        var findings = ImmutableArray.CreateBuilder<Finding>();
        for (var at = text.IndexOf("teh", StringComparison.Ordinal); at >= 0; at = text.IndexOf("teh", at + 1, StringComparison.Ordinal))
        {
            findings.Add(new Finding(Typo, new TextSpan(at, 3), "teh", "Typo.", Severity.Warning, [new Suggestion("the", 0.9)]));
        }

        return new FileReport(path, source, 10, findings.ToImmutable());
    }

    private static ImmutableArray<Finding> NewFindings(Baseline baseline, FileReport report) =>
        baseline.Filter(report.Path, report.Source, report.Findings);

    [Fact]
    public void Everything_recorded_is_suppressed()
    {
        var report = Report(Text);
        Assert.Empty(NewFindings(Baseline.FromReports([report], null), report));
    }

    [Fact]
    public void Lines_added_above_and_edits_elsewhere_keep_findings_recognised()
    {
        var baseline = Baseline.FromReports([Report(Text)], null);
        var edited = Report("A new first line.\n\n" + Text.Replace("Intro.", "A longer introduction.", StringComparison.Ordinal)+ "A line added below.\n");
        Assert.Equal(3, edited.Findings.Length);
        Assert.Empty(NewFindings(baseline, edited));
    }

    [Fact]
    public void A_new_finding_is_reported_and_the_old_ones_are_not()
    {
        var baseline = Baseline.FromReports([Report(Text)], null);
        var edited = Report(Text + "Another teh here.\n");
        var fresh = Assert.Single(NewFindings(baseline, edited));
        Assert.Equal(Text.Length + "Another ".Length, fresh.Span.Start);
    }

    [Fact]
    public void A_second_identical_finding_in_the_same_context_is_new()
    {
        var baseline = Baseline.FromReports([Report("One teh.\n")], null);
        Assert.Single(NewFindings(baseline, Report("One teh.\nOne teh.\n")));
    }

    [Fact]
    public void Changing_the_words_around_a_finding_or_its_file_makes_it_new()
    {
        var baseline = Baseline.FromReports([Report(Text)], null);
        Assert.Single(NewFindings(baseline, Report(Text.Replace("The teh end.", "The teh finish.", StringComparison.Ordinal))));
        Assert.Equal(3, NewFindings(baseline, Report(Text, "docs/b.txt")).Length);
    }

    [Fact]
    public void Case_spacing_and_punctuation_do_not_change_a_fingerprint()
    {
        var a = Report("We saw teh cat.\n");
        var b = Report("we  SAW, teh cat!\n");
        Assert.Equal(Baseline.Fingerprint(a.Source, a.Findings[0]), Baseline.Fingerprint(b.Source, b.Findings[0]));
        Assert.Matches("^[0-9a-f]{32}$", Baseline.Fingerprint(a.Source, a.Findings[0]));
    }

    [Fact]
    public void The_file_round_trips()
    {
        var baseline = Baseline.FromReports([Report(Text), Report("teh\n", "b.txt")], null);
        var json = baseline.ToJson();
        Assert.StartsWith("{\n  \"version\": 1,\n  \"findings\": [\n    {\n      \"path\": \"b.txt\",\n      \"rule\": \"test.typo\",\n      \"fingerprint\": \"", json, StringComparison.Ordinal);
        var read = Baseline.Parse(json);
        Assert.Equal<BaselineEntry>(baseline.Entries, read.Entries);
        Assert.Equal(json, read.ToJson());
        Assert.Empty(NewFindings(read, Report(Text)));
    }

    [Theory]
    [InlineData("not json", "invalid JSON")]
    [InlineData("[]", "not a version 1 baseline")]
    [InlineData("{\"version\": 2, \"findings\": []}", "not a version 1 baseline")]
    [InlineData("{\"version\": 1, \"findings\": [{\"path\": \"a\", \"rule\": \"r\"}]}", "no \"fingerprint\" string")]
    public void Bad_files_are_refused_with_a_reason(string json, string reason)
    {
        var error = Assert.Throws<BaselineException>(() => Baseline.Parse(json));
        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
    }
}
