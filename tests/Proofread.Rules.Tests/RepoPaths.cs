namespace Proofread.Rules.Tests;

/// <summary>Finds the repository and the shared measurement data next to it.</summary>
internal static class RepoPaths
{
    /// <summary>The folder holding Proofread.sln, found by walking up from the test binaries.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>../shared/eval relative to the repository (may not exist).</summary>
    public static string SharedEval => Path.GetFullPath(Path.Combine(Root, "..", "shared", "eval"));

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Proofread.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Proofread.sln not found above " + AppContext.BaseDirectory);
    }
}
