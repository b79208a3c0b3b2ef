namespace Proofread.Configuration.Tests;

/// <summary>The README's configuration example and key table stay true to the loader.</summary>
public class ReadmeTests
{
    private static string ConfigurationSection()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var readme = Path.Combine(dir.FullName, "README.md");
            if (File.Exists(readme) && File.Exists(Path.Combine(dir.FullName, "Proofread.sln")))
            {
                var text = File.ReadAllText(readme);
                var start = text.IndexOf("### Configuration: `.proofread.yml`", StringComparison.Ordinal);
                Assert.True(start >= 0, "README has no configuration section");
                return text[start..text.IndexOf("### Inline suppressions", start, StringComparison.Ordinal)];
            }
        }

        throw new InvalidOperationException("README.md not found above the test's directory");
    }

    [Fact]
    public void The_example_config_loads()
    {
        var section = ConfigurationSection();
        var start = section.IndexOf("```yaml\n", StringComparison.Ordinal) + "```yaml\n".Length;
        var yaml = section[start..section.IndexOf("```", start, StringComparison.Ordinal)];
        using var tree = new TempTree();
        foreach (var file in (string[])["words/house.txt", "terms.txt", "rules/house.yml", "phrases.tsv"])
        {
            tree.Write(file, string.Empty);
        }

        var config = ConfigLoader.Parse(yaml, tree.PathOf(".proofread.yml"), ".proofread.yml");
        Assert.True(config.Root);
        Assert.Equal("en-GB", config.Language);
        Assert.Equal(["+test.optional", "-style", "-readability"], config.Switches.Select(s => (s.Enabled ? "+" : "-") + s.Selector).ToArray());
    }

    [Fact]
    public void The_key_table_names_every_key()
    {
        var section = ConfigurationSection();
        Assert.All(ConfigLoader.Keys, key => Assert.Contains($"`{key}`", section, StringComparison.Ordinal));
    }
}
