using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Vigil.Collect.Paging;

namespace Vigil.Collect.Tests.Paging;

public sealed class ListingCursorTests
{
    [Fact]
    public void Parse_NullOrEmpty_IsStart()
    {
        Assert.Same(ListingCursor.Start, ListingCursor.Parse(null));
        Assert.Same(ListingCursor.Start, ListingCursor.Parse("  "));
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("[1,2]")]
    [InlineData("{\"since\":\"abc\"}")]
    public void Parse_Unreadable_IsNull(string text) => Assert.Null(ListingCursor.Parse(text));

    [Fact]
    public void Format_StartCursor_IsEmptyObject() => Assert.Equal("{}", ListingCursor.Start.Format());

    [Fact]
    public void Format_MidPass_IsCompactJson() =>
        Assert.Equal("""{"since":5,"since_ids":["t3_5"],"top":9,"top_ids":["t3_9"],"next":"t3_7"}""",
            new ListingCursor(5, ["t3_5"], 9, ["t3_9"], "t3_7").Format());

    [Property]
    public Property Parse_OfFormat_RoundTrips()
    {
        var ids = Gen.ListOf(Gen.Elements("a", "b", "t3_x", "é", "\"q\"")).Select(l => (IReadOnlyList<string>)[.. l.Distinct()]);
        var gen =
            from since in Gen.Elements<long?>(null, 0, 42, long.MaxValue)
            from sinceIds in ids
            from top in Gen.Elements<long?>(null, 7, -3)
            from topIds in ids
            from next in Gen.Elements(null, "tok", "a b&c", "")
            select new ListingCursor(since, sinceIds, top, topIds, next);
        return Prop.ForAll(gen.ToArbitrary(), c => ListingCursor.Parse(c.Format())!.Format() == c.Format());
    }
}
