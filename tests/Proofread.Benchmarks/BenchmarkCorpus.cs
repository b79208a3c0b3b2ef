using System.Text;
using Proofread.Analysis;
using Proofread.Documents;

namespace Proofread.Benchmarks;

/// <summary>
/// About 1 MB of prose: corpora/examples/kim-congress.spun.txt repeated, read from the repository
/// at run time (the root is found by walking up to Proofread.sln).
/// </summary>
internal static class BenchmarkCorpus
{
    public const int TargetChars = 1_000_000;

    private static readonly Lazy<string> s_text = new(Build);
    private static readonly Lazy<int> s_words = new(() => TextAnnotator.Annotate(ProseLayout.ForPlainText(Text)).WordCount);

    public static string Text => s_text.Value;

    public static int WordCount => s_words.Value;

    public static string RepositoryRoot()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Proofread.sln")))
                {
                    return dir.FullName;
                }
            }
        }

        throw new DirectoryNotFoundException("Proofread.sln not found above " + AppContext.BaseDirectory);
    }

    private static string Build()
    {
        var sample = File.ReadAllText(Path.Combine(RepositoryRoot(), "corpora", "examples", "kim-congress.spun.txt")).Trim();
        var builder = new StringBuilder(TargetChars + sample.Length + 2);
        while (builder.Length < TargetChars)
        {
            builder.Append(sample).Append("\n\n");
        }

        return builder.ToString();
    }
}
