using System.Collections.Immutable;
using System.Text.Json;
using Humanizer;
using Proofread.Findings;
using Proofread.Reporting.Formatting;
using Proofread.Text;

namespace Proofread.Reporting.Tests;

public class FormatterTests
{
    internal static readonly RuleDescriptor Typo = new("test.typo", "Typo", FindingCategory.Spelling, Severity.Warning, "A typo.");
    internal static readonly RuleDescriptor Spin = new("spin.test", "Spun", FindingCategory.Spin, Severity.Error, "Spun.");
    internal static readonly RuleDescriptor Note = new("test.note", "Note", FindingCategory.Style, Severity.Info, "A note.");

    internal static Finding At(SourceText source, RuleDescriptor rule, string text, string message, params Suggestion[] suggestions)
    {
        var start = source.Text.IndexOf(text, StringComparison.Ordinal);
        return new Finding(rule, new TextSpan(start, text.Length), text, message, rule.DefaultSeverity, [.. suggestions]);
    }

    internal static FileReport Sample()
    {
        var source = new SourceText("First line.\r\n\tI saw teh \"World Wellbeing Corporation\" very late.\n");
        ImmutableArray<Finding> findings =
        [
            At(source, Typo, "teh", "Possible typo.", new Suggestion("the", 0.954)),
            At(source, Spin, "Wellbeing Corporation", "Spun name.", new Suggestion("Health Organization", 0.875), new Suggestion("Health Organisation", 0.1)),
            At(source, Note, "very", "Weak intensifier."),
        ];
        return new FileReport("docs/a.txt", source, 10, findings, SpinSummary.FromFindings(findings), new ReadabilitySummary(48.24, 11.06, 13.04, 12.26, 10.55, 9.96, 8.71, 5, 60, 92));
    }

    internal static string Render(ReportFormat format, bool color, params FileReport[] reports)
    {
        using var output = new StringWriter();
        var formatter = ReportFormatters.Create(format, output, color);
        formatter.Begin();
        foreach (var report in reports)
        {
            formatter.WriteFile(report);
        }

        formatter.End(RunSummary.None);
        return output.ToString();
    }

    [Fact]
    public void Text_shows_location_source_line_carets_and_suggestions()
    {
        var clean = new FileReport("b.txt", new SourceText("Fine.\n"), 1, []);
        Assert.Equal(
            """
            docs/a.txt:2:8 warning test.typo Possible typo.
              2 | 	I saw teh "World Wellbeing Corporation" very late.
                | 	      ^^^
                = suggestion: the (95%)
            docs/a.txt:2:19 error spin.test Spun name.
              2 | 	I saw teh "World Wellbeing Corporation" very late.
                | 	                 ^^^^^^^^^^^^^^^^^^^^^
                = suggestions: Health Organization (88%), Health Organisation (10%)
            docs/a.txt:2:42 info test.note Weak intensifier.
              2 | 	I saw teh "World Wellbeing Corporation" very late.
                | 	                                        ^^^^

            Readability: plain English (Flesch reading ease 64.9, Flesch–Kincaid grade 7.2; 60 words in 5 sentences)
            3 suggestions in 2 files

            """.Replace("\r\n", "\n", StringComparison.Ordinal),
            Render(ReportFormat.Text, false, Sample(), clean));
    }

    [Fact]
    public void Text_colours_only_when_asked()
    {
        Assert.DoesNotContain("\e[", Render(ReportFormat.Text, false, Sample()), StringComparison.Ordinal);
        var coloured = Render(ReportFormat.Text, true, Sample());
        Assert.Contains("\e[1;33mwarning\e[0m", coloured, StringComparison.Ordinal);
        Assert.Contains("\e[1;31m^^^^^^^^^^^^^^^^^^^^^\e[0m", coloured, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0, 1, "No suggestions in 1 file")]
    [InlineData(1, 1, "1 suggestion in 1 file")]
    [InlineData(12, 3, "12 suggestions in 3 files")]
    [InlineData(0, 0, "No suggestions in 0 files")]
    public void Summary_is_worded_for_people(int findings, int files, string expected) =>
        Assert.Equal(expected, TextReportFormatter.Summary(findings, files));

    [Fact]
    public void Summary_wording_is_Humanizers()
    {
        for (var count = 0; count <= 1000; count++)
        {
            Assert.Equal("suggestion".ToQuantity(count), TextReportFormatter.Quantity(count, "suggestion", "suggestions"));
            Assert.Equal("file".ToQuantity(count), TextReportFormatter.Quantity(count, "file", "files"));
        }
    }

    [Fact]
    public void A_long_line_is_shown_as_an_excerpt_around_the_span()
    {
        var text = new string('a', 5000) + " teh " + new string('b', 5000);
        var source = new SourceText(text);
        var report = new FileReport("long.txt", source, 3, [At(source, Typo, "teh", "Typo.")]);
        var lines = Render(ReportFormat.Text, false, report).Split('\n');
        Assert.True(lines[1].Length < 200, lines[1]);
        Assert.StartsWith("  1 | …", lines[1], StringComparison.Ordinal);
        Assert.EndsWith("…", lines[1], StringComparison.Ordinal);
        Assert.Equal(lines[1].IndexOf("teh", StringComparison.Ordinal), lines[2].IndexOf('^', StringComparison.Ordinal));
    }

