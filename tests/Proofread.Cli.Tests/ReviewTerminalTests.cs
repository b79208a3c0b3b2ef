using System.Diagnostics;
using Proofread.Cli.Tests.Support;
using Proofread.Testing;
using Xunit.Abstractions;

namespace Proofread.Cli.Tests;

/// <summary>
/// <c>proofread review</c> in a real terminal: the built tool runs inside a detached tmux session
/// (its own server socket), keys are sent one at a time with send-keys, and the screen is read
/// back with capture-pane. Without tmux the test says so and passes.
/// </summary>
public class ReviewTerminalTests(ITestOutputHelper output)
{
    private static readonly TimeSpan s_patience = TimeSpan.FromMinutes(2);

    [Fact]
    public void Single_key_presses_answer_and_e_reads_a_typed_line()
    {
        if (ExternalTools.Run(Path.GetTempPath(), "sh", "-c", "command -v tmux").ExitCode != 0)
        {
            output.WriteLine("skipped: tmux is not installed");
            return;
        }

        using var temp = new TempDirectory();
        temp.File("a.txt", InProcess.Utf8("The World Wellbeing Corporation met. The World Wellbeing Corporation left.\n"));
        var tool = Path.Combine(AppContext.BaseDirectory, "proofread");
        var socket = "proofread-review-" + Guid.NewGuid().ToString("N")[..8];
        try
        {
            Tmux(socket, "new-session", "-d", "-x", "120", "-y", "40", "-c", temp.Path, $"'{tool}' review a.txt; echo EXIT:$?; sleep 600");
            WaitFor(socket, "(1/2)", "Accept? [y,n,e,a,s,q,?] ");
            Tmux(socket, "send-keys", "y");
            WaitFor(socket, "(2/2)", "Accept? [y,n,e,a,s,q,?] ");
            Tmux(socket, "send-keys", "e");
            WaitFor(socket, "Replacement: ");
            Tmux(socket, "send-keys", "WHO", "Enter");
            var screen = WaitFor(socket, "EXIT:");
            output.WriteLine(screen);
            Assert.Contains("  The World Wellbeing CorporationHealth Organization met.", screen, StringComparison.Ordinal);
            Assert.Contains("Accept? [y,n,e,a,s,q,?] y\n", screen, StringComparison.Ordinal);
            Assert.Contains("Accept? [y,n,e,a,s,q,?] e\nReplacement: WHO\nAccepted 2 of 2 suggestions; changed 1 file\nEXIT:0", screen, StringComparison.Ordinal);

            // Colour is on in a terminal: the removed words are struck through in red.
            Assert.Contains("\e[9m\e[31mWellbeing Corporation\e[0m", Tmux(socket, "capture-pane", "-p", "-e"), StringComparison.Ordinal);
            Assert.Equal(InProcess.Utf8("The World Health Organization met. The WHO left.\n"), temp.Read("a.txt"));
        }
        finally
        {
            ExternalTools.Run(temp.Path, "tmux", "-L", socket, "kill-server");
        }
    }

    private static string Tmux(string socket, params string[] arguments)
    {
        var (exitCode, text) = ExternalTools.Run(Path.GetTempPath(), "tmux", ["-L", socket, .. arguments]);
        Assert.True(exitCode == 0, $"tmux {string.Join(' ', arguments)}: {text}");
        return text;
    }

    // The screen once it shows every one of the texts (the last one also last on the screen, when it is a prompt).
    private static string WaitFor(string socket, params string[] texts)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            // -J joins wrapped lines but keeps trailing spaces: trim them, as a reader would.
            var screen = string.Join('\n', Tmux(socket, "capture-pane", "-p", "-J").Split('\n').Select(line => line.TrimEnd())).TrimEnd('\n');
            if (texts.All(t => screen.Contains(t.TrimEnd(), StringComparison.Ordinal)) && (!texts[^1].EndsWith(' ') || screen.EndsWith(texts[^1].TrimEnd(), StringComparison.Ordinal)))
            {
                return screen;
            }

            Assert.True(clock.Elapsed < s_patience, $"waited {s_patience} for {string.Join(", ", texts)}; the screen:\n{screen}");
            Thread.Sleep(200);
        }
    }
}
