using Proofread.Cli.Tests.Support;

namespace Proofread.Cli.Tests;

/// <summary><c>proofread review</c> driven by redirected standard input (one answer a line), and by key presses.</summary>
public class ReviewTests
{
    private const string Article = "I saw teh cat in Thursday.\nThe World Wellbeing Corporation met teh press.\n";

    private static CliResult Review(TempDirectory temp, string answers, params string[] args) =>
        InProcess.Run(temp.Path, ["review", .. args], InProcess.Utf8(answers));

    private static string Text(TempDirectory temp, string file) => System.Text.Encoding.UTF8.GetString(temp.Read(file));

    [Fact]
    public void Walks_each_suggestion_with_a_word_diff_and_writes_the_accepted_ones()
    {
        using var temp = new TempDirectory();
        temp.File("a.txt", InProcess.Utf8(Article));
        var result = Review(temp, "y\nn\ny\nn\n", "a.txt");
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(string.Empty, result.Error);
        Assert.Equal(
            """
            a.txt:1:7 test.typo (1/4)
              I saw [-teh-]{+the+} cat in Thursday.
              confidence 0.95 · 'teh' is a typo.
            Accept? [y,n,e,a,s,q,?] y
            a.txt:1:15 test.preposition (2/4)
              I saw teh cat [-in-]{+on+} Thursday.
              confidence 0.80 · Use 'on' with days.
            Accept? [y,n,e,a,s,q,?] n
            a.txt:2:11 test.spin (3/4)
              The World [-Wellbeing Corporation-]{+Health Organization+} met teh press.
              confidence 0.90 · Looks like a spun name.
            Accept? [y,n,e,a,s,q,?] y
            a.txt:2:37 test.typo (4/4)
              The World Wellbeing Corporation met [-teh-]{+the+} press.
              confidence 0.95 · 'teh' is a typo.
            Accept? [y,n,e,a,s,q,?] n
            Accepted 2 of 4 suggestions; changed 1 file

            """,
            result.Out);
        Assert.Equal("I saw the cat in Thursday.\nThe World Health Organization met teh press.\n", Text(temp, "a.txt"));
    }

    [Fact]
    public void E_takes_the_next_line_as_the_replacement()
    {
        using var temp = new TempDirectory();
        temp.File("a.txt", InProcess.Utf8("We met in Thursday.\n"));
        var result = Review(temp, "e\nlast Thursday\n", "a.txt");
        Assert.Equal(0, result.ExitCode);
        Assert.EndsWith("Accept? [y,n,e,a,s,q,?] e\nReplacement: last Thursday\nAccepted 1 of 1 suggestion; changed 1 file\n", result.Out, StringComparison.Ordinal);
        Assert.Equal("We met last Thursday.\n", Text(temp, "a.txt"));
    }

    [Fact]
    public void A_accepts_every_later_finding_of_the_rule_in_this_and_later_files()
    {
        using var temp = new TempDirectory();
        temp.File("d/1.txt", InProcess.Utf8("teh one, teh two, in Thursday.\n"));
        temp.File("d/2.txt", InProcess.Utf8("teh three.\n"));
        var result = Review(temp, "a\nn\n", "d");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("d/1.txt:1:10 test.typo (2/3)\n  teh one, [-teh-]{+the+} two, in Thursday.\n  confidence 0.95 · 'teh' is a typo.\n  accepted (all of test.typo)\n", result.Out, StringComparison.Ordinal);
        Assert.EndsWith("  accepted (all of test.typo)\nAccepted 3 of 4 suggestions; changed 2 files\n", result.Out, StringComparison.Ordinal);
        Assert.Equal("the one, the two, in Thursday.\n", Text(temp, "d/1.txt"));
        Assert.Equal("the three.\n", Text(temp, "d/2.txt"));
    }

