using CsCheck;
using Proofread.Findings;

namespace Proofread.Configuration.Tests;

public class ConfigLoaderTests
{
    private static ProofreadConfig Parse(TempTree tree, string yaml) =>
        ConfigLoader.Parse(yaml, tree.PathOf(".proofread.yml"), ".proofread.yml");

    private static string ErrorsOf(TempTree tree, string yaml) =>
        string.Join('\n', Assert.Throws<ConfigException>(() => Parse(tree, yaml)).Errors);

    [Fact]
    public void Reads_every_key_with_paths_relative_to_the_config()
    {
        using var tree = new TempTree();
        tree.Write("words/house.txt", "Proofread\n");
        tree.Write("terms.txt", "World Health Organization\n");
        tree.Write("packs/house.yml", "rules: []\n");
        tree.Write("book.tsv", "a\tb\n");
        var config = Parse(tree, """
            root: true
            enable: [test.optional, style]
            disable: spelling
            severity:
              spin: error
              style.weasel: off
            min-confidence: 0.5
            language: en-gb
            dictionaries: [words/house.txt]
            ignore-words: [Kubernetes, gRPC]
            glossaries: [terms.txt]
            rules: [packs/house.yml]
            phrasebooks: [book.tsv]
            include: ["docs/**/*.md"]
            exclude: [drafts/**, "*.tmp.md"]
            """);
        Assert.True(config.Root);
        Assert.Equal(
            ["+test.optional@2:10", "+style@2:25", "-spelling@3:10", "-style.weasel@6:3"],
            config.Switches.Select(s => $"{(s.Enabled ? '+' : '-')}{s.Selector}@{s.Position.Line}:{s.Position.Column}"));
        Assert.Equal([new SeveritySetting("spin", Severity.Error, new ConfigPosition(".proofread.yml", 5, 3))], config.Severities.ToArray());
        Assert.Equal(0.5, config.MinConfidence);
        Assert.Equal("en-GB", config.Language);
        Assert.Equal([tree.PathOf("words/house.txt")], config.Dictionaries.ToArray());
        Assert.Equal(["Kubernetes", "gRPC"], config.IgnoreWords.ToArray());
        Assert.Equal([tree.PathOf("terms.txt")], config.Glossaries.ToArray());
        Assert.Equal([tree.PathOf("packs/house.yml")], config.RulePaths.ToArray());
        Assert.Equal([tree.PathOf("book.tsv")], config.Phrasebooks.ToArray());
        Assert.Equal(["docs/**/*.md"], config.Include!.Value.ToArray());
        Assert.Equal(["drafts/**", "*.tmp.md"], config.Exclude.ToArray());
    }

    [Theory]
    [InlineData("")]
    [InlineData("# only a comment\n")]
    [InlineData("---\n")]
    public void An_empty_config_sets_nothing(string yaml)
    {
        using var tree = new TempTree();
        var config = Parse(tree, yaml);
        Assert.False(config.Root);
        Assert.Empty(config.Switches);
        Assert.Null(config.Include);
        Assert.Null(config.Language);
    }

    [Theory]
    [InlineData("langauge: en-GB\n", ".proofread.yml:1:1: unknown key 'langauge'; the keys are root, enable, disable, severity, min-confidence, language, dictionaries, ignore-words, glossaries, rules, phrasebooks, include, exclude")]
    [InlineData("root: yes please\n", ".proofread.yml:1:7: expected true or false, not 'yes please'")]
    [InlineData("min-confidence: 1.5\n", ".proofread.yml:1:17: min-confidence: expected a number from 0 to 1, not '1.5'")]
    [InlineData("min-confidence:\n", ".proofread.yml:1:16: min-confidence: expected a number from 0 to 1, not nothing")]
    [InlineData("language: fr\n", ".proofread.yml:1:11: language: expected en-US or en-GB, not 'fr'")]
    [InlineData("severity:\n  spin: fatal\n", ".proofread.yml:2:9: severity of 'spin': expected error, warning, info or off, not 'fatal'")]
    [InlineData("severity: [spin]\n", ".proofread.yml:1:11: severity: expected a mapping of rule to error, warning, info or off (e.g. 'spelling: info')")]
    [InlineData("enable:\n  - spin\n  - {a: b}\n", ".proofread.yml:3:5: expected a rule id, an id prefix or a category, not a mapping")]
    [InlineData("dictionaries: [missing.txt]\n", ".proofread.yml:1:16: no such file 'missing.txt' (paths are relative to the config file)")]
    [InlineData("exclude: [../other/**]\n", ".proofread.yml:1:11: glob '../other/**' must stay inside the config's directory (no leading '/' and no '..')")]
    [InlineData("- spin\n", ".proofread.yml:1:1: the config must be a mapping of keys (root, enable, disable, severity, min-confidence, language, dictionaries, ignore-words, glossaries, rules, phrasebooks, include, exclude)")]
    [InlineData("enable: [spin\n", ".proofread.yml:2:1: invalid YAML: While parsing a flow sequence, did not find expected ',' or ']'")]
    [InlineData("root: true\nroot: false\n", ".proofread.yml:2:1: invalid YAML: Duplicate key root")]
    public void A_bad_config_is_a_positioned_error(string yaml, string expected)
    {
        using var tree = new TempTree();
        Assert.Equal(expected, ErrorsOf(tree, yaml));
    }

    [Fact]
    public void Every_error_of_a_file_is_reported_in_file_order()
    {
        using var tree = new TempTree();
        Assert.Equal(
            ".proofread.yml:1:11: language: expected en-US or en-GB, not 'xx'\n.proofread.yml:2:1: unknown key 'colour'; the keys are root, enable, disable, severity, min-confidence, language, dictionaries, ignore-words, glossaries, rules, phrasebooks, include, exclude",
            ErrorsOf(tree, "language: xx\ncolour: red\n"));
    }

    [Fact]
    public void A_missing_file_is_an_error_naming_it()
    {
        var e = Assert.Throws<ConfigException>(() => ConfigLoader.Load("/no/such/dir/.proofread.yml", "x/.proofread.yml"));
        Assert.StartsWith("x/.proofread.yml: cannot read the config: ", e.Errors.Single().ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_starter_config_is_valid_and_sets_the_defaults()
    {
        using var tree = new TempTree();
        var config = Parse(tree, StarterConfig.Text);
        Assert.True(config.Root);
        Assert.Empty(config.Switches);
        Assert.Equal(0, config.MinConfidence);
        Assert.Equal("en-US", config.Language);
        Assert.Equal(["*.txt", "*.md", "*.markdown", "*.text"], config.Include!.Value.ToArray());
        Assert.EndsWith("exclude: []\n", StarterConfig.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Any_text_either_loads_or_fails_with_positioned_errors()
    {
        using var tree = new TempTree();
        var yamlish = Gen.OneOf("root", "enable", "severity", ":", " ", "\n", "-", "[", "]", "{", "}", "spin", "'", "\"", "1.5", "\t", "#", "en-GB", "language", "&a", "*a", "!!str", "---", "|");
        yamlish.Array[0, 30].Select(parts => string.Concat(parts)).Sample(text =>
        {
            try
            {
                Parse(tree, text);
            }
            catch (ConfigException e)
            {
                Assert.NotEmpty(e.Errors);
                Assert.All(e.Errors, error => Assert.True(error.Position.Line >= 1 && error.Position.Column >= 1, error.ToString()));
            }
        }, iter: 2000);
    }
}
