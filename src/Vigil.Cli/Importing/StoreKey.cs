using Vigil.Analysis.Protection;
using Vigil.Cli.Commands;
using Vigil.Storage;

namespace Vigil.Cli.Importing;

/// <summary>
/// Before anything is written: the store must have been pseudonymised with this installation's key (or have no
/// key recorded yet, and then it records this one). Another key would give the same phone numbers and accounts a
/// second pseudonym and silently split the store's networks; a team's workers must share one key file.
/// </summary>
internal static class StoreKey
{
    /// <summary>True when writing may go on; otherwise writes why (and <paramref name="nothing"/>) and returns false.</summary>
    public static async Task<bool> ClaimAsync(CliContext context, IPostStore store, PseudonymKey key, string storeName, string nothing, CancellationToken cancellationToken)
    {
        var mine = key.Fingerprint();
        var held = await store.ClaimKeyFingerprintAsync(mine, cancellationToken);
        if (held == mine)
        {
            return true;
        }

        Errors.Write(context,
            $"{storeName} holds identifiers pseudonymised with another key (fingerprint {held}); this installation's key {context.Paths.KeyFile} has fingerprint {mine}. " +
            "Writing with it would give the same phone numbers and accounts a second pseudonym and split the store's networks. " +
            $"Use the key the store was built with (copy pseudonym.key from that machine, mode 0600, or set VIGIL_HOME to where it is), or another store. {nothing}");
        return false;
    }
}
