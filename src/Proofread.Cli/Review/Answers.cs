namespace Proofread.Cli.Review;

/// <summary>Where <c>review</c> gets its answers: key presses in a terminal, or lines from redirected standard input.</summary>
internal abstract class Answers
{
    /// <summary>The next answer key, lower-cased; 'q' at the end of input.</summary>
    public abstract char NextKey();

    /// <summary>A replacement typed by the user; null at the end of input.</summary>
    public abstract string? NextLine();

    /// <summary>Answers from a terminal: one key press each, no Enter needed.</summary>
    public sealed class Keys(Func<ConsoleKeyInfo> readKey, Func<string?> readLine) : Answers
    {
        public override char NextKey() => char.ToLowerInvariant(readKey().KeyChar);

        public override string? NextLine() => readLine();
    }

    /// <summary>Answers from a script: one a line (its first character counts); a replacement is the line after 'e'.</summary>
    public sealed class Lines(TextReader reader) : Answers
    {
        public override char NextKey()
        {
            var line = reader.ReadLine();
            if (line is null)
            {
                return 'q';
            }

            line = line.Trim();
            return line.Length == 0 ? '\n' : char.ToLowerInvariant(line[0]);
        }

        public override string? NextLine() => reader.ReadLine();
    }
}
