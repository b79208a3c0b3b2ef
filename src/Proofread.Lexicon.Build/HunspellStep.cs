namespace Proofread.Lexicon.Build;

/// <summary>Copies the Hunspell dictionaries verbatim: the .aff/.dic pair is the artifact.</summary>
internal static class HunspellStep
{
    public static void Run(string sources, string output)
    {
        var target = Path.Combine(output, "hunspell");
        Directory.CreateDirectory(target);
        foreach (var (package, name) in new[] { ("dictionary-en-4", "en_US"), ("dictionary-en-gb-", "en_GB") })
        {
            var dir = Path.Combine(Artifact.Package(sources, package), "package");
            File.Copy(Path.Combine(dir, "index.aff"), Path.Combine(target, name + ".aff"), overwrite: true);
            File.Copy(Path.Combine(dir, "index.dic"), Path.Combine(target, name + ".dic"), overwrite: true);
        }
    }
}