    [Fact]
    public void S_skips_the_rest_of_the_file_keeping_what_was_accepted()
    {
        using var temp = new TempDirectory();
        temp.File("a.txt", InProcess.Utf8(Article));
        temp.File("b.txt", InProcess.Utf8("teh end.\n"));
        var result = Review(temp, "y\ns\ny\n", "a.txt", "b.txt");
        Assert.Equal(0, result.ExitCode);
        Assert.Equal("I saw the cat in Thursday.\nThe World Wellbeing Corporation met teh press.\n", Text(temp, "a.txt"));
        Assert.Equal("the end.\n", Text(temp, "b.txt"));
        Assert.EndsWith("Accepted 2 of 3 suggestions; changed 2 files\n", result.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("y\nq\ny\n")]
    [InlineData("y\n")]
    public void Q_or_the_end_of_input_quits_keeping_what_was_accepted(string answers)
    {
        using var temp = new TempDirectory();
        temp.File("a.txt", InProcess.Utf8(Article));
        temp.File("b.txt", InProcess.Utf8("teh end.\n"));
        var result = Review(temp, answers, "a.txt", "b.txt");
        Assert.Equal(0, result.ExitCode);
        Assert.Equal("I saw the cat in Thursday.\nThe World Wellbeing Corporation met teh press.\n", Text(temp, "a.txt"));
        Assert.Equal("teh end.\n", Text(temp, "b.txt"));
        Assert.EndsWith("Accepted 1 of 2 suggestions; changed 1 file\n", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_answer_shows_the_keys_and_asks_again()
    {
        using var temp = new TempDirectory();
        temp.File("a.txt", InProcess.Utf8("teh.\n"));
        var result = Review(temp, "x\n\ny\n", "a.txt");
        Assert.Equal(
            "a.txt:1:1 test.typo (1/1)\n  [-teh-]{+the+}.\n  confidence 0.95 · 'teh' is a typo.\n"
            + "Accept? [y,n,e,a,s,q,?] x\n" + ReviewHelp
            + "Accept? [y,n,e,a,s,q,?] \n" + ReviewHelp
            + "Accept? [y,n,e,a,s,q,?] y\nAccepted 1 of 1 suggestion; changed 1 file\n",
            result.Out);
        Assert.Equal("the.\n", Text(temp, "a.txt"));
    }

    private static string ReviewHelp => Cli.Review.ReviewSession.Help;

    [Fact]
    public void Overlapping_findings_after_an_accepted_one_are_not_asked_and_bytes_outside_edits_are_kept()
    {
        using var temp = new TempDirectory();

        // UTF-8 with BOM and CRLF: both survive.
        temp.File("a.md", [0xEF, 0xBB, 0xBF, .. InProcess.Utf8("# Title\r\n\r\nMet teh Wellbeing Corporation in Thursday.\r\n")]);
        var result = Review(temp, "y\ny\ny\n", "a.md");
        Assert.Equal(0, result.ExitCode);
        Assert.Equal([0xEF, 0xBB, 0xBF, .. InProcess.Utf8("# Title\r\n\r\nMet the Health Organization on Thursday.\r\n")], temp.Read("a.md"));
    }

    [Fact]
    public void Suggestions_below_min_confidence_and_suppressed_findings_are_not_reviewed()
    {
        using var temp = new TempDirectory();
        temp.File("a.md", InProcess.Utf8("<!-- proofread-disable-next-line test.typo -->\nteh cat in Thursday,\nteh.\n"));
        var result = Review(temp, "y\n", "a.md", "--min-confidence", "0.9");
        Assert.StartsWith("a.md:3:1 test.typo (1/1)\n  teh cat in Thursday, [-teh-]{+the+}.\n", result.Out, StringComparison.Ordinal);
        Assert.EndsWith("Accepted 1 of 1 suggestion; changed 1 file\n", result.Out, StringComparison.Ordinal);
        Assert.Equal("<!-- proofread-disable-next-line test.typo -->\nteh cat in Thursday,\nthe.\n", Text(temp, "a.md"));
    }

    [Fact]
    public void Colour_marks_removed_words_red_struck_through_and_added_words_green()
    {
        using var temp = new TempDirectory();
        temp.File("a.txt", InProcess.Utf8("teh.\n"));
        var result = Review(temp, "n\n", "a.txt", "--color", "always");
        Assert.Contains("  \e[9;31mteh\e[0m\e[32mthe\e[0m.\n", result.Out, StringComparison.Ordinal);
        Assert.Equal("teh.\n", Text(temp, "a.txt"));
    }

    [Fact]
    public void In_a_terminal_one_key_press_answers()
    {
        using var temp = new TempDirectory();
        temp.File("a.txt", InProcess.Utf8("teh cat in Thursday.\n"));
        var keys = new Queue<char>(['e', 'y']);
        var lines = new Queue<string>(["a"]);
        var result = InProcess.Run(
            temp.Path,
            ["review", "a.txt"],
            stdin: null,
            configureHost: host => host with
            {
                ReadKey = () => new ConsoleKeyInfo(keys.Dequeue(), ConsoleKey.NoName, false, false, false),
                ReadLine = () => lines.Dequeue(),
            });
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Accept? [y,n,e,a,s,q,?] e\nReplacement: a.txt:1:9 test.preposition (2/2)\n", result.Out, StringComparison.Ordinal);
        Assert.Equal("a cat on Thursday.\n", Text(temp, "a.txt"));
        Assert.Empty(keys);
    }

    [Theory]
    [InlineData("review|-", "proofread: review reads its answers from standard input; it cannot review '-'.\n")]
    [InlineData("review|missing.txt", "proofread: missing.txt: no such file or directory\n")]
    public void Usage_and_input_errors_exit_2(string args, string stderr)
    {
        using var temp = new TempDirectory();
        var result = InProcess.Run(temp.Path, args.Split('|'), InProcess.Utf8("y\n"));
        Assert.Equal(2, result.ExitCode);
        Assert.Equal(stderr, result.Error);
    }
}
