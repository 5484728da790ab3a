using System.Text;

namespace Vigil.Ingest.Importers.Input;

/// <summary>
/// Reads a whole document that is one record by nature (a saved web page, one API response page), up to
/// a cap, so that a huge file of that kind is refused instead of filling memory.
/// </summary>
internal static class WholeText
{
    /// <returns>The text, or null when it is longer than <paramref name="maxBytes"/>.</returns>
    public static async Task<string?> ReadAsync(Stream stream, long maxBytes, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[64 * 1024];
        while (true)
        {
            var n = await stream.ReadAsync(chunk, cancellationToken).ConfigureAwait(false);
            if (n == 0)
            {
                break;
            }

            if (buffer.Length + n > maxBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, n);
        }

        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }
}
