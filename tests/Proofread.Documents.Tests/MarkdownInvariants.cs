
namespace Proofread.Documents.Tests;

/// <summary>What every prose layout must satisfy, whatever its source.</summary>
internal static class MarkdownInvariants
{
    public static void Check(string source, ProseLayout layout)
    {
        var prose = layout.ProseText;
        Assert.Equal(source.Length, prose.Length);
        for (var i = 0; i < source.Length; i++)
        {
            var s = source[i];
            var p = prose[i];
            if (s is '\r' or '\n')
            {
                // Line breaks survive masking, so line and column numbers stay the file's.
                Assert.True(p == s, $"line break at {i} became U+{(int)p:X4}");
            }
            else if (p != ' ')
            {
                Assert.True(p == s, $"offset {i}: prose has '{p}' but the source has '{s}'");
            }
            else
            {
                Assert.True(p is ' ', $"offset {i}: mask must be a space");
            }
        }

        var previousEnd = 0;
        foreach (var block in layout.Blocks)
        {
            Assert.True(block.Length > 0, $"empty block {block}");
            Assert.True(block.Start >= previousEnd, $"block {block} overlaps or precedes the one before (end {previousEnd})");
            Assert.True(block.End <= source.Length, $"block {block} runs past the end ({source.Length})");

            // Blocks are trimmed to prose: they start and end on a revealed, non-space character.
            Assert.False(char.IsWhiteSpace(prose[block.Start]), $"block {block} starts on white space");
            Assert.False(char.IsWhiteSpace(prose[block.End - 1]), $"block {block} ends on white space");
            previousEnd = block.End;
        }

        // Every revealed character belongs to a block, so analysers see all the prose.
        for (var i = 0; i < prose.Length; i++)
        {
            if (!char.IsWhiteSpace(prose[i]))
            {
                Assert.True(layout.Blocks.Any(b => b.Contains(i)), $"prose character '{prose[i]}' at {i} is in no block");
            }
        }
    }
}
