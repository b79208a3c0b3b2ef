
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

    /// <summary>Consecutive sentences grouped <paramref name="sentencesPerDocument"/> at a time, as one paragraph each.</summary>
    public static List<string> Documents(string path, int sentencesPerDocument) =>
        [.. Sentences(path, sentencesPerDocument).Select(d => string.Join(' ', d) + "\n")];

    /// <summary>The sentences of each document, detokenised.</summary>
    public static List<List<string>> Sentences(string path, int sentencesPerDocument)
    {
        var documents = new List<List<string>>();
        var current = new List<string>();
        foreach (var line in File.ReadLines(path))
        {
            if (line.Length == 0)
            {
                continue;
            }

            current.Add(Detokenize(line));
            if (current.Count == sentencesPerDocument)
            {
                documents.Add(current);
                current = [];
            }
        }

        if (current.Count > 0)
        {
            documents.Add(current);
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
