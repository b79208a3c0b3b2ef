using System.Text;

namespace Proofread.Spin.Build;

/// <summary>
/// The corpus pipeline's held-out text (corpora/.build/text/heldout.txt: Penn-tokenised, one
/// sentence a line, documents in order) turned back into readable prose in pseudo-documents.
/// The language models never saw it, so evidence computed on it looks like evidence on new text.
/// </summary>
internal static class HeldOutText
{
    private static readonly (string Token, string Joined)[] Joins =
    [
        (" ,", ","), (" .", "."), (" ;", ";"), (" :", ":"), (" ?", "?"), (" !", "!"), (" n't", "n't"),
        (" 's ", "'s "), (" 're ", "'re "), (" 've ", "'ve "), (" 'll ", "'ll "), (" 'd ", "'d "), (" 'm ", "'m "),
        ("( ", "("), (" )", ")"), (" %", "%"), ("$ ", "$"),
    ];

    /// <summary>Consecutive sentences grouped <paramref name="sentencesPerDocument"/> at a time.</summary>
    public static List<string> Documents(string path, int sentencesPerDocument)
    {
        var documents = new List<string>();
        var current = new StringBuilder();
        var count = 0;
        foreach (var line in File.ReadLines(path))
        {
            if (line.Length == 0)
            {
                continue;
            }

            current.Append(Detokenize(line)).Append(' ');
            if (++count == sentencesPerDocument)
            {
                documents.Add(current.ToString().Trim() + "\n");
                current.Clear();
                count = 0;
            }
        }

        if (count > 0)
        {
            documents.Add(current.ToString().Trim() + "\n");
        }

        return documents;
    }

    public static string Detokenize(string line)
    {
        var s = " " + line + " ";
        foreach (var (token, joined) in Joins)
        {
            s = s.Replace(token, joined, StringComparison.Ordinal);
        }

        return s.Trim();
    }
}
