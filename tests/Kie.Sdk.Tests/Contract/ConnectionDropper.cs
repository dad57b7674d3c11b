using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Kie.Sdk.Tests.Contract;

/// <summary>
/// A TCP front for a WireMock server that makes real connection-level faults: the first <c>dropFirst</c> connections
/// have their request read in full and are then reset (RST) without any answer — "the request was sent, the connection
/// died". Later connections are piped to the target unchanged. WireMock.Net's own <c>WithFault</c> cannot do this: it
/// answers a well-framed HTTP response whose body is empty or garbled.
/// </summary>
internal sealed class ConnectionDropper : IDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly Uri _target;
    private int _toDrop;
    private int _dropped;

    public ConnectionDropper(Uri target, int dropFirst)
    {
        _target = target;
        _toDrop = dropFirst;
        _listener.Start();
        Url = new Uri($"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}");
        _ = AcceptLoopAsync();
    }

    /// <summary>The front's address, to use as the client's base URL.</summary>
    public Uri Url { get; }

    /// <summary>How many complete requests were received and answered with a reset.</summary>
    public int Dropped => Volatile.Read(ref _dropped);

    public void Dispose()
    {
        _stop.Cancel();
        _listener.Stop();
        _stop.Dispose();
    }

    private async Task AcceptLoopAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(_stop.Token);
            }
            catch (Exception exception) when (exception is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }

            var work = Interlocked.Decrement(ref _toDrop) >= 0 ? DropAfterRequestAsync(client) : ForwardAsync(client);
            _ = work.ContinueWith(task => task.Exception, TaskScheduler.Default);
        }
    }

    private async Task DropAfterRequestAsync(TcpClient client)
    {
        using (client)
        {
            await ReadRequestAsync(client.GetStream());
            Interlocked.Increment(ref _dropped);
            client.Client.LingerState = new LingerOption(true, 0);
        }
    }

    private async Task ForwardAsync(TcpClient client)
    {
        using (client)
        using (var upstream = new TcpClient())
        {
            await upstream.ConnectAsync(_target.Host, _target.Port);
            var toTarget = client.GetStream().CopyToAsync(upstream.GetStream(), _stop.Token);
            var toClient = upstream.GetStream().CopyToAsync(client.GetStream(), _stop.Token);
            _ = toTarget.ContinueWith(task => task.Exception, TaskScheduler.Default);
            _ = toClient.ContinueWith(task => task.Exception, TaskScheduler.Default);
            await Task.WhenAny(toTarget, toClient);
        }
    }

    /// <summary>Reads one HTTP/1.1 request: the head up to the blank line, then Content-Length bytes of body.</summary>
    private static async Task ReadRequestAsync(NetworkStream stream)
    {
        var received = new List<byte>();
        var buffer = new byte[8192];
        var headEnd = -1;
        var length = 0;
        while (headEnd < 0 || received.Count < headEnd + length)
        {
            var read = await stream.ReadAsync(buffer);
            if (read == 0)
            {
                return;
            }

            received.AddRange(buffer.AsSpan(0, read));
            if (headEnd < 0)
            {
                var text = Encoding.ASCII.GetString([.. received]);
                var blank = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
                if (blank >= 0)
                {
                    headEnd = blank + 4;
                    var header = text[..blank].Split("\r\n").FirstOrDefault(line => line.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase));
                    length = header is null ? 0 : int.Parse(header.Split(':', 2)[1].Trim(), System.Globalization.CultureInfo.InvariantCulture);
                }
            }
        }
    }
}
