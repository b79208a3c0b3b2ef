namespace Proofread.Configuration.Tests;

/// <summary>A temporary directory tree, deleted on dispose; its top holds a root config unless asked otherwise.</summary>
internal sealed class TempTree : IDisposable
{
    public TempTree() => Root = Directory.CreateTempSubdirectory("proofread-config-").FullName;

    public string Root { get; }

    public string Write(string relative, string content)
    {
        var full = Path.Combine(Root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, content);
        return full;
    }

    public string PathOf(string relative) => Path.Combine(Root, relative);

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
