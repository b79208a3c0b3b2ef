using System.Text;

namespace Proofread.Cli.Review;

/// <summary>
/// A word-level inline diff of a replacement inside its sentence, for <c>review</c>: equal words
/// plain, removed words as <c>[-old-]</c> and added ones as <c>{+new+}</c> (git's word-diff
/// markers), or, with colour, red struck-through and green. Spaces between two changed words
/// belong to the change, so "World [-Wellbeing Corporation-]{+Health Organization+}" reads as one.
/// </summary>
internal static class WordDiff
{
    private const string Removed = "\e[9;31m";
    private const string Added = "\e[32m";
    private const string Reset = "\e[0m";

    /// <summary>
    /// <paramref name="before"/> + (<paramref name="oldText"/> → <paramref name="newText"/>) + <paramref name="after"/>,
    /// with line breaks shown as spaces.
    /// </summary>
    public static string Render(string before, string oldText, string newText, string after, bool color)
    {
        var builder = new StringBuilder();
        builder.Append(OneLine(before));
        var ops = Diff(Words(OneLine(oldText)), Words(OneLine(newText)));
        var i = 0;
        while (i < ops.Count)
        {
            if (ops[i].Kind == ' ')
            {
                builder.Append(ops[i++].Text);
                continue;
            }

            // A change runs on over equal white space that is followed by more change.
            var removed = new StringBuilder();
            var added = new StringBuilder();
            while (i < ops.Count)
            {
                var (kind, text) = ops[i];
                if (kind == ' ')
                {
                    if (!string.IsNullOrWhiteSpace(text) || i + 1 >= ops.Count || ops[i + 1].Kind == ' ')
                    {
                        break;
                    }

                    removed.Append(text);
                    added.Append(text);
                }
                else
                {
                    (kind == '-' ? removed : added).Append(text);
                }

                i++;
            }

            if (removed.Length > 0)
            {
                builder.Append(color ? Removed + removed + Reset : "[-" + removed + "-]");
            }

            if (added.Length > 0)
            {
                builder.Append(color ? Added + added + Reset : "{+" + added + "+}");
            }
        }

        builder.Append(OneLine(after));
        return builder.ToString();
    }

    private static string OneLine(string text) => text.Replace("\r\n", " ", StringComparison.Ordinal).Replace('\n', ' ').Replace('\r', ' ');

    // Words and the white space between them, alternating.
    private static List<string> Words(string text)
    {
        var words = new List<string>();
        var start = 0;
        for (var i = 1; i <= text.Length; i++)
        {
            if (i == text.Length || char.IsWhiteSpace(text[i]) != char.IsWhiteSpace(text[i - 1]))
            {
                words.Add(text[start..i]);
                start = i;
            }
        }

        return words;
    }

    // Longest common subsequence over words; the texts are a finding's span, a handful of words.
    private static List<(char Kind, string Text)> Diff(List<string> a, List<string> b)
    {
        var lcs = new int[a.Count + 1, b.Count + 1];
        for (var i = a.Count - 1; i >= 0; i--)
        {
            for (var j = b.Count - 1; j >= 0; j--)
            {
                lcs[i, j] = string.Equals(a[i], b[j], StringComparison.Ordinal) ? lcs[i + 1, j + 1] + 1 : Math.Max(lcs[i + 1, j], lcs[i, j + 1]);
            }
        }

        var ops = new List<(char, string)>();
        int x = 0, y = 0;
        while (x < a.Count || y < b.Count)
        {
            if (x < a.Count && y < b.Count && string.Equals(a[x], b[y], StringComparison.Ordinal))
            {
                ops.Add((' ', a[x++]));
                y++;
            }
            else if (y < b.Count && (x == a.Count || lcs[x, y + 1] > lcs[x + 1, y]))
            {
                ops.Add(('+', b[y++]));
            }
            else
            {
                ops.Add(('-', a[x++]));
            }
        }

        return ops;
    }
}
