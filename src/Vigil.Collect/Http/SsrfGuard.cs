using System.Net;
using System.Net.Sockets;

namespace Vigil.Collect.Http;

/// <summary>
/// Refuses connections to addresses a public-content collector has no business reaching: loopback,
/// private ranges, link-local (including cloud metadata at 169.254.169.254), carrier-grade NAT, multicast,
/// unspecified and reserved addresses, over IPv4 and IPv6. Used as the <see cref="SocketsHttpHandler.ConnectCallback"/>,
/// so the check applies to the address actually connected to — after DNS resolution and on every
/// redirect hop — which defeats DNS rebinding and redirect tricks that a URL check alone would miss.
/// </summary>
/// <remarks>Thread-safe. Only endpoints listed in <see cref="CollectSettings.AllowedPrivateEndpoints"/> (tests) are exempt.</remarks>
public sealed class SsrfGuard(IReadOnlySet<string> allowedPrivateEndpoints)
{
    /// <summary>Connects to the first public address <paramref name="context"/>'s host resolves to.</summary>
    /// <exception cref="SsrfRefusedException">Every address of the host is non-public and not explicitly allowed.</exception>
    public async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        var host = context.DnsEndPoint.Host;
        var port = context.DnsEndPoint.Port;
        var addresses = IPAddress.TryParse(host.Trim('[', ']'), out var literal)
            ? [literal]
            : await Dns.GetHostAddressesAsync(host, cancellationToken).ConfigureAwait(false);
        var allowed = addresses.Where(a => IsPublic(a) || IsAllowed(a, port)).ToList();
        if (allowed.Count == 0)
        {
            throw new SsrfRefusedException(
                $"Refused to connect to {host}:{port}: it resolves to {string.Join(", ", addresses.Select(a => a.ToString()))}, " +
                "which is not a public internet address. Vigil fetches public sources only; check the watch's target.");
        }

        Exception? last = null;
        foreach (var address in allowed)
        {
            var socket = new Socket(address.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                await socket.ConnectAsync(new IPEndPoint(address, port), cancellationToken).ConfigureAwait(false);
                return new NetworkStream(socket, ownsSocket: true);
            }
            catch (SocketException e)
            {
                socket.Dispose();
                last = e;
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        }

        throw last!;
    }

    private bool IsAllowed(IPAddress address, int port)
    {
        var endpoint = address.AddressFamily == AddressFamily.InterNetworkV6 ? $"[{address}]:{port}" : $"{address}:{port}";
        return allowedPrivateEndpoints.Contains(endpoint);
    }

    /// <summary>True for a globally routable unicast address.</summary>
    public static bool IsPublic(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (address.AddressFamily == AddressFamily.InterNetwork)
        {
            var b = address.GetAddressBytes();
            return !(b[0] == 0                                   // "this network"
                || b[0] == 10                                    // private
                || b[0] == 127                                   // loopback
                || (b[0] == 100 && b[1] >= 64 && b[1] <= 127)    // carrier-grade NAT
                || (b[0] == 169 && b[1] == 254)                  // link-local, cloud metadata
                || (b[0] == 172 && b[1] >= 16 && b[1] <= 31)     // private
                || (b[0] == 192 && b[1] == 0 && b[2] == 0)       // IETF protocol assignments
                || (b[0] == 192 && b[1] == 0 && b[2] == 2)       // documentation
                || (b[0] == 192 && b[1] == 168)                  // private
                || (b[0] == 198 && (b[1] == 18 || b[1] == 19))   // benchmarking
                || (b[0] == 198 && b[1] == 51 && b[2] == 100)    // documentation
                || (b[0] == 203 && b[1] == 0 && b[2] == 113)     // documentation
                || b[0] >= 224);                                 // multicast, reserved, broadcast
        }

        if (address.AddressFamily == AddressFamily.InterNetworkV6)
        {
            var b = address.GetAddressBytes();
            return !(IPAddress.IPv6Loopback.Equals(address)
                || IPAddress.IPv6None.Equals(address)
                || address.IsIPv6LinkLocal
                || address.IsIPv6SiteLocal
                || address.IsIPv6Multicast
                || (b[0] & 0xFE) == 0xFC                         // unique local fc00::/7
                || (b[0] == 0x20 && b[1] == 0x01 && b[2] == 0x0D && b[3] == 0xB8) // documentation
                || (b[0] == 0 && b[1] == 0x64 && b[2] == 0xFF && b[3] == 0x9B)    // NAT64: may embed a private IPv4
                || b.Take(10).All(x => x == 0));                 // ::, ::1 and IPv4-compatible forms
        }

        return false;
    }
}

/// <summary>A connection the SSRF guard refused; never retried.</summary>
public sealed class SsrfRefusedException(string message) : IOException(message);
