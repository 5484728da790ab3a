using Vigil.Analysis.Extraction;
using Vigil.Core.Protection;

namespace Vigil.Analysis.Tests.Extraction;

public sealed class ContactExtractorHandleTests
{
    private static IReadOnlyList<HandleMatch> Handles(string text) => ContactExtractor.Shared.Find(text, []).Handles;

    [Theory]
    [InlineData("للتواصل تلغرام @Safe_Trip_2026 فقط", "telegram", "@safe_trip_2026")]
    [InlineData("کانال ما: t.me/Rahe_Omid_Europe", "telegram", "@rahe_omid_europe")]
    [InlineData("Пишите в телеграм https://t.me/s/put_v_evropu!", "telegram", "@put_v_evropu")]
    [InlineData("Instagram: @yol.arkadasi", "instagram", "@yol.arkadasi")]
    [InlineData("انستا @travel.dz34", "instagram", "@travel.dz34")]
    [InlineData("tiktok.com/@libya_boats", "tiktok", "@libya_boats")]
    [InlineData("صفحتنا facebook.com/EuropeTravelOffers", "facebook", "facebook.com/europetraveloffers")]
    [InlineData("join chat.whatsapp.com/KxY12AbcDEF34 now", "whatsapp", "chat.whatsapp.com/KxY12AbcDEF34")]
    [InlineData("گروه: https://t.me/+AbCdEf123", "telegram", "t.me/+AbCdEf123")]
    [InlineData("Вайбер: invite.viber.com/?g2=AQBxyz", "viber", "invite.viber.com/?g2=AQBxyz")]
    [InlineData("Signal group signal.group/#CjQKIAb", "signal", "signal.group/#CjQKIAb")]
    [InlineData("details: bit.ly/3xYzAbC", "url", "bit.ly/3xYzAbC")]
    public void Find_HandleOrLink_ReturnsPlatformAndValue(string text, string platform, string value)
    {
        var handle = Assert.Single(Handles(text));
        Assert.Equal(platform, handle.Platform);
        Assert.Equal(value, handle.Value);
    }

    [Fact]
    public void Find_MentionAndLinkOfSameAccount_ShareKey()
    {
        var handles = Handles("@Europe_Go or https://t.me/europe_go");
        Assert.Equal(2, handles.Count);
        Assert.Equal(handles[0].Key, handles[1].Key);
    }

    [Fact]
    public void Find_Email_IsEmailKindLowerCase()
    {
        var handle = Assert.Single(Handles("Contact: Travel.Agent@Mail.com."));
        Assert.Equal(IdentifierKind.Email, handle.Kind);
        Assert.Equal("travel.agent@mail.com", handle.Key);
    }

    [Theory]
    [InlineData("price 5000 @ 3 people")]
    [InlineData("see https://www.unhcr.org/news/briefing")]
    [InlineData("lien facebook.com/sharer.php?u=1")]
    public void Find_NoAccount_ReturnsNone(string text)
    {
        Assert.Empty(Handles(text));
    }

    [Theory]
    [InlineData("TikTok: WWW.TIKTOK.COM/@Libya_Boats", "tiktok", "@libya_boats")]
    [InlineData("Канал: T.Me/Put_V_Evropu", "telegram", "@put_v_evropu")]
    [InlineData("Wa.Me/905321234567 واتساب", null, null)]
    [InlineData("ti\u212Atok.com/@libya_boats", "tiktok", "@libya_boats")]
    public void Find_LinkHostInAnyLetterCase_IsStillRead(string text, string? platform, string? value)
    {
        // A link is looked for only in texts that name a host, compared as the link pattern compares: ASCII letters
        // in either case, and the Kelvin sign (U+212A), which the pattern takes for "k".
        var found = ContactExtractor.Shared.Find(text, []);
        if (platform is null)
        {
            Assert.Equal("+905321234567", Assert.Single(found.Phones).E164);
            return;
        }

        var handle = Assert.Single(found.Handles);
        Assert.Equal(platform, handle.Platform);
        Assert.Equal(value, handle.Value);
    }
}
