using System.Text;
using Proofread.Text;

namespace Proofread.Documents.Tests;

public sealed class DocumentLoaderTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("proofread-loader-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private string Write(string name, string text) => Write(name, Encoding.UTF8.GetBytes(text));

    private static string Reason(Action load) => Assert.Throws<DocumentLoadException>(load).Reason;

    [Theory]
    [InlineData("a.md", DocumentKind.Markdown)]
    [InlineData("A.MD", DocumentKind.Markdown)]
    [InlineData("notes.markdown", DocumentKind.Markdown)]
    [InlineData("dir.md/x.mkdn", DocumentKind.Markdown)]
    [InlineData("page.mdx", DocumentKind.Markdown)]
    [InlineData("a.txt", DocumentKind.PlainText)]
    [InlineData("a.md.txt", DocumentKind.PlainText)]
    [InlineData("README", DocumentKind.PlainText)]
    [InlineData("-", DocumentKind.PlainText)]
    public void Kind_follows_the_extension(string path, DocumentKind kind)
    {
        Assert.Equal(kind, DocumentLoader.KindOf(path));
    }

    [Fact]
    public void Loads_a_plain_text_file()
    {
        var path = Write("a.txt", "Title\r\n\r\nFirst para.\r\n");
        var document = DocumentLoader.LoadFile(path);
        Assert.Equal(path, document.Path);
        Assert.Equal(DocumentKind.PlainText, document.Kind);
        Assert.Equal("Title\r\n\r\nFirst para.\r\n", document.Text);
        Assert.Equal(TextEncodingKind.Utf8, document.Source.Encoding);
        Assert.Equal("[0..5) [9..20)", string.Join(" ", document.Prose.Blocks));
        Assert.Equal(File.ReadAllBytes(path), document.Source.Encode());
    }

    [Fact]
    public void Loads_a_markdown_file_with_a_byte_order_mark_and_crlf_with_file_offsets()
    {
        var bytes = SourceText.Encode("# Title\r\n\r\nSee `code` *here*.\r\n", TextEncodingKind.Utf8WithBom);
        var path = Write("a.md", bytes);
        var document = DocumentLoader.LoadFile(path);
        Assert.Equal(DocumentKind.Markdown, document.Kind);
        Assert.Equal(TextEncodingKind.Utf8WithBom, document.Source.Encoding);
        Assert.Equal("  Title\r\n\r\nSee         here .\r\n", document.Prose.ProseText);
        Assert.Equal("[2..7) [11..29)", string.Join(" ", document.Prose.Blocks));

        // "here" is at line 3, column 13 of the file as an editor shows it (the mark is not a column).
        var here = document.Text.IndexOf("here", StringComparison.Ordinal);
        Assert.Equal(new LinePosition(3, 13), document.Source.Lines.GetPosition(here));
        Assert.Equal(bytes, document.Source.Encode());
    }

    [Fact]
    public void Kind_can_be_overridden()
    {
        var md = Write("a.md", "`code`");
        var txt = Write("a.txt", "`code`");
        Assert.Equal("`code`", DocumentLoader.LoadFile(md, DocumentKind.PlainText).Prose.ProseText);
        Assert.Equal("      ", DocumentLoader.LoadFile(txt, DocumentKind.Markdown).Prose.ProseText);
    }

    [Fact]
    public void An_empty_file_is_a_clean_empty_document()
    {
        var document = DocumentLoader.LoadFile(Write("empty.md", []));
        Assert.Equal("", document.Text);
        Assert.Empty(document.Prose.Blocks);
        Assert.Empty(document.Tokens);
        Assert.Equal(0, document.WordCount);
    }

    [Fact]
    public void Missing_paths_directories_and_bad_paths_give_one_line_reasons()
    {
        Assert.Equal("no such file", Reason(() => DocumentLoader.LoadFile(Path.Combine(_dir, "missing.txt"))));
        Assert.Equal("no such file or directory", Reason(() => DocumentLoader.LoadFile(Path.Combine(_dir, "no-dir", "a.txt"))));
        Assert.Equal("is a directory", Reason(() => DocumentLoader.LoadFile(_dir)));
        Assert.Equal("invalid path", Reason(() => DocumentLoader.LoadFile("")));
        Assert.Equal("invalid path", Reason(() => DocumentLoader.LoadFile("a\0b.txt")));

        var file = Write("plain.txt", "x");
        Assert.Equal("no such file or directory", Reason(() => DocumentLoader.LoadFile(Path.Combine(file, "child.txt"))));

        var link = Path.Combine(_dir, "dangling.txt");
        File.CreateSymbolicLink(link, Path.Combine(_dir, "nowhere.txt"));
        Assert.Equal("no such file", Reason(() => DocumentLoader.LoadFile(link)));

        var e = Assert.Throws<DocumentLoadException>(() => DocumentLoader.LoadFile(_dir));
        Assert.Equal($"{_dir}: is a directory", e.Message);
        Assert.Equal(_dir, e.FilePath);
    }

    [Fact]
    public void An_unreadable_file_gives_the_system_reason()
    {
        // Tests run as root, so chmod 000 would not stop the read; /proc/self/mem opens but fails
        // with EIO when read at offset 0, which exercises the same path.
        if (!OperatingSystem.IsLinux() || !File.Exists("/proc/self/mem"))
        {
            return;
        }

        Assert.Equal("Input/output error", Reason(() => DocumentLoader.LoadFile("/proc/self/mem")));
    }

    [Fact]
    public void Undecodable_files_name_the_problem()
    {
        Assert.Equal("binary file", Reason(() => DocumentLoader.LoadFile(Write("a.png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00]))));
        Assert.Equal("UTF-32 is not supported", Reason(() => DocumentLoader.LoadFile(Write("a.txt", [0xFF, 0xFE, 0x00, 0x00, 0x61, 0x00, 0x00, 0x00]))));
        Assert.Equal("invalid UTF-8 at byte 8 (line 2)", Reason(() => DocumentLoader.LoadFile(Write("b.txt", [.. "Caf\r\nno "u8, 0xE9, .. "!"u8]))));
    }

    [Fact]
    public void Files_over_the_limit_are_refused_before_reading()
    {
        // A sparse file: the size is real but no disk space or read time is spent.
        var path = Path.Combine(_dir, "huge.txt");
        using (var stream = File.Create(path))
        {
            stream.SetLength(DocumentLoader.DefaultMaxBytes + 1);
        }

        Assert.Equal("file too large (268,435,457 bytes; the limit is 268,435,456 bytes)", Reason(() => DocumentLoader.LoadFile(path)));
        Assert.Equal("file too large (268,435,457 bytes; the limit is 268,435,456 bytes)", Reason(() => DocumentLoader.ReadSource(path)));

        var small = Write("small.txt", "0123456789A");
        Assert.Equal("file too large (11 bytes; the limit is 10 bytes)", Reason(() => DocumentLoader.LoadFile(small, maxBytes: 10)));
        Assert.Equal("0123456789", DocumentLoader.LoadFile(Write("ten.txt", "0123456789"), maxBytes: 10).Text);
    }

    [Fact]
    public void A_fifty_megabyte_file_round_trips_byte_for_byte()
    {
        var line = "Spun text, with its words and numbers 12345 and \u00e9.\r\n"u8.ToArray();
        var path = Path.Combine(_dir, "fifty.txt");
        long written = 0;
        using (var stream = File.Create(path))
        {
            while (written < 50L * 1024 * 1024)
            {
                stream.Write(line);
                written += line.Length;
            }
        }

        try
        {
            var source = DocumentLoader.ReadSource(path);
            Assert.Equal(TextEncodingKind.Utf8, source.Encoding);
            Assert.Equal(written / line.Length, source.Lines.LineCount - 1);
            Assert.Equal(File.ReadAllBytes(path), source.Encode());
            var layout = DocumentLoader.LayoutOf(source.Text, DocumentKind.PlainText);
            Assert.Equal(TextSpan.FromBounds(0, source.Length - 2), layout.Blocks.Single());
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Streams_load_like_files()
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes("# Title\n\nBody `x`."));
        var document = DocumentLoader.LoadStream(DocumentLoader.StandardInputPath, stream);
        Assert.Equal("-", document.Path);
        Assert.Equal(DocumentKind.PlainText, document.Kind);
        Assert.Equal("# Title\n\nBody `x`.", document.Prose.ProseText);

        using var markdown = new MemoryStream(Encoding.UTF8.GetBytes("# Title\n\nBody `x`."));
        Assert.Equal("  Title\n\nBody    .", DocumentLoader.LoadStream("-", markdown, DocumentKind.Markdown).Prose.ProseText);

        using var named = new MemoryStream(Encoding.UTF8.GetBytes("`x`"));
        Assert.Equal(DocumentKind.Markdown, DocumentLoader.LoadStream("piped.md", named).Kind);
    }

    [Fact]
    public void Non_seekable_streams_are_capped_and_read_errors_reported()
    {
        var bytes = Encoding.UTF8.GetBytes(new string('a', 100_000));
        Assert.Equal(100_000, DocumentLoader.LoadStream("-", new OneWayStream(bytes)).Text.Length);
        Assert.Equal("file too large (over the limit of 99,999 bytes)", Reason(() => DocumentLoader.LoadStream("-", new OneWayStream(bytes), maxBytes: 99_999)));
        Assert.Equal("binary file", Reason(() => DocumentLoader.LoadStream("-", new OneWayStream([0x61, 0x00]))));
        Assert.Equal("disk on fire", Reason(() => DocumentLoader.LoadStream("-", new OneWayStream(bytes, failWith: new IOException("disk\non fire")))));
    }

    [Fact]
    public void From_bytes_and_from_source_skip_the_file_system()
    {
        var document = DocumentLoader.FromBytes("x.md", [0xFF, 0xFE, (byte)'*', 0, (byte)'a', 0, (byte)'*', 0]);
        Assert.Equal(TextEncodingKind.Utf16LittleEndian, document.Source.Encoding);
        Assert.Equal(" a ", document.Prose.ProseText);
        Assert.Equal("x.md: binary file", Assert.Throws<DocumentLoadException>(() => DocumentLoader.FromBytes("x.md", [0])).Message);

        var fromSource = DocumentLoader.FromSource("<text>", new SourceText("Hello world."), DocumentKind.PlainText);
        Assert.Equal("[0..12)", string.Join(" ", fromSource.Prose.Blocks));
    }

    /// <summary>A stream that cannot seek, hands out a few bytes per read, and can fail part way.</summary>
    private sealed class OneWayStream(byte[] bytes, Exception? failWith = null) : Stream
    {
        private int _position;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            if (failWith is not null && _position > bytes.Length / 2)
            {
                throw failWith;
            }

            var n = Math.Min(Math.Min(count, 777), bytes.Length - _position);
            Array.Copy(bytes, _position, buffer, offset, n);
            _position += n;
            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
