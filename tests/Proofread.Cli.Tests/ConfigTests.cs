using System.Text.Json;
using Proofread.Cli.Tests.Support;
using Proofread.Configuration;

namespace Proofread.Cli.Tests;

/// <summary>.proofread.yml as the CLI reads it: discovery per file, merge, command line over config, positioned errors, init.</summary>
public class ConfigTests
{
    private static TempDirectory Project(string config)
    {
        var temp = new TempDirectory();
        temp.File(".proofread.yml", InProcess.Utf8("root: true\n" + config));
        return temp;
    }

    // The paths and rule ids that --format jsonl reports, one "path: rule@line,..." entry per file.
    private static string Checked(TempDirectory temp, params string[] args)
    {
        var result = InProcess.Run(temp.Path, ["check", "--format", "jsonl", "--fail-on", "never", .. args]);
        Assert.True(result.ExitCode == 0, result.ToString());
        return string.Join(
            " | ",
            result.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line =>
            {
                var file = JsonDocument.Parse(line).RootElement;
                var findings = file.GetProperty("findings").EnumerateArray()
                    .Select(f => $"{f.GetProperty("rule").GetString()}:{f.GetProperty("severity").GetString()}@{f.GetProperty("line").GetInt32()}");
                return $"{file.GetProperty("path").GetString()}: {string.Join(',', findings)}";
            }));
    }

    // Analysers for the tests, noting the settings each set was built with.
    private static Func<AnalyzerSettings, IReadOnlyList<Pipeline.IAnalyzer>> Recording(List<AnalyzerSettings> seen) => settings =>
    {
        seen.Add(settings);
        return [new FakeAnalyzer()];
    };

    [Fact]
    public void The_nearest_config_decides_per_file_and_the_command_line_wins()
    {
        using var temp = Project("disable: [spelling]\nseverity:\n  test.preposition: info\n");
        temp.File("a.txt", InProcess.Utf8("teh cat in Thursday.\n"));
        temp.File("sub/.proofread.yml", InProcess.Utf8("enable: [test.typo, test.optional]\nseverity:\n  grammar: warning\n"));
        temp.File("sub/b.txt", InProcess.Utf8("teh plan in Thursday.\n"));
        Assert.Equal(
            "a.txt: test.preposition:info@1 | sub/b.txt: test.typo:warning@1,test.optional:info@1,test.preposition:warning@1",
            Checked(temp, "a.txt", "sub/b.txt"));
        Assert.Equal(
            "a.txt: test.typo:warning@1 | sub/b.txt: test.typo:warning@1",
            Checked(temp, "a.txt", "sub/b.txt", "--enable", "spelling", "--disable", "grammar", "--disable", "style"));
        Assert.Equal(
            "a.txt: test.typo:warning@1,test.preposition:error@1 | sub/b.txt: test.typo:warning@1,test.preposition:error@1",
            Checked(temp, "a.txt", "sub/b.txt", "--no-config"));
    }

    [Fact]
    public void Rules_list_shows_the_rules_as_the_working_directory_config_sets_them()
    {
        using var temp = Project("disable: [test.typo]\nenable: [test.optional]\nseverity:\n  test.preposition: info\n");

        var result = InProcess.Run(temp.Path, "rules", "list");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(
            """
            ID                CATEGORY  SEVERITY  TITLE
            test.intensifier  style     info      Weak intensifier
            test.optional     style     info      Plan or scheme (on in config)
            test.preposition  grammar   info      Wrong preposition
            test.spin         spin      warning   Spun name
            test.typo         spelling  warning   Common typo (off in config)

            """.Replace("\r\n", "\n", StringComparison.Ordinal),
            result.Out);
        Assert.Contains("test.preposition  grammar   error     Wrong preposition\n", InProcess.Run(temp.Path, "rules", "list", "--no-config").Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Rules_list_stops_on_a_bad_config_with_its_position()
    {
        using var temp = Project("enable: [tset]\n");

        var result = InProcess.Run(temp.Path, "rules", "list");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("", result.Out);
        Assert.Equal("proofread: .proofread.yml:2:10: unknown rule 'tset'; 'proofread rules list' shows them\n", result.Error);
    }

    [Fact]
    public void Min_confidence_comes_from_the_config_unless_given()
    {
        using var temp = Project("min-confidence: 0.9\n");
        temp.File("a.txt", InProcess.Utf8("teh cat in Thursday.\n"));
        Assert.Equal("a.txt: test.typo:warning@1", Checked(temp, "a.txt"));
        Assert.Equal("a.txt: test.typo:warning@1,test.preposition:error@1", Checked(temp, "a.txt", "--min-confidence", "0.5"));
    }

    [Fact]
    public void Include_and_exclude_globs_are_relative_to_their_config()
    {
        using var temp = Project("include: [\"*.md\", \"*.rst\"]\nexclude: [drafts/**]\n");
        temp.File("docs/a.md", InProcess.Utf8("teh\n"));
        temp.File("docs/b.rst", InProcess.Utf8("teh\n"));
        temp.File("docs/c.txt", InProcess.Utf8("teh\n"));
        temp.File("docs/image.png", [0x89, 0x50]);
        temp.File("drafts/d.md", InProcess.Utf8("teh\n"));
        temp.File("docs/drafts/e.md", InProcess.Utf8("teh\n"));
        temp.File("docs/old/.proofread.yml", InProcess.Utf8("exclude: [\"*.rst\"]\n"));
        temp.File("docs/old/f.rst", InProcess.Utf8("teh\n"));
        temp.File("docs/old/g.md", InProcess.Utf8("teh\n"));
        Assert.Equal(
            "docs/a.md: test.typo:warning@1 | docs/b.rst: test.typo:warning@1 | docs/drafts/e.md: test.typo:warning@1 | docs/old/g.md: test.typo:warning@1",
            Checked(temp, "."));

        // A named file is always checked; --include replaces the config's, --exclude adds to it.
        Assert.Equal("drafts/d.md: test.typo:warning@1", Checked(temp, "drafts/d.md"));
        Assert.Equal("docs/c.txt: test.typo:warning@1 | docs/drafts/e.md: test.typo:warning@1", Checked(temp, "docs", "--include", "*.txt", "--include", "e.md"));
        Assert.Equal("docs/b.rst: test.typo:warning@1", Checked(temp, "docs", "--exclude", "*.md"));
    }

    [Fact]
    public void Without_any_config_directories_use_the_default_globs()
    {
        using var temp = new TempDirectory();
        temp.File(".proofread.yml", InProcess.Utf8("root: true\n"));
        temp.File("a.md", InProcess.Utf8("teh\n"));
        temp.File("b.rst", InProcess.Utf8("teh\n"));
        temp.File("c.text", InProcess.Utf8("teh\n"));
        Assert.Equal("a.md: test.typo:warning@1 | c.text: test.typo:warning@1", Checked(temp, "."));
        Assert.Equal("a.md: test.typo:warning@1 | c.text: test.typo:warning@1", Checked(temp, ".", "--no-config"));
    }

    [Fact]
    public void Data_files_and_words_reach_the_analysers_with_paths_relative_to_the_config()
    {
        using var temp = Project("language: en-GB\ndictionaries: [words.txt]\nignore-words: [Kubernetes]\nglossaries: [terms.txt]\nrules: [house.yml]\n");
        temp.File("words.txt", InProcess.Utf8("Proofread\n"));
        temp.File("terms.txt", InProcess.Utf8("World Health Organization\n"));
        temp.File("house.yml", InProcess.Utf8("rules: []\n"));
        temp.File("docs/mine.txt", InProcess.Utf8("Mine\n"));
        temp.File("docs/a.txt", InProcess.Utf8("teh\n"));
        var seen = new List<AnalyzerSettings>();
        var result = InProcess.Run(
            System.IO.Path.Combine(temp.Path, "docs"),
            ["check", "a.txt", "--dictionary", "mine.txt"],
            stdin: null,
            analyzers: Recording(seen));
        Assert.Equal(1, result.ExitCode);
        var only = Assert.Single(seen);
        Assert.Equal(Lexicon.Spelling.SpellingLanguage.EnglishGB, only.Language);
        Assert.Equal([System.IO.Path.Combine(temp.Path, "words.txt"), System.IO.Path.Combine(temp.Path, "docs/mine.txt")], only.Dictionaries);
        Assert.Equal(["Kubernetes"], only.IgnoreWords);
        Assert.Equal([System.IO.Path.Combine(temp.Path, "terms.txt")], only.Glossaries);
        Assert.Equal([System.IO.Path.Combine(temp.Path, "house.yml")], only.RulePaths);
    }

    [Fact]
    public void Analysers_are_built_once_per_distinct_data_and_the_command_line_language_wins()
    {
        using var temp = Project("language: en-GB\n");
        temp.File("a/.proofread.yml", InProcess.Utf8("severity:\n  spelling: info\n"));
        temp.File("a/x.txt", InProcess.Utf8("ok\n"));
        temp.File("b/.proofread.yml", InProcess.Utf8("ignore-words: [Foo]\n"));
        temp.File("b/y.txt", InProcess.Utf8("ok\n"));
        temp.File("z.txt", InProcess.Utf8("ok\n"));
        var seen = new List<AnalyzerSettings>();
        var result = InProcess.Run(temp.Path, ["check", "a/x.txt", "b/y.txt", "z.txt", "--lang", "en-US"], stdin: null, analyzers: Recording(seen));
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(["EnglishUS:", "EnglishUS:Foo"], seen.Select(s => $"{s.Language}:{string.Join(',', s.IgnoreWords)}"));
    }

    [Theory]
    [InlineData("language: fr\n", "proofread: .proofread.yml:2:11: language: expected en-US or en-GB, not 'fr'\n")]
    [InlineData("enable: [test.typo, tset]\n", "proofread: .proofread.yml:2:21: unknown rule 'tset'; 'proofread rules list' shows them\n")]
    [InlineData("dictionaries: words.txt\n", "proofread: .proofread.yml:2:15: no such file 'words.txt' (paths are relative to the config file)\n")]
    [InlineData("enable: [spin\n", "proofread: .proofread.yml:3:1: invalid YAML: While parsing a flow sequence, did not find expected ',' or ']'\n")]
    public void A_bad_config_stops_the_run_with_a_positioned_error(string config, string stderr)
    {
        using var temp = Project(config);
        temp.File("a.txt", InProcess.Utf8("teh\n"));
        foreach (var command in new[] { "check", "review" })
        {
            var result = InProcess.Run(temp.Path, [command, "a.txt"], InProcess.Utf8("y\n"));
            Assert.Equal(2, result.ExitCode);
            Assert.Equal(stderr, result.Error);
            Assert.Equal(string.Empty, result.Out);
        }

        Assert.Equal(InProcess.Utf8("teh\n"), temp.Read("a.txt"));
    }

    [Fact]
    public void A_bad_config_below_a_searched_directory_is_found_too()
    {
        using var temp = Project(string.Empty);
        temp.File("docs/deep/.proofread.yml", InProcess.Utf8("severity:\n  spelling: loud\n"));
        temp.File("docs/deep/a.md", InProcess.Utf8("teh\n"));
        var result = InProcess.Run(temp.Path, "check", "docs");
        Assert.Equal(2, result.ExitCode);
        Assert.Equal("proofread: docs/deep/.proofread.yml:2:13: severity of 'spelling': expected error, warning, info or off, not 'loud'\n", result.Error);
    }

    [Fact]
    public void Fix_leaves_suppressed_findings_alone()
    {
        using var temp = Project(string.Empty);
        temp.File("a.md", InProcess.Utf8("<!-- proofread-disable-next-line test.typo -->\nteh cat\n\nteh dog <!-- proofread-disable-line -->\n\nteh end\n"));
        var result = InProcess.Run(temp.Path, "check", "a.md", "--fix");
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(InProcess.Utf8("<!-- proofread-disable-next-line test.typo -->\nteh cat\n\nteh dog <!-- proofread-disable-line -->\n\nthe end\n"), temp.Read("a.md"));
    }

    [Fact]
    public void Init_writes_the_starter_config_and_refuses_to_overwrite_without_force()
    {
        using var temp = new TempDirectory();
        var first = InProcess.Run(temp.Path, "init");
        Assert.Equal((0, "Wrote .proofread.yml\n", ""), (first.ExitCode, first.Out, first.Error));
        Assert.Equal(InProcess.Utf8(StarterConfig.Text), temp.Read(".proofread.yml"));

        temp.File(".proofread.yml", InProcess.Utf8("root: true\n"));
        var second = InProcess.Run(temp.Path, "init");
        Assert.Equal((2, "", "proofread: .proofread.yml already exists; --force overwrites it\n"), (second.ExitCode, second.Out, second.Error));
        Assert.Equal(InProcess.Utf8("root: true\n"), temp.Read(".proofread.yml"));

        var forced = InProcess.Run(temp.Path, "init", "--force");
        Assert.Equal(0, forced.ExitCode);
        Assert.Equal(InProcess.Utf8(StarterConfig.Text), temp.Read(".proofread.yml"));

        temp.File("a.txt", InProcess.Utf8("teh\n"));
        Assert.Equal(1, InProcess.Run(temp.Path, "check", "a.txt").ExitCode);
    }

    [Fact]
    public void Init_writes_into_a_named_directory()
    {
        using var temp = new TempDirectory();
        Directory.CreateDirectory(System.IO.Path.Combine(temp.Path, "site"));
        var result = InProcess.Run(temp.Path, "init", "site");
        Assert.Equal("Wrote site/.proofread.yml\n", result.Out);
        Assert.Equal(InProcess.Utf8(StarterConfig.Text), temp.Read("site/.proofread.yml"));
        Assert.Equal(2, InProcess.Run(temp.Path, "init", "nowhere").ExitCode);
    }
}
