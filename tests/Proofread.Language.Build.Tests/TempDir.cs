namespace Proofread.Language.Build.Tests;

/// <summary>A fresh folder under the system temp folder, deleted with the test class.</summary>
public sealed class TempDir : IDisposable
{
    public TempDir() => Directory.CreateDirectory(Path);

    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "proofread-langbuild-" + Guid.NewGuid().ToString("N"));

    /// <summary>Writes <paramref name="text"/> (UTF-8, no BOM) to a path relative to the folder, creating folders.</summary>
    public string Write(string relative, string text)
    {
        var file = System.IO.Path.Combine(Path, relative);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(file)!);
        File.WriteAllText(file, text);
        return file;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }
}
