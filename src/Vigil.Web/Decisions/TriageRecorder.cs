using Vigil.Core.Analysis;
using Vigil.Core.Posts;
using Vigil.Storage;
using Vigil.Web.Data;

namespace Vigil.Web.Decisions;

/// <summary>
/// Records an analyst's triage decision. Every decision goes to the post's decision history; a
/// "correct category" decision is also a label correction in the store's <c>labels</c> table — the table
/// `vigil label` writes and `vigil train` reads — with who, when and why, and it updates the post's stored
/// category so that the triage queue, search and trends follow the analyst. Thread-safe.
/// </summary>
public sealed class TriageRecorder(DecisionStore decisions, IStore store, DashboardQueries queries, TimeProvider clock)
{
    /// <summary>Records the decision; returns null when no such post is stored.</summary>
    public async Task<Decision?> RecordAsync(PostKey post, DecisionKind kind, Category? category, string? operation, string user, string? reason, CancellationToken cancellationToken)
    {
        if (kind == DecisionKind.Correct)
        {
            ArgumentNullException.ThrowIfNull(category);
            var label = await store.AddLabelAsync(post.Platform + ":" + post.NativeId, category.Value, user, reason, clock, cancellationToken);
            if (label is null)
            {
                return null;
            }

            queries.Invalidate();
        }
        else if (await store.GetAsync(post, cancellationToken) is null)
        {
            return null;
        }

        return await decisions.AddAsync(post, kind, category, operation, user, cancellationToken);
    }
}
