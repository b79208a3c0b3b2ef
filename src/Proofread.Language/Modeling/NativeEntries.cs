using System.Runtime.InteropServices;

namespace Proofread.Language.Modeling;

/// <summary>
/// An n-gram table's 64-bit entries in native memory. Lookups land on random slots of tables of
/// several megabytes, so with 4 KB pages nearly every one also misses the TLB; on Linux the block
/// is 2 MB-aligned and advised for transparent huge pages before it is filled, which keeps the
/// whole model in a few TLB entries. Freed by the finalizer (models are few and long-lived).
/// </summary>
internal sealed unsafe partial class NativeEntries
{
    private const nuint HugePage = 2 * 1024 * 1024;
    private const int MadviseHugePage = 14;  // MADV_HUGEPAGE

    private readonly nuint _bytes;

    /// <summary>Allocates room for <paramref name="length"/> entries (not cleared: the caller fills <see cref="Bytes"/>).</summary>
    public NativeEntries(int length)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        Length = length;
        var bytes = (nuint)length * sizeof(ulong);
        var huge = OperatingSystem.IsLinux() && bytes >= HugePage;
        _bytes = huge ? (bytes + HugePage - 1) & ~(HugePage - 1) : Math.Max(bytes, 64);
        Pointer = (ulong*)NativeMemory.AlignedAlloc(_bytes, huge ? HugePage : 64);
        if (huge)
        {
            // Only a hint: if the kernel says no, the table works the same with small pages.
            _ = Madvise(Pointer, _bytes, MadviseHugePage);
        }

        GC.AddMemoryPressure((long)_bytes);
    }

    ~NativeEntries()
    {
        NativeMemory.AlignedFree(Pointer);
        GC.RemoveMemoryPressure((long)_bytes);
    }

    /// <summary>The first entry.</summary>
    public ulong* Pointer { get; }

    /// <summary>The number of entries.</summary>
    public int Length { get; }

    /// <summary>The entries as bytes, to read the file into.</summary>
    public Span<byte> Bytes => new(Pointer, checked((int)((nuint)Length * sizeof(ulong))));

    [LibraryImport("libc", EntryPoint = "madvise")]
    private static partial int Madvise(void* address, nuint length, int advice);
}
