using Proofread.Lexicon.Hunspell;

namespace Proofread.Lexicon.Build;

/// <summary>
/// Copies the Hunspell dictionaries verbatim (the .aff/.dic pair stays the source of truth), then
/// compiles both pairs' expanded word forms into one flat file, en.forms (forms the two share are
/// stored once), which the tool memory-maps instead of expanding the .dic at every start.
/// </summary>
internal static class HunspellStep
{
    private static readonly (string Package, string Name)[] Dictionaries = [("dictionary-en-4", "en_US"), ("dictionary-en-gb-", "en_GB")];

    public static void Run(string sources, string output)
    {
        var target = Path.Combine(output, "hunspell");
        Directory.CreateDirectory(target);
        foreach (var (package, name) in Dictionaries)
        {
            var dir = Path.Combine(Artifact.Package(sources, package), "package");
            File.Copy(Path.Combine(dir, "index.aff"), Path.Combine(target, name + ".aff"), overwrite: true);
            File.Copy(Path.Combine(dir, "index.dic"), Path.Combine(target, name + ".dic"), overwrite: true);
        }

        Compile(output);
    }

    /// <summary>Writes hunspell/en.forms from hunspell/NAME.aff and NAME.dic under <paramref name="output"/>.</summary>
    public static void Compile(string output)
    {
        var target = Path.Combine(output, "hunspell");
        var dictionaries = new List<(string, WordList)>();
        foreach (var (_, name) in Dictionaries)
        {
            dictionaries.Add((name, WordList.CreateFromFiles(Path.Combine(target, name + ".aff"), Path.Combine(target, name + ".dic"))));
        }

        using var file = File.Create(Path.Combine(target, "en.forms"));
        WordList.WriteCompiled(file, dictionaries);
    }
}
