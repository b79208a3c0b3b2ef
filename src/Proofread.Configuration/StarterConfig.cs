namespace Proofread.Configuration;

/// <summary>The commented <c>.proofread.yml</c> that <c>proofread init</c> writes; every value is the default.</summary>
public static class StarterConfig
{
    /// <summary>The file's text (LF line endings).</summary>
    public const string Text = """
        # Proofread configuration. Proofread reads the .proofread.yml nearest to each checked file,
        # then those in parent directories up to one that says `root: true`; nearer files win, and
        # command-line options win over all of them. Paths and globs are relative to this file.
        # The keys are documented in Proofread's README ("Configuration").

        # Do not read .proofread.yml files in parent directories.
        root: true

        # Rules to turn on or off: a rule id (spin.phrasebook), an id prefix (spin) or a category
        # (spin, spelling, grammar, style, readability). `proofread rules list` shows the rules.
        enable: []
        disable: []

        # Severity per rule, prefix or category: error, warning, info, or off. For example:
        #   spelling.regional-variant: warning
        #   style: off
        severity: {}

        # Drop suggestions below this confidence (0 to 1), and findings left without any.
        min-confidence: 0

        # English variety for spelling: en-US or en-GB.
        language: en-US

        # Word lists (one word a line, '#' comments) and single words that spelling accepts.
        dictionaries: []
        ignore-words: []

        # Glossaries of terms and names to trust (one term a line).
        glossaries: []

        # Rule packs and phrasebooks of your own.
        rules: []
        phrasebooks: []

        # Which files a directory search checks (a glob without '/' matches at any depth), and
        # which it skips. Files named on the command line are always checked.
        include: ["*.txt", "*.md", "*.markdown", "*.text"]
        exclude: []

        """;
}
