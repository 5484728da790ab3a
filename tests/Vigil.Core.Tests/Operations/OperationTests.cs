using Vigil.Core.Analysis;
using Vigil.Core.Operations;
using Vigil.Testing;

namespace Vigil.Core.Tests.Operations;

public sealed class OperationTests
{
    private static readonly Operation November = new()
    {
        Id = "0123456789abcdef", Name = "aegean-2026", LegalBasis = "law", Purpose = "purpose", Authority = "police",
        From = new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero), Until = new DateTimeOffset(2026, 12, 1, 0, 0, 0, TimeSpan.Zero),
        AuthorisedUsers = ["officer1"], CreatedBy = "dpo1", CreatedAt = Some.Instant,
    };

    [Theory]
    [InlineData("2026-10-31T23:59:59Z", false)]
    [InlineData("2026-11-01T00:00:00Z", true)]
    [InlineData("2026-11-30T23:59:59Z", true)]
    [InlineData("2026-12-01T00:00:00Z", false)]
    public void Authorises_OnlyWithinThePeriod(string now, bool expected)
    {
        Assert.Equal(expected, November.Authorises("officer1", DateTimeOffset.Parse(now, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void Authorises_UnassignedOrClosed_Never()
    {
        Assert.False(November.Authorises("officer2", Some.Instant));
        Assert.False((November with { ClosedAt = Some.Instant.AddHours(-1) }).Authorises("officer1", Some.Instant));
    }

    [Fact]
    public void EndedAt_ClosedEarly_OrPeriodOver_OrStillRunning()
    {
        Assert.Null(November.EndedAt(Some.Instant));
        Assert.Equal(November.Until, November.EndedAt(November.Until.AddDays(3)));
        Assert.Equal(Some.Instant, (November with { ClosedAt = Some.Instant }).EndedAt(Some.Instant.AddMinutes(1)));
    }

    [Theory]
    [InlineData(Category.SmugglingOffer, true)]
    [InlineData(Category.DocumentFraud, true)]
    [InlineData(Category.FacilitatorRecruitment, true)]
    [InlineData(Category.GuidanceInfo, false)]
    [InlineData(Category.MigrantRequest, false)]
    [InlineData(Category.HumanitarianOrNews, false)]
    [InlineData(Category.Unrelated, false)]
    public void KeepsClear_OnlySmugglersOwnContent(Category category, bool expected)
    {
        Assert.Equal(expected, OperationalPolicy.KeepsClear(category));
    }
}
