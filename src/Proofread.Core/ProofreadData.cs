namespace Proofread;

/// <summary>
/// Finds the data files the tool ships (dictionaries, models). They are copied beside the
/// assemblies under <c>dictionaries/</c>; <c>PROOFREAD_DATA</c> points elsewhere when set.
/// </summary>
public static class ProofreadData
{
    /// <summary>The environment variable that overrides the data folder.</summary>
    public const string EnvironmentVariable = "PROOFREAD_DATA";

    /// <summary>The folder that holds the shipped data.</summary>
    public static string Root =>
        Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } custom
            ? custom
            : System.IO.Path.Combine(AppContext.BaseDirectory, "dictionaries");

    /// <summary>The full path of a shipped data file, given relative to the data folder.</summary>
    /// <exception cref="FileNotFoundException">The file is not there: the installation is broken.</exception>
    public static string Path(string relativePath)
    {
        var full = System.IO.Path.Combine(Root, relativePath);
        if (!File.Exists(full))
        {
            throw new FileNotFoundException(
                $"Proofread's data file '{relativePath}' is missing from '{Root}'. Reinstall, or set {EnvironmentVariable}.",
                full);
        }

        return full;
    }
}
