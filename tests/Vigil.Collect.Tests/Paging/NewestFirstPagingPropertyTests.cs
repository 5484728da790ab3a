using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Vigil.Collect.Paging;
using Vigil.Core.Posts;
using Vigil.Testing;

namespace Vigil.Collect.Tests.Paging;

/// <summary>
/// A model listing that grows between runs, read newest first in pages with an "after" token (the last id
/// of the page, as Reddit and X page): whatever the page size, budget and arrivals, runs never hand the
/// same post over twice and never lose a post published after the first pass, nor one of the pages that pass was allowed to read.
/// </summary>
public sealed class NewestFirstPagingPropertyTests
{
    private sealed record Item(long Key, string Id);

    private static (List<Item> Page, string? Next) Fetch(List<Item> published, string? after, int size)
    {
        var newestFirst = Enumerable.Reverse(published).ToList();
        var start = after is null ? 0 : newestFirst.FindIndex(i => i.Id == after) + 1;
        var page = newestFirst.Skip(start).Take(size).ToList();
        return (page, start + size < newestFirst.Count ? page[^1].Id : null);
    }

    private static List<string> Run(List<Item> published, ref ListingCursor cursor, int size, int budget)
    {
        var keys = published.ToDictionary(i => i.Id, i => i.Key);
        var handed = new List<string>();
        var token = cursor.Next;
        for (var pages = 1; ; pages++)
        {
            var (page, next) = Fetch(published, token, size);
            Post[] posts = [.. page.Select(i => Some.Post(platform: "x", nativeId: i.Id))];
            var step = NewestFirstPaging.Advance(cursor, posts, next, p => keys[p.NativeId], pages < budget);
            handed.AddRange(step.Fresh.Select(p => p.NativeId));
            cursor = step.Cursor;
            if (!step.FetchNext)
            {
                return handed;
            }

            token = cursor.Next;
        }
    }

    [Property(MaxTest = 300)]
    public Property Runs_OverGrowingListing_NoDuplicateNoLoss()
    {
        var gen =
            from initial in Gen.Choose(0, 40)
            from arrivals in Gen.ListOf(Gen.Choose(0, 25)).Select(l => l.Take(6).ToList())
            from size in Gen.Choose(1, 7)
            from budget in Gen.Choose(1, 4)
            from tie in Gen.Choose(1, 3)
            select (initial, arrivals, size, budget, tie);
        return Prop.ForAll(gen.ToArbitrary(), c =>
        {
            var published = new List<Item>();
            var n = 0;
            void Publish(int count)
            {
                for (var i = 0; i < count; i++, n++)
                {
                    published.Add(new Item(n / c.tie, $"i{n}"));
                }
            }

            Publish(c.initial);
            var cursor = ListingCursor.Start;
            var handed = new List<string>();
            var backfill = new List<string>();
            var afterFirst = new List<string>();
            foreach (var count in c.arrivals.Prepend(0))
            {
                var before = n;
                Publish(count);
                if (cursor.Since is null)
                {
                    // The first pass that finds posts collects at most its budget of the newest pages.
                    backfill = [.. Enumerable.Reverse(published).Take(c.size * c.budget).Select(i => i.Id)];
                }
                else
                {
                    afterFirst.AddRange(published.Skip(before).Select(i => i.Id));
                }

                handed.AddRange(Run(published, ref cursor, c.size, c.budget));
            }

            // Quiet period: runs until one starts from the newest page and finishes its pass.
            for (var guard = 0; guard < 200; guard++)
            {
                var resumed = cursor.InPass;
                handed.AddRange(Run(published, ref cursor, c.size, c.budget));
                if (!resumed && !cursor.InPass)
                {
                    break;
                }
            }

            var noDuplicate = handed.Count == handed.Distinct().Count();
            var noLoss = afterFirst.All(handed.Contains) && backfill.All(handed.Contains);
            return (noDuplicate && noLoss).Label($"handed {string.Join(",", handed)}; cursor {cursor.Format()}");
        });
    }
}
