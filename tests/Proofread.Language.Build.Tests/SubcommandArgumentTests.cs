namespace Proofread.Language.Build.Tests;

// The subcommands check their arguments before reading any file: a bad one is a UsageException
// whose message Program prints with the usage (ProgramTests runs a few through the real process).
public sealed class SubcommandArgumentTests
{
    [Theory]
    [InlineData("tagger needs TEXT and MODEL")]
    [InlineData("tagger needs TEXT and MODEL", "text")]
    [InlineData("tagger: ITERATIONS 'five' is not a whole number", "text", "model", "five")]
    public void Tagger(string reason, params string[] args) =>
        Assert.Equal(reason, Assert.Throws<UsageException>(() => TaggerCommand.Run(args)).Message);

    [Theory]
    [InlineData("ngram needs a subcommand: build, eval, spin, classes or attest")]
    [InlineData("unknown ngram subcommand 'bogus'", "bogus")]
    [InlineData("unknown ngram subcommand 'Build'", "Build", "train.txt", "out.bin", "3", "1")]
    [InlineData("ngram build needs TRAIN OUT ORDER MINCOUNT", "build", "train.txt", "out.bin", "3")]
    [InlineData("ngram build: ORDER 'three' is not a whole number", "build", "train.txt", "out.bin", "three", "1")]
    [InlineData("ngram build: ORDER '3.0' is not a whole number", "build", "train.txt", "out.bin", "3.0", "1")]
    [InlineData("ngram build: MINCOUNT '1,x' is not a whole number or a comma list of them", "build", "train.txt", "out.bin", "3", "1,x")]
    [InlineData("ngram build: MAXVOCABULARY '1e5' is not a whole number", "build", "train.txt", "out.bin", "3", "1", "1e5")]
    [InlineData("ngram eval needs MODEL and HELDOUT", "eval", "model.bin")]
    [InlineData("ngram spin needs MODEL TAGGED_TRAIN EVAL_CLEAN_DIR", "spin", "model.bin", "tagged")]
    [InlineData("ngram spin: RATE 'lots' is not a number", "spin", "model.bin", "tagged", "clean", "lots")]
    [InlineData("ngram spin: SEED 'x' is not a whole number", "spin", "model.bin", "tagged", "clean", "0.2", "x")]
    [InlineData("ngram classes needs TRAIN OUT ORDER", "classes", "train.txt", "out.bin")]
    [InlineData("ngram classes: ORDER 'four' is not a whole number", "classes", "train.txt", "out.bin", "four")]
    [InlineData("ngram attest needs PHRASES and at least one MODEL", "attest", "phrases.tsv")]
    public void Ngram(string reason, params string[] args) =>
        Assert.Equal(reason, Assert.Throws<UsageException>(() => NGramCommand.Run(args)).Message);

    [Theory]
    [InlineData("vectors needs a subcommand: build or eval")]
    [InlineData("unknown vectors subcommand 'bogus'", "bogus", "a", "b", "c")]
    [InlineData("vectors build needs TRAIN and OUT", "build", "train.txt")]
    [InlineData("vectors build: DIMENSIONS 'many' is not a whole number", "build", "train.txt", "out.bin", "many")]
    [InlineData("vectors eval needs VECTORS TAGGED_TRAIN EVAL_CLEAN_DIR", "eval", "vectors.bin", "tagged")]
    public void Vectors(string reason, params string[] args) =>
        Assert.Equal(reason, Assert.Throws<UsageException>(() => VectorsCommand.Run(args)).Message);

    [Theory]
    [InlineData("-3", -3)]
    [InlineData(" 7 ", 7)]
    [InlineData("2147483647", int.MaxValue)]
    public void Whole_numbers_parse_invariantly(string value, int expected) => Assert.Equal(expected, CommandLine.Int(value, "X"));

    [Theory]
    [InlineData("2147483648")]
    [InlineData("1,000")]
    [InlineData("")]
    public void Out_of_range_or_grouped_numbers_are_not_whole_numbers(string value) =>
        Assert.Equal($"X '{value}' is not a whole number", Assert.Throws<UsageException>(() => CommandLine.Int(value, "X")).Message);

    [Theory]
    [InlineData("0.2", 0.2)]
    [InlineData("1e-1", 0.1)]
    public void Numbers_parse_invariantly(string value, double expected) => Assert.Equal(expected, CommandLine.Number(value, "X"));
}
