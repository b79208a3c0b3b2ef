namespace Proofread.Rules.Tests;

/// <summary>Malformed packs give positioned errors, never a stack trace.</summary>
public sealed class RulePackLoaderTests
{
    private const string Valid = """
        pack: test
        rules:
          - id: usage.test.return-back
            kind: substitution
            message: "'{text}' is redundant."
            replace:
              return back: return
            examples:
              - bad: He will return back.
                fix: He will return.
              - good: He will return.
        """;

    private static RulePackError SingleError(string yaml)
    {
        var e = Assert.Throws<RulePackException>(() => RulePackLoader.Parse(yaml, "pack.yaml"));
        return Assert.Single(e.Errors);
    }

    [Fact]
    public void A_valid_pack_reads_its_rules()
    {
        var pack = RulePackLoader.Parse(Valid, "pack.yaml");
        Assert.Equal("test", pack.Name);
        var rule = Assert.Single(pack.Rules);
        Assert.Equal("usage.test.return-back", rule.Id);
        Assert.Equal(RuleKind.Substitution, rule.Kind);
        Assert.Equal(3, rule.Line);
        Assert.Equal(2, rule.Examples.Length);
    }

    [Fact]
    public void Invalid_yaml_is_reported_with_its_line()
    {
        var error = SingleError("rules:\n  - id: a.b\n    kind: [unclosed\n");
        Assert.Equal("pack.yaml", error.File);
        Assert.True(error.Line >= 3, error.ToString());
        Assert.StartsWith("pack.yaml:", error.ToString());
        Assert.Contains("invalid YAML", error.Message);
    }

    [Fact]
    public void An_unknown_key_is_reported_at_its_line()
    {
        var error = SingleError(Valid.Replace("    kind: substitution", "    kind: substitution\n    sugest: x"));
        Assert.Equal("pack.yaml:5: unknown key 'sugest' in a rule (allowed: id, kind, title, message, description, severity, category, link, enabled, suggest, examples, exceptions, pattern, tokens, replace, words, factor, allow, sentence-start, metric, max)", error.ToString());
    }

    [Fact]
    public void An_unknown_kind_is_reported()
    {
        var error = SingleError(Valid.Replace("kind: substitution", "kind: substitute"));
        Assert.Equal("pack.yaml:4: unknown kind 'substitute' (existence, substitution, pattern, confusion, repetition, capitalization, metric)", error.ToString());
    }

    [Fact]
    public void A_bad_regex_is_reported()
    {
        var yaml = Valid.Replace("kind: substitution", "kind: pattern\n    pattern:\n      - regex: \"(unclosed\"\n    suggest: x").Replace("    replace:\n      return back: return\n", "");
        var error = SingleError(yaml);
        Assert.Equal(6, error.Line);
        Assert.StartsWith("invalid regex '(unclosed'", error.Message);
    }

    [Fact]
    public void A_rule_without_a_good_example_is_reported()
    {
        var error = SingleError(Valid.Replace("\n      - good: He will return.", ""));
        Assert.Equal("pack.yaml:9: a rule needs at least one bad and one good example", error.ToString());
    }

    [Fact]
    public void A_bad_example_without_its_correction_is_reported()
    {
        var error = SingleError(Valid.Replace("        fix: He will return.\n", ""));
        Assert.Equal("pack.yaml:9: a bad example of a rule with suggestions needs its expected correction in 'fix'", error.ToString());
    }

    [Fact]
    public void A_template_pointing_past_the_pattern_is_reported()
    {
        var yaml = Valid.Replace("kind: substitution", "kind: pattern\n    pattern: [return, back]\n    suggest: \"$3\"").Replace("    replace:\n      return back: return\n", "");
        var error = SingleError(yaml);
        Assert.Equal("pack.yaml:6: '$3' refers to element 3, but the pattern has 2", error.ToString());
    }

    [Fact]
    public void Duplicate_ids_in_a_pack_and_across_packs_are_reported()
    {
        var twice = Valid + "\n" + string.Join('\n', Valid.Split('\n').Skip(2));
        Assert.Equal("pack.yaml:12: rule id 'usage.test.return-back' is used twice in this pack", SingleError(twice).ToString());

        var a = RulePackLoader.Parse(Valid, "a.yaml");
        var b = RulePackLoader.Parse(Valid, "b.yaml");
        var e = Assert.Throws<RulePackException>(() => new RulesAnalyzer([a, b]));
        Assert.Equal("b.yaml:3: rule id 'usage.test.return-back' is already defined in a.yaml:3", Assert.Single(e.Errors).ToString());
    }

    [Fact]
    public void A_missing_folder_is_an_error_not_a_crash()
    {
        var e = Assert.Throws<RulePackException>(() => RulePackLoader.LoadFolder("/no/such/folder"));
        Assert.Equal("/no/such/folder: no such rule folder or pack file", Assert.Single(e.Errors).ToString());
    }
}
