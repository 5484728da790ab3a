namespace Vigil.Core.Analysis;

/// <summary>The taxonomy of design.md. The wire names are the snake_case strings of <see cref="Categories"/>.</summary>
public enum Category
{
    Unrelated = 0,
    SmugglingOffer,
    DocumentFraud,
    FacilitatorRecruitment,
    GuidanceInfo,
    MigrantRequest,
    HumanitarianOrNews,
}

/// <summary>Wire names of <see cref="Category"/> and the groupings that carry data-protection rules.</summary>
public static class Categories
{
    public static IReadOnlyList<Category> All { get; } = Enum.GetValues<Category>();

    public static string ToWire(this Category c) => c switch
    {
        Category.SmugglingOffer => "smuggling_offer",
        Category.DocumentFraud => "document_fraud",
        Category.FacilitatorRecruitment => "facilitator_recruitment",
        Category.GuidanceInfo => "guidance_info",
        Category.MigrantRequest => "migrant_request",
        Category.HumanitarianOrNews => "humanitarian_or_news",
        _ => "unrelated",
    };

    public static bool TryParse(string? wire, out Category category)
    {
        foreach (var c in All)
        {
            if (string.Equals(c.ToWire(), wire, StringComparison.OrdinalIgnoreCase))
            {
                category = c;
                return true;
            }
        }

        category = Category.Unrelated;
        return false;
    }

    /// <summary>Categories that describe smugglers' own content (offers, documents, recruitment).</summary>
    public static bool IsSmuggling(this Category c) =>
        c is Category.SmugglingOffer or Category.DocumentFraud or Category.FacilitatorRecruitment;

    /// <summary>Any category an analyst triages as facilitation of irregular travel.</summary>
    public static bool IsFlagged(this Category c) => c.IsSmuggling() || c == Category.GuidanceInfo;
}
