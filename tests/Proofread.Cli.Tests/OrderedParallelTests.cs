using CsCheck;

namespace Proofread.Cli.Tests;

public class OrderedParallelTests
{
    [Fact]
    public void Results_reach_the_consumer_in_input_order_whatever_order_they_finish_in() =>
        Gen.Select(Gen.Int[0, 40], Gen.Int[1, 6], Gen.Int.Array[40]).Sample(
            (count, degree, delays) =>
            {
                var seen = new List<(int Index, int Value)>();
                var consumer = Environment.CurrentManagedThreadId;
                OrderedParallel.Run(
                    count,
                    i =>
                    {
                        Thread.SpinWait(Math.Abs(delays[i] % 20_000));
                        return i * i;
                    },
                    (i, value) =>
                    {
                        Assert.Equal(consumer, Environment.CurrentManagedThreadId);
                        seen.Add((i, value));
                    },
                    degree);
                Assert.Equal(Enumerable.Range(0, count).Select(i => (i, i * i)), seen);
            },
            iter: 200);

    [Fact]
    public void A_failing_item_fails_the_run_after_the_items_before_it_are_consumed()
    {
        var consumed = new List<int>();
        var error = Assert.Throws<InvalidOperationException>(() => OrderedParallel.Run(
            20,
            i => i == 7 ? throw new InvalidOperationException("item 7") : i,
            (_, value) => consumed.Add(value),
            4));
        Assert.Equal("item 7", error.Message);
        Assert.Equal(Enumerable.Range(0, 7), consumed);
    }
}
