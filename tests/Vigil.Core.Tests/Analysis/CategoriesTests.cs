using Vigil.Core.Analysis;

namespace Vigil.Core.Tests.Analysis;

public sealed class CategoriesTests
{
    [Theory]
    [InlineData("smuggling_offer", Category.SmugglingOffer)]
    [InlineData("document_fraud", Category.DocumentFraud)]
    [InlineData("facilitator_recruitment", Category.FacilitatorRecruitment)]
    [InlineData("guidance_info", Category.GuidanceInfo)]
    [InlineData("migrant_request", Category.MigrantRequest)]
    [InlineData("humanitarian_or_news", Category.HumanitarianOrNews)]
    [InlineData("unrelated", Category.Unrelated)]
    public void TryParse_WireName_RoundTrips(string wire, Category expected)
    {
        Assert.True(Categories.TryParse(wire, out var parsed));
        Assert.Equal(expected, parsed);
        Assert.Equal(wire, parsed.ToWire());
    }

    [Fact]
    public void TryParse_UnknownName_Fails()
    {
        Assert.False(Categories.TryParse("smuggling", out _));
    }

    [Fact]
    public void IsSmuggling_ExcludesHumanitarianAndRequests()
    {
        Assert.False(Category.HumanitarianOrNews.IsSmuggling());
        Assert.False(Category.MigrantRequest.IsFlagged());
        Assert.True(Category.DocumentFraud.IsSmuggling());
        Assert.True(Category.GuidanceInfo.IsFlagged());
    }
}
