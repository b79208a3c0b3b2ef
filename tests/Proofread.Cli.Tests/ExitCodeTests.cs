using Proofread.Cli.Tests.Support;

namespace Proofread.Cli.Tests;

/// <summary>The documented exit codes: 0 clean, 1 findings at or above --fail-on, 2 usage or input error (2 wins).</summary>
public class ExitCodeTests
{
    public static TheoryData<string, int, string> Table() => new()
    {
        // args (| separated; files: clean.txt, warning.txt, error.txt, info.txt, plan.txt; stdin holds a warning), exit code, stderr fragment
        { "check|clean.txt", 0, "" },
        { "check|warning.txt", 1, "" },
        { "check|error.txt", 1, "" },
        { "check|info.txt", 0, "" },
        { "check|info.txt|--fail-on|info", 1, "" },
        { "check|warning.txt|--fail-on|error", 0, "" },
        { "check|error.txt|--fail-on|error", 1, "" },
        { "check|error.txt|--fail-on|never", 0, "" },
        { "check|clean.txt|warning.txt", 1, "" },
        { "check|warning.txt|--disable|spelling", 0, "" },
        { "check|warning.txt|--min-confidence|0.99", 0, "" },
        { "check|plan.txt|--fail-on|info", 0, "" },
        { "check|plan.txt|--enable|test.optional|--fail-on|info", 1, "" },
        { "check|plan.txt|--enable|style|--fail-on|info", 1, "" },
        { "check|plan.txt|--enable|test|--disable|test.optional|--fail-on|info", 0, "" },
        { "check|missing.txt", 2, "proofread: missing.txt: no such file or directory\n" },
        { "check|warning.txt|missing.txt", 2, "proofread: missing.txt: no such file or directory\n" },
        { "check|clean.txt|--format|yaml", 2, "Argument 'yaml' not recognized" },
        { "check|clean.txt|--fail-on|sometimes", 2, "not recognized" },
        { "check|clean.txt|--min-confidence|high", 2, "high" },
        { "check|clean.txt|--min-confidence|1.5", 2, "--min-confidence must be between 0 and 1" },
        { "check|clean.txt|--enable|no.such.rule", 2, "unknown rule 'no.such.rule'" },
        { "check|clean.txt|--diff|--fix", 2, "--diff and --fix cannot be combined" },
        { "check|clean.txt|--diff|--format|json", 2, "cannot be combined with --format" },
        { "check|-|--fix", 2, "--fix cannot write to standard input" },
        { "check|-|-", 2, "only once" },
        { "check", 2, "Required argument missing" },
        { "check|clean.txt|--no-such-option", 2, "--no-such-option" },
        { "", 2, "Required command was not provided" },
        { "frobnicate", 2, "frobnicate" },
        { "--help", 0, "" },
        { "check|--help", 0, "" },
        { "rules|list", 0, "" },
    };

    [Theory]
    [MemberData(nameof(Table))]
    public void Exit_code(string args, int expected, string stderr)
    {
        using var temp = new TempDirectory();
        temp.File("clean.txt", InProcess.Utf8("All fine here.\n"));
        temp.File("warning.txt", InProcess.Utf8("I saw teh cat.\n"));
        temp.File("error.txt", InProcess.Utf8("We met in Thursday.\n"));
        temp.File("info.txt", InProcess.Utf8("It was very good.\n"));
        temp.File("plan.txt", InProcess.Utf8("A plan.\n"));
        var result = InProcess.Run(temp.Path, args.Split('|', StringSplitOptions.RemoveEmptyEntries), stdin: InProcess.Utf8("teh\n"));
        Assert.True(result.ExitCode == expected, result.ToString());
        Assert.Contains(stderr, result.Error, StringComparison.Ordinal);
        if (expected != 2)
        {
            Assert.Equal(string.Empty, result.Error);
        }
        else
        {
            // Every error is one line starting with the program's name.
            Assert.All(result.Error.TrimEnd('\n').Split('\n'), line =>
                Assert.True(line.StartsWith("proofread: ", StringComparison.Ordinal) || line.StartsWith("Run 'proofread --help'", StringComparison.Ordinal), line));
        }
    }

    [Fact]
    public void Rules_list_shows_id_category_severity_and_title()
    {
        var result = InProcess.Run(Directory.GetCurrentDirectory(), "rules", "list");
        Assert.Equal(
            """
            ID                CATEGORY  SEVERITY  TITLE
            test.intensifier  style     info      Weak intensifier
            test.optional     style     info      Plan or scheme (off by default)
            test.preposition  grammar   error     Wrong preposition
            test.spin         spin      warning   Spun name
            test.typo         spelling  warning   Common typo

            """.Replace("\r\n", "\n", StringComparison.Ordinal),
            result.Out);
    }
}
