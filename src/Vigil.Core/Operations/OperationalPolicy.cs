using Vigil.Core.Analysis;

namespace Vigil.Core.Operations;

/// <summary>
/// Which posts of an operation keep their clear identifiers (in the operation's vault only; the main
/// store is pseudonymised exactly as in strategic mode). See docs/data-protection.md, "Operational mode".
/// </summary>
public static class OperationalPolicy
{
    /// <summary>
    /// Only smugglers' own content: <c>smuggling_offer</c>, <c>document_fraud</c>,
    /// <c>facilitator_recruitment</c>. Never <c>migrant_request</c> (people asking for help are never
    /// profiled), never <c>humanitarian_or_news</c> or <c>unrelated</c>, and not <c>guidance_info</c>:
    /// route and policy information is shared as much by migrants and diaspora communities as by
    /// smugglers, so its author is not a suspect by that post alone.
    /// </summary>
    public static bool KeepsClear(Category category) => category.IsSmuggling();
}
