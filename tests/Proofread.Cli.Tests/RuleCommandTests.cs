using Proofread.Cli.Tests.Support;

namespace Proofread.Cli.Tests;

/// <summary>Rule packs through the CLI: <c>--rules-path</c>, <c>rules show</c>, <c>rules test</c>, and the built-in pack under <c>--fix</c>.</summary>
public sealed class RuleCommandTests
{
    private const string UserPack = """
        rules:
          - id: house.style.utilize
            kind: substitution
            message: "Prefer '{suggestion}'."
            replace:
              utilize: use
            examples:
              - bad: We utilize tools.
                fix: We use tools.
              - good: We use tools.
        """;

    private static CliResult Shipped(string directory, params string[] args) =>
        InProcess.Run(directory, args, stdin: null, analyzers: AnalyzerCatalog.CreateDefault);

    [Fact]
    public void Check_fix_repairs_the_classic_spin_damage()
    {
        using var dir = new TempDirectory();
        dir.File("a.txt", InProcess.Utf8("Kim is because of take office in Thursday, said a FBI agent.\n"));

        var result = Shipped(dir.Path, "check", "--fix", "--disable", "spelling", "--disable", "spin", "a.txt");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal("Kim is due to take office on Thursday, said an FBI agent.\n", File.ReadAllText(Path.Combine(dir.Path, "a.txt")));
    }

    [Fact]
    public void A_rules_path_adds_the_packs_in_it()
    {
        using var dir = new TempDirectory();
        dir.File("packs/house.yaml", InProcess.Utf8(UserPack));
        dir.File("a.txt", InProcess.Utf8("We utilize tools.\n"));

        var result = Shipped(dir.Path, "check", "--diff", "--rules-path", "packs", "--disable", "spelling", "a.txt");

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains("+We use tools.\n", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void A_malformed_pack_is_a_positioned_usage_error()
    {
        using var dir = new TempDirectory();
        var pack = dir.File("packs/bad.yaml", InProcess.Utf8(UserPack.Replace("kind: substitution", "kind: substitute")));
        dir.File("a.txt", InProcess.Utf8("Fine.\n"));

        var result = Shipped(dir.Path, "check", "--rules-path", "packs", "a.txt");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("", result.Out);
        Assert.Equal($"proofread: {pack}:3: unknown kind 'substitute' (existence, substitution, pattern, confusion, repetition, capitalization, metric)\n", result.Error);
    }

    [Fact]
    public void Rules_list_includes_the_pack_rules_and_rules_show_describes_one()
    {
        using var dir = new TempDirectory();
        var list = Shipped(dir.Path, "rules", "list");
        Assert.Contains("\ngrammar.a-an.vowel ", list.Out, StringComparison.Ordinal);

        var show = Shipped(dir.Path, "rules", "show", "grammar.because-of-verb");
        Assert.Equal(0, show.ExitCode);
        Assert.StartsWith("grammar.because-of-verb\n  title:     'because of' before a bare verb\n  category:  grammar\n  severity:  warning\n  kind:      pattern\n", show.Out, StringComparison.Ordinal);
        Assert.Contains("    bad:  Kim is because of take office next week.\n    fix:  Kim is due to take office next week.\n", show.Out, StringComparison.Ordinal);

        var unknown = Shipped(dir.Path, "rules", "show", "no.such.rule");
        Assert.Equal(2, unknown.ExitCode);
        Assert.Equal("proofread: unknown rule 'no.such.rule'; 'proofread rules list' shows them.\n", unknown.Error);
    }

    [Fact]
    public void Rules_show_describes_a_rule_as_the_working_directory_config_sets_it()
    {
        using var dir = new TempDirectory();
        dir.File(".proofread.yml", InProcess.Utf8("root: true\nrules: [house.yml]\nseverity:\n  house.style.utilize: error\ndisable: [grammar.because-of-verb]\n"));
        dir.File("house.yml", InProcess.Utf8(UserPack));

        var pack = Shipped(dir.Path, "rules", "show", "house.style.utilize");
        Assert.Equal(0, pack.ExitCode);
        Assert.Equal(
            $"house.style.utilize\n  title:     Prefer '…'.\n  category:  grammar\n  severity:  error (in config; default warning)\n  kind:      substitution\n  message:   Prefer '{{suggestion}}'.\n  defined:   {Path.Combine(dir.Path, "house.yml")}:2\n  examples:\n    bad:  We utilize tools.\n    fix:  We use tools.\n    good: We use tools.\n",
            pack.Out);

        var off = Shipped(dir.Path, "rules", "show", "grammar.because-of-verb");
        Assert.Contains("\n  severity:  warning (off in config)\n", off.Out, StringComparison.Ordinal);
        Assert.Contains("\n  severity:  warning\n", Shipped(dir.Path, "rules", "show", "grammar.because-of-verb", "--no-config").Out, StringComparison.Ordinal);
        Assert.Equal(2, Shipped(dir.Path, "rules", "show", "house.style.utilize", "--no-config").ExitCode);

        dir.File(".proofread.yml", InProcess.Utf8("root: true\ndisable: [tset]\n"));
        var bad = Shipped(dir.Path, "rules", "show", "grammar.because-of-verb");
        Assert.Equal(2, bad.ExitCode);
        Assert.Equal("proofread: .proofread.yml:2:11: unknown rule 'tset'; 'proofread rules list' shows them\n", bad.Error);
    }

    [Fact]
    public void Rules_test_passes_a_good_pack_and_fails_a_wrong_example()
    {
        using var dir = new TempDirectory();
        dir.File("good.yaml", InProcess.Utf8(UserPack));
        var wrong = dir.File("wrong.yaml", InProcess.Utf8(UserPack.Replace("fix: We use tools.", "fix: We employ tools.")));

        var pass = InProcess.Run(dir.Path, "rules", "test", "good.yaml");
        Assert.Equal(0, pass.ExitCode);
        Assert.Equal("1 rules, 2 examples, 0 failed\n", pass.Out);

        var fail = InProcess.Run(dir.Path, "rules", "test", "wrong.yaml");
        Assert.Equal(1, fail.ExitCode);
        Assert.Equal($"{wrong}:8: house.style.utilize: corrected to \"We use tools.\", expected \"We employ tools.\"\n1 rules, 2 examples, 1 failed\n", fail.Out);
    }
}
