using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Xml.Linq;
using Json.Schema;
using Proofread.Findings;
using Proofread.Reporting.Formatting;
using Proofread.Text;
using static Proofread.Reporting.Tests.FormatterTests;

namespace Proofread.Reporting.Tests;

public class CiFormatterTests
{
    private static readonly Lazy<JsonSchema> SarifSchema = new(LoadSarifSchema);

    // The official schema is draft-04; JsonSchema.Net reads draft-06 and later. The only draft-04
    // construct it uses is the root "id" (no boolean exclusiveMinimum/Maximum), and its references
    // are all local ("#/definitions/…"), so declaring it draft-07 without the id keeps every
    // constraint as written.
    private static JsonSchema LoadSarifSchema()
    {
        var node = JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Schemas", "sarif-schema-2.1.0.json")))!.AsObject();
        Assert.Equal("http://json-schema.org/draft-04/schema#", (string?)node["$schema"]);
        Assert.DoesNotContain("exclusiveM", node.ToJsonString(), StringComparison.Ordinal);
        node["$schema"] = "http://json-schema.org/draft-07/schema#";
        node.Remove("id");
        return JsonSchema.FromText(node.ToJsonString(), new BuildOptions { SchemaRegistry = new SchemaRegistry() });
    }

    private static EvaluationResults Validate(string json)
    {
        using var document = JsonDocument.Parse(json);
        return SarifSchema.Value.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true });
    }

    private static string Errors(EvaluationResults results) =>
        string.Join('\n', (results.Details ?? []).Where(d => d.Errors is { Count: > 0 }).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Key}: {e.Value}")));

    private static string RenderWith(ReportFormat format, string? baseDirectory, params FileReport[] reports)
    {
        using var output = new StringWriter();
        var formatter = ReportFormatters.Create(format, output, new ReportOptions(false, baseDirectory));
        formatter.Begin();
        foreach (var report in reports)
        {
            formatter.WriteFile(report);
        }

        formatter.End(RunSummary.None);
        (formatter as IDisposable)?.Dispose();
        return output.ToString();
    }

    // Edge cases in one file: a non-BMP character before a span, a span over a line break, an empty span, no suggestion.
    private static FileReport Awkward(string path = "my docs/b,c:d%.md")
    {
        var source = new SourceText("Emoji 😀 teh\nline one\r\nline two <b>\n");
        var lineBreak = source.Text.IndexOf("one", StringComparison.Ordinal);
        ImmutableArray<Finding> findings =
        [
            At(source, Typo, "teh", "Typo with \"quotes\", 100% sure\nand a second line.", new Suggestion("the", 0.9)),
            new Finding(Spin, new TextSpan(lineBreak, 10), source.Text.Substring(lineBreak, 10), "Across lines <&>.", Severity.Error, [new Suggestion("one two", 0.5)]),
            new Finding(Note, new TextSpan(source.Text.Length - 1, 0), string.Empty, "Empty span.", Severity.Info, []),
        ];
        return new FileReport(path, source, 6, findings);
    }

    [Fact]
    public void Sarif_is_valid_against_the_official_2_1_0_schema()
    {
        var sarif = RenderWith(ReportFormat.Sarif, null, Sample(), Awkward(), new FileReport("clean.txt", new SourceText("Fine.\n"), 1, []));
        var results = Validate(sarif);
        Assert.True(results.IsValid, Errors(results) + "\n" + sarif);
    }

    [Fact]
    public void Sarif_links_a_rules_help_page_when_it_has_one()
    {
        var rule = Typo with { HelpUri = "https://example.org/rules/test.typo" };
        var source = new SourceText("teh\n");
        var sarif = RenderWith(ReportFormat.Sarif, null, new FileReport("a.txt", source, 1, [new Finding(rule, new TextSpan(0, 3), "teh", "Typo.", Severity.Warning, [])]));
        using var document = JsonDocument.Parse(sarif);
        var rules = document.RootElement.GetProperty("runs")[0].GetProperty("tool").GetProperty("driver").GetProperty("rules");
        Assert.Equal("https://example.org/rules/test.typo", rules[0].GetProperty("helpUri").GetString());
        Assert.True(Validate(sarif).IsValid);
    }

    [Fact]
    public void The_cli_golden_sarif_is_valid_against_the_schema()
    {
        var results = Validate(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Schemas", "golden-check.sarif")));
        Assert.True(results.IsValid, Errors(results));
    }

    [Fact]
    public void The_schema_check_can_fail()
    {
        var sarif = RenderWith(ReportFormat.Sarif, null, Sample()).Replace("\"level\": \"warning\"", "\"level\": \"warn\"", StringComparison.Ordinal);
        Assert.False(Validate(sarif).IsValid);
        Assert.False(Validate("""{"version": "2.1.0", "runs": [{"results": []}]}""").IsValid);
    }

    [Fact]
    public void Sarif_has_rules_results_regions_relative_uris_and_fixes()
    {
        var baseDirectory = Path.GetFullPath(Path.Combine(Path.GetTempPath(), "repo"));
        var absolute = Sample() with { Path = Path.Combine(baseDirectory, "docs", "a b.txt") };
        using var document = JsonDocument.Parse(RenderWith(ReportFormat.Sarif, baseDirectory, absolute));
        var run = document.RootElement.GetProperty("runs")[0];
        var rules = run.GetProperty("tool").GetProperty("driver").GetProperty("rules");
        Assert.Equal(["spin.test", "test.note", "test.typo"], rules.EnumerateArray().Select(r => r.GetProperty("id").GetString()));
        Assert.Equal("Typo", rules[2].GetProperty("shortDescription").GetProperty("text").GetString());
        Assert.Equal("A typo.", rules[2].GetProperty("fullDescription").GetProperty("text").GetString());
        Assert.Equal("A typo. Category: spelling; rule id: test.typo.", rules[2].GetProperty("help").GetProperty("text").GetString());
        Assert.False(rules[2].TryGetProperty("helpUri", out _));

        var typo = run.GetProperty("results")[0];
        Assert.Equal("test.typo", typo.GetProperty("ruleId").GetString());
        Assert.Equal(2, typo.GetProperty("ruleIndex").GetInt32());
        Assert.Equal("warning", typo.GetProperty("level").GetString());
        Assert.Equal("Possible typo. Suggestion: the (95%)", typo.GetProperty("message").GetProperty("text").GetString());
        var location = typo.GetProperty("locations")[0].GetProperty("physicalLocation");
        Assert.Equal("docs/a%20b.txt", location.GetProperty("artifactLocation").GetProperty("uri").GetString());
        var region = location.GetProperty("region");
        Assert.Equal((2, 8, 2, 11), (region.GetProperty("startLine").GetInt32(), region.GetProperty("startColumn").GetInt32(), region.GetProperty("endLine").GetInt32(), region.GetProperty("endColumn").GetInt32()));
        Assert.Equal("teh", region.GetProperty("snippet").GetProperty("text").GetString());
        Assert.Equal(Baselines.Baseline.Fingerprint(absolute.Source, absolute.Findings[0]), typo.GetProperty("partialFingerprints").GetProperty("proofread/v1").GetString());
        var replacement = typo.GetProperty("fixes")[0].GetProperty("artifactChanges")[0].GetProperty("replacements")[0];
        Assert.Equal("the", replacement.GetProperty("insertedContent").GetProperty("text").GetString());
        Assert.Equal(11, replacement.GetProperty("deletedRegion").GetProperty("endColumn").GetInt32());

        var note = run.GetProperty("results")[2];
        Assert.Equal("note", note.GetProperty("level").GetString());
        Assert.False(note.TryGetProperty("fixes", out _));
    }

    [Fact]
    public void Sarif_regions_count_utf16_units_and_end_on_the_next_line_for_a_span_over_a_line_break()
    {
        using var document = JsonDocument.Parse(RenderWith(ReportFormat.Sarif, null, Awkward()));
        var results = document.RootElement.GetProperty("runs")[0].GetProperty("results");
        int[] Region(int i)
        {
            var r = results[i].GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region");
            return [r.GetProperty("startLine").GetInt32(), r.GetProperty("startColumn").GetInt32(), r.GetProperty("endLine").GetInt32(), r.GetProperty("endColumn").GetInt32()];
        }

        Assert.Equal([1, 10, 1, 13], Region(0)); // "😀" is two UTF-16 units
        Assert.Equal([2, 6, 3, 6], Region(1));
        Assert.Equal([3, 13, 3, 13], Region(2));
        Assert.Equal("my%20docs/b%2Cc%3Ad%25.md", results[0].GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString());
    }

    [Fact]
    public void GitHub_writes_one_escaped_workflow_command_per_finding_and_a_summary()
    {
        Assert.Equal(
            """
            Readability of docs/a.txt: Flesch reading ease 48.2 (difficult), Flesch–Kincaid grade 11.1, Gunning fog 13.0, SMOG 12.3, Coleman–Liau 10.6, ARI 10.0, Dale–Chall 8.7
            ::warning file=docs/a.txt,line=2,col=8,endLine=2,endColumn=11,title=Typo (test.typo)::Possible typo. Suggestion: the (95%25)
            ::error file=docs/a.txt,line=2,col=19,endLine=2,endColumn=40,title=Spun (spin.test)::Spun name. Suggestions: Health Organization (88%25), Health Organisation (10%25)
            ::notice file=docs/a.txt,line=2,col=42,endLine=2,endColumn=46,title=Note (test.note)::Weak intensifier.
            ::warning file=my docs/b%2Cc%3Ad%25.md,line=1,col=10,endLine=1,endColumn=13,title=Typo (test.typo)::Typo with "quotes", 100%25 sure%0Aand a second line. Suggestion: the (90%25)
            ::error file=my docs/b%2Cc%3Ad%25.md,line=2,col=6,endLine=3,endColumn=6,title=Spun (spin.test)::Across lines <&>. Suggestion: one two (50%25)
            ::notice file=my docs/b%2Cc%3Ad%25.md,line=3,col=13,endLine=3,endColumn=13,title=Note (test.note)::Empty span.
            Proofread: 6 suggestions in 3 files (2 errors, 2 warnings, 2 notices)

            """.Replace("\r\n", "\n", StringComparison.Ordinal),
            RenderWith(ReportFormat.GitHub, null, Sample(), Awkward(), new FileReport("clean.txt", new SourceText("Fine.\n"), 1, [])));
    }

    [Theory]
    [InlineData("plain", "plain", "plain")]
    [InlineData("50% a:b, c\r\nd", "50%25 a:b, c%0D%0Ad", "50%25 a%3Ab%2C c%0D%0Ad")]
    [InlineData("%0A", "%250A", "%250A")]
    public void GitHub_escapes_data_and_properties(string value, string data, string property)
    {
        Assert.Equal(data, GitHubReportFormatter.EscapeData(value));
        Assert.Equal(property, GitHubReportFormatter.EscapeProperty(value));
    }

    [Fact]
    public void GitHub_summary_says_when_annotations_will_be_cut()
    {
        var source = new SourceText(string.Concat(Enumerable.Repeat("teh ", 11)));
        var findings = Enumerable.Range(0, 11).Select(i => new Finding(Typo, new TextSpan(i * 4, 3), "teh", "Typo.", Severity.Warning, [])).ToImmutableArray();
        var output = RenderWith(ReportFormat.GitHub, null, new FileReport("a.txt", source, 11, findings));
        Assert.EndsWith("Proofread: 11 suggestions in 1 file (11 warnings); GitHub shows the first 10 annotations of each kind, so run proofread locally for the rest\n", output, StringComparison.Ordinal);
        Assert.Equal(11, output.Split('\n').Count(l => l.StartsWith("::warning ", StringComparison.Ordinal)));
    }

    [Fact]
    public void Rdjson_has_utf8_byte_columns_codes_and_the_best_suggestion()
    {
        using var document = JsonDocument.Parse(RenderWith(ReportFormat.ReviewDogJson, null, Awkward()));
        var root = document.RootElement;
        Assert.Equal("proofread", root.GetProperty("source").GetProperty("name").GetString());
        var typo = root.GetProperty("diagnostics")[0];
        Assert.Equal("my docs/b,c:d%.md", typo.GetProperty("location").GetProperty("path").GetString());
        var range = typo.GetProperty("location").GetProperty("range");

        // "Emoji 😀 " is 6 + 4 + 1 bytes, so "teh" starts at byte column 12.
        Assert.Equal(12, range.GetProperty("start").GetProperty("column").GetInt32());
        Assert.Equal(15, range.GetProperty("end").GetProperty("column").GetInt32());
        Assert.Equal("WARNING", typo.GetProperty("severity").GetString());
        Assert.Equal("test.typo", typo.GetProperty("code").GetProperty("value").GetString());
        var suggestion = Assert.Single(typo.GetProperty("suggestions").EnumerateArray());
        Assert.Equal("the", suggestion.GetProperty("text").GetString());
        Assert.Equal(12, suggestion.GetProperty("range").GetProperty("start").GetProperty("column").GetInt32());
        Assert.Equal("ERROR", root.GetProperty("diagnostics")[1].GetProperty("severity").GetString());
        Assert.False(root.GetProperty("diagnostics")[2].TryGetProperty("suggestions", out _));
    }

    [Fact]
    public void Checkstyle_is_well_formed_xml_with_one_element_per_finding()
    {
        var xml = RenderWith(ReportFormat.Checkstyle, null, Sample(), Awkward() with { Path = "b.md" }, new FileReport("clean.txt", new SourceText("Fine.\n"), 1, []));
        Assert.StartsWith(
            """
            <?xml version="1.0" encoding="UTF-8"?>
            <checkstyle version="4.3">
              <file name="docs/a.txt">
                <error line="2" column="8" severity="warning" message="Possible typo. Suggestion: the (95%)" source="proofread.test.typo"/>

            """.Replace("\r\n", "\n", StringComparison.Ordinal),
            xml);
        var document = XDocument.Parse(xml);
        var files = document.Root!.Elements("file").ToList();
        Assert.Equal(["docs/a.txt", "b.md", "clean.txt"], files.Select(f => f.Attribute("name")!.Value));
        Assert.Empty(files[2].Elements());
        var errors = files[1].Elements("error").ToList();
        Assert.Equal("Typo with \"quotes\", 100% sure\nand a second line. Suggestion: the (90%)", errors[0].Attribute("message")!.Value);
        Assert.Equal("Across lines <&>. Suggestion: one two (50%)", errors[1].Attribute("message")!.Value);
        Assert.Equal("error", errors[1].Attribute("severity")!.Value);
    }

    [Fact]
    public void Checkstyle_replaces_characters_xml_cannot_carry()
    {
        Assert.Equal("a\uFFFDb&#9;&quot;&apos;&lt;😀", CheckstyleReportFormatter.Attribute("a\u0001b\t\"'<😀"));
    }

    [Fact]
    public void Html_is_one_self_contained_escaped_page_with_findings_and_a_highlighted_diff()
    {
        var source = new SourceText("Say <script>alert(1)</script> teh & more.\nSecond line.\n");
        var report = new FileReport("x<y>.md", source, 7, [At(source, Typo, "teh", "Typo \"here\".", new Suggestion("the <b>", 0.9))]);
        var html = Render(ReportFormat.Html, false, report);
        Assert.StartsWith("<!DOCTYPE html>\n<html lang=\"en\">", html, StringComparison.Ordinal);
        Assert.EndsWith("</body>\n</html>\n", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>", html, StringComparison.Ordinal);
        foreach (var external in new[] { "src=", "href=", "@import", "url(", "http:", "https:" })
        {
            Assert.DoesNotContain(external, html, StringComparison.OrdinalIgnoreCase);
        }

        Assert.Contains("<h2>x&lt;y&gt;.md</h2>", html, StringComparison.Ordinal);
        Assert.Contains("<p class=\"summary\">1 suggestion in 1 file</p>", html, StringComparison.Ordinal);
        Assert.Contains("<td>Typo &quot;here&quot;.</td>", html, StringComparison.Ordinal);
        Assert.Contains("<span class=\"suggestion\">the &lt;b&gt;</span> <span class=\"confidence\">90%</span>", html, StringComparison.Ordinal);
        Assert.Contains("− Say &lt;script&gt;alert(1)&lt;/script&gt; <del>teh</del> &amp; more.</td>", html, StringComparison.Ordinal);
        Assert.Contains("+ Say &lt;script&gt;alert(1)&lt;/script&gt; <ins>the &lt;b&gt;</ins> &amp; more.</td>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Second line", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Html_of_a_clean_run_says_so()
    {
        var html = Render(ReportFormat.Html, false, new FileReport("a.txt", new SourceText("Fine.\n"), 1, []));
        Assert.Contains("No suggestions in 1 file", html, StringComparison.Ordinal);
        Assert.Contains("Nothing to report.", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<section>", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("docs/a.txt", null, "docs/a.txt")]
    [InlineData("./docs\\a.txt", null, "docs/a.txt")]
    [InlineData("-", "/repo", "-")]
    [InlineData("/repo/docs/a.txt", "/repo", "docs/a.txt")]
    [InlineData("/elsewhere/a.txt", "/repo", "/elsewhere/a.txt")]
    public void Paths_are_made_relative_to_the_base_directory(string path, string? baseDirectory, string expected) =>
        Assert.Equal(expected, ReportPaths.Relative(path, baseDirectory));
}
