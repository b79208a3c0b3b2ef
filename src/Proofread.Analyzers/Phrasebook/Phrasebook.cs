using System.Collections.Immutable;
using System.Reflection;
using System.Text;

namespace Proofread.Analyzers.Phrasebook;

/// <summary>
/// An immutable list of known spun and tortured phrases with their original wording.
/// Read one from text with <see cref="Parse"/>, from files with <see cref="Load"/>; the
/// built-in one is <see cref="BuiltIn"/>. <see cref="Combine"/> layers user books over it.
/// The format is documented in <c>dictionaries/phrasebook/README.md</c>.
/// </summary>
public sealed class Phrasebook
{
    private const string ResourcePrefix = "Proofread.Phrasebook.";
    private static readonly Lazy<Phrasebook> BuiltInBook = new(LoadBuiltIn);

    internal Phrasebook(ImmutableArray<PhrasebookEntry> entries)
    {
        Entries = entries;
    }

    /// <summary>A phrasebook with no entries.</summary>
    public static Phrasebook Empty { get; } = new([]);

    /// <summary>The phrasebook shipped with Proofread (every file of <c>dictionaries/phrasebook</c>).</summary>
    public static Phrasebook BuiltIn => BuiltInBook.Value;

    /// <summary>Names of the built-in files, as they appear in positions ("dictionaries/phrasebook/science.tsv").</summary>
    public static ImmutableArray<string> BuiltInSourceNames { get; } =
        [.. typeof(Phrasebook).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(n => "dictionaries/phrasebook/" + n[ResourcePrefix.Length..])];

    /// <summary>The entries, in file order.</summary>
    public ImmutableArray<PhrasebookEntry> Entries { get; }

    /// <summary>The number of entries.</summary>
    public int Count => Entries.Length;

    /// <summary>Parses phrasebook text.</summary>
    /// <param name="text">The whole file.</param>
    /// <param name="sourceName">The name used in error positions and on entries.</param>
    /// <exception cref="PhrasebookException">A line is malformed; the message lists every problem as "file:line: what".</exception>
    public static Phrasebook Parse(string text, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(sourceName);
        return PhrasebookParser.Parse(text, sourceName);
    }

    /// <summary>Reads phrasebook files (UTF-8) and combines them; later files override earlier ones.</summary>
    /// <exception cref="PhrasebookException">A file is missing, unreadable or malformed.</exception>
    public static Phrasebook Load(IEnumerable<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var books = new List<Phrasebook>();
        var errors = new List<PhrasebookError>();
        foreach (var path in paths)
        {
            string text;
            try
            {
                text = File.ReadAllText(path, Encoding.UTF8);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
            {
                var what = e is FileNotFoundException or DirectoryNotFoundException ? "file not found" : $"cannot read the file ({e.Message})";
                errors.Add(new PhrasebookError(path, 0, what));
                continue;
            }

            try
            {
                books.Add(Parse(text, path));
            }
            catch (PhrasebookException e)
            {
                errors.AddRange(e.Errors);
            }
        }

        if (errors.Count > 0)
        {
            throw new PhrasebookException(errors);
        }

        return Combine(books);
    }

    /// <summary>
    /// Layers phrasebooks: an entry of a later book replaces an entry of an earlier one with the
    /// same phrase (so a user file can correct a built-in entry); order is otherwise kept.
    /// </summary>
    public static Phrasebook Combine(IEnumerable<Phrasebook> books)
    {
        ArgumentNullException.ThrowIfNull(books);
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var entries = new List<PhrasebookEntry>();
        foreach (var book in books)
        {
            foreach (var entry in book.Entries)
            {
                if (index.TryGetValue(entry.Phrase, out var at))
                {
                    entries[at] = entry;
                }
                else
                {
                    index[entry.Phrase] = entries.Count;
                    entries.Add(entry);
                }
            }
        }

        return new Phrasebook([.. entries]);
    }

    /// <summary>This book with <paramref name="overrides"/> layered on top (see <see cref="Combine"/>).</summary>
    public Phrasebook With(Phrasebook overrides) => Combine([this, overrides]);

    /// <summary>The text of every built-in file, by source name (for tests and tools that check the data).</summary>
    internal static IEnumerable<(string Name, string Text)> ReadBuiltInFiles()
    {
        var assembly = typeof(Phrasebook).Assembly;
        foreach (var name in BuiltInSourceNames)
        {
            yield return (name, ReadResource(assembly, ResourcePrefix + name["dictionaries/phrasebook/".Length..]));
        }
    }

    private static Phrasebook LoadBuiltIn() => Combine([.. ReadBuiltInFiles().Select(file => Parse(file.Text, file.Name))]);

    private static string ReadResource(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The built-in phrasebook resource '{name}' is missing: the build is broken.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