    [Fact]
    public void A_span_over_a_line_break_is_underlined_to_the_end_of_its_first_line_and_an_empty_span_gets_one_caret()
    {
        var source = new SourceText("one teh\r\ncat\n");
        var across = new Finding(Typo, new TextSpan(4, 8), "teh\r\ncat", "Across.", Severity.Warning, []);
        var insertion = new Finding(Typo, new TextSpan(12, 0), string.Empty, "Insert.", Severity.Warning, [new Suggestion(".", 0.5)]);
        var report = new FileReport("m.txt", source, 3, [across, insertion]);
        Assert.Equal(
            "m.txt:1:5 warning test.typo Across.\n  1 | one teh\n    |     ^^^\nm.txt:2:4 warning test.typo Insert.\n  2 | cat\n    |    ^\n    = suggestion: . (50%)\n\n2 suggestions in 1 file\n",
            Render(ReportFormat.Text, false, report));
    }

    [Fact]
    public void Control_characters_in_the_source_line_are_not_sent_to_the_terminal()
    {
        var source = new SourceText("\e[31mteh");
        var report = new FileReport("c.txt", source, 1, [At(source, Typo, "teh", "Typo.")]);
        var output = Render(ReportFormat.Text, false, report);
        Assert.DoesNotContain('\e', output);
        Assert.Contains("  1 | \uFFFD[31mteh\n    |      ^^^\n", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_follows_the_contract_exactly()
    {
        Assert.Equal(
            """
            {
              "version": 1,
              "files": [
                {
                  "path": "docs/a.txt",
                  "words": 10,
                  "findings": [
                    {
                      "rule": "test.typo",
                      "category": "spelling",
                      "severity": "warning",
                      "line": 2,
                      "column": 8,
                      "offset": 20,
                      "length": 3,
                      "text": "teh",
                      "message": "Possible typo.",
                      "suggestions": [
                        {
                          "text": "the",
                          "confidence": 0.95
                        }
                      ]
                    },
                    {
                      "rule": "spin.test",
                      "category": "spin",
                      "severity": "error",
                      "line": 2,
                      "column": 19,
                      "offset": 31,
                      "length": 21,
                      "text": "Wellbeing Corporation",
                      "message": "Spun name.",
                      "suggestions": [
                        {
                          "text": "Health Organization",
                          "confidence": 0.88
                        },
                        {
                          "text": "Health Organisation",
                          "confidence": 0.1
                        }
                      ]
                    },
                    {
                      "rule": "test.note",
                      "category": "style",
                      "severity": "info",
                      "line": 2,
                      "column": 42,
                      "offset": 54,
                      "length": 4,
                      "text": "very",
                      "message": "Weak intensifier.",
                      "suggestions": []
                    }
                  ],
                  "spin": {
                    "score": null,
                    "suspicious": 1
                  },
                  "readability": {
                    "fleschReadingEase": 48.2,
                    "fleschKincaidGrade": 11.1,
                    "gunningFog": 13,
                    "smog": 12.3,
                    "colemanLiau": 10.6,
                    "automatedReadabilityIndex": 10,
                    "daleChall": 8.7,
                    "sentences": 5,
                    "words": 60,
                    "syllables": 92
                  }
                }
              ]
            }

            """.Replace("\r\n", "\n", StringComparison.Ordinal),
            Render(ReportFormat.Json, false, Sample()));
    }

    [Fact]
    public void Json_lines_write_one_compact_file_object_per_line_with_the_same_keys()
    {
        var second = new FileReport("b.txt", new SourceText("Ünïcode “quotes” <tag> & 'x'\n"), 4, [], new SpinSummary(0.97, 0), null);
        var output = Render(ReportFormat.JsonLines, false, Sample(), second);
        var lines = output.Split('\n');
        Assert.Equal(3, lines.Length);
        Assert.Equal(string.Empty, lines[2]);
        Assert.Equal("""{"path":"b.txt","words":4,"findings":[],"spin":{"score":0.97,"suspicious":0},"readability":null}""", lines[1]);

        // A jsonl line is exactly a files[] element of --format json.
        using var json = JsonDocument.Parse(Render(ReportFormat.Json, false, Sample()));
        var element = json.RootElement.GetProperty("files")[0];
        Assert.Equal(JsonSerializer.Serialize(element), JsonSerializer.Serialize(JsonDocument.Parse(lines[0]).RootElement));
    }

    [Fact]
    public void Json_keeps_non_ascii_text_readable_and_offsets_in_utf16_units()
    {
        var source = new SourceText("😀 Ünï teh\n");
        var report = new FileReport("u.txt", source, 3, [At(source, Typo, "teh", "Typo.", new Suggestion("the", 1))]);
        var output = Render(ReportFormat.JsonLines, false, report);
        Assert.Contains("\"line\":1,\"column\":8,\"offset\":7,\"length\":3", output, StringComparison.Ordinal);
        var unicode = new FileReport("ü.txt", new SourceText(string.Empty), 0, []);
        Assert.StartsWith("{\"path\":\"ü.txt\"", Render(ReportFormat.JsonLines, false, unicode), StringComparison.Ordinal);
    }

    [Fact]
    public void Figures_that_cannot_be_computed_are_null()
    {
        var report = new FileReport("e.txt", new SourceText(string.Empty), 0, [], null, new ReadabilitySummary(double.NaN, double.PositiveInfinity));
        Assert.Equal(
            "{\"path\":\"e.txt\",\"words\":0,\"findings\":[],\"spin\":null,\"readability\":{\"fleschReadingEase\":null,\"fleschKincaidGrade\":null,\"gunningFog\":null,\"smog\":null,\"colemanLiau\":null,\"automatedReadabilityIndex\":null,\"daleChall\":null,\"sentences\":null,\"words\":null,\"syllables\":null}}\n",
            Render(ReportFormat.JsonLines, false, report));
    }
}
