using System.Security.Cryptography;
using System.Text;
using Vigil.Core.Posts;

namespace Vigil.Storage.Retention;

/// <summary>
/// The digest a store keeps of a minimised post's identity, so a re-import does not count it twice:
/// the first 16 bytes of SHA-256 over the platform and the (already protected) native id. It carries
/// no content; the native id was kept in the clear by the protector only when it is an opaque number.
/// </summary>
internal static class IdentityDigest
{
    public static byte[] Of(PostKey key) =>
        SHA256.HashData(Encoding.UTF8.GetBytes($"{key.Platform}\u001f{key.NativeId}"))[..16];
}
