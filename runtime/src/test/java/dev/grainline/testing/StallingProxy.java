package dev.grainline.testing;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A TCP proxy on loopback in front of a PostgreSQL server that misbehaves as a database that stopped answering
 * does: it accepts connections and then stalls, at the handshake, at the first query, or in the middle of a result,
 * or it closes the connection in the middle of a result. It knows just enough of the protocol to tell the startup
 * message (length-prefixed, the first thing a client sends) from what follows; connect with
 * {@code sslmode=disable&gssEncMode=disable} so that the startup message comes first. After it, client messages are
 * framed (a type byte and a length); the PostgreSQL driver's {@code SET application_name} is still connecting.
 */
public final class StallingProxy implements AutoCloseable {
  /** How it misbehaves. */
  public enum Mode {
    /** Accepts the connection, reads what the client sends, never answers. */
    HANDSHAKE,
    /** Forwards the handshake, then nothing the client sends after it: the first query never reaches the server. */
    QUERY,
    /** Forwards everything, but only the first {@link #RESULT_BYTES} bytes of the answer to the first query. */
    MID_RESULT,
    /** Like {@link #MID_RESULT}, then closes both connections. */
    CLOSE_MID_RESULT
  }

  /** How much of a result gets through before the proxy stalls or closes: less than the ticks' 50,000 rows. */
  public static final int RESULT_BYTES = 16 * 1024;

  private final Mode mode;
  private final String upstreamHost;
  private final int upstreamPort;
  private final ServerSocket server;
  private final AtomicInteger open = new AtomicInteger();
  private final List<Socket> sockets = new ArrayList<>();

  public StallingProxy(Mode mode, String upstreamHost, int upstreamPort) throws IOException {
    this.mode = mode;
    this.upstreamHost = upstreamHost;
    this.upstreamPort = upstreamPort;
    this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    daemon("accept", this::acceptAll);
  }

  public int port() {
    return server.getLocalPort();
  }

  /** Client connections accepted and not yet closed by their client (or by the proxy). */
  public int openConnections() {
    return open.get();
  }

  @Override
  public void close() throws IOException {
    server.close();
    synchronized (sockets) {
      for (Socket socket : sockets) {
        socket.close();
      }
    }
  }

  private void acceptAll() {
    while (!server.isClosed()) {
      Socket client;
      try {
        client = server.accept();
      } catch (IOException e) {
        return;
      }
      open.incrementAndGet();
      track(client);
      daemon("client", () -> serve(client));
    }
  }

  private void serve(Socket client) {
    try {
      if (mode == Mode.HANDSHAKE) {
        drain(client.getInputStream());
        return;
      }
      Socket upstream = new Socket(upstreamHost, upstreamPort);
      track(upstream);
      CountDownLatch queried = new CountDownLatch(1);
      CountDownLatch done = new CountDownLatch(1);
      daemon("server-to-client", () -> {
        try {
          if (!serverToClient(upstream, client, queried)) {
            // The server closed (as it does after a cancel request): so does the proxy, as the server would.
            client.close();
          }
        } catch (IOException e) {
          // The other side closed: done.
        } finally {
          done.countDown();
        }
      });
      try {
        clientToServer(client, upstream, queried);
      } finally {
        // The client is gone (it closed or aborted its connection): so is the server's session.
        closeQuietly(upstream);
        done.await();
      }
    } catch (IOException e) {
      // A connection that ends is what the tests cause.
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      closeQuietly(client);
      open.decrementAndGet();
    }
  }

  private void clientToServer(Socket client, Socket upstream, CountDownLatch queried) throws IOException {
    DataInputStream in = new DataInputStream(client.getInputStream());
    OutputStream out = upstream.getOutputStream();
    int length = in.readInt();
    byte[] startup = new byte[length - 4];
    in.readFully(startup);
    writeInt(out, length);
    out.write(startup);
    out.flush();
    while (true) {
      int type = in.read();
      if (type < 0) {
        return;
      }
      int size = in.readInt();
      byte[] body = new byte[size - 4];
      in.readFully(body);
      // The driver's own setup after the handshake (SET application_name) is part of connecting.
      boolean setup = type == 'Q' && new String(body, StandardCharsets.US_ASCII).startsWith("SET ");
      if (!setup) {
        if (mode == Mode.QUERY) {
          continue; // swallowed: the query never arrives
        }
        queried.countDown(); // before forwarding, so that no byte of the answer can come first
      }
      out.write(type);
      writeInt(out, size);
      out.write(body);
      out.flush();
    }
  }

  private static void writeInt(OutputStream out, int value) throws IOException {
    out.write(new byte[] {(byte) (value >>> 24), (byte) (value >>> 16), (byte) (value >>> 8), (byte) value});
  }

  /** Forwards the server's answers; true if it stalled or closed on purpose, false when the server closed. */
  private boolean serverToClient(Socket upstream, Socket client, CountDownLatch queried) throws IOException {
    InputStream in = upstream.getInputStream();
    OutputStream out = client.getOutputStream();
    byte[] buffer = new byte[8192];
    long answered = 0;
    for (int n; (n = in.read(buffer)) > 0; ) {
      boolean counting = (mode == Mode.MID_RESULT || mode == Mode.CLOSE_MID_RESULT) && queried.getCount() == 0;
      if (counting && answered + n >= RESULT_BYTES) {
        out.write(buffer, 0, (int) (RESULT_BYTES - answered));
        out.flush();
        if (mode == Mode.CLOSE_MID_RESULT) {
          client.close();
          upstream.close();
        }
        return true; // stalled: neither reads from the server nor writes to the client again
      }
      if (counting) {
        answered += n;
      }
      out.write(buffer, 0, n);
      out.flush();
    }
    return false;
  }

  private static void drain(InputStream in) throws IOException {
    byte[] buffer = new byte[8192];
    while (in.read(buffer) > 0) {
      // read and ignored, so that the proxy notices when the client gives up
    }
  }

  private void track(Socket socket) {
    synchronized (sockets) {
      sockets.add(socket);
    }
  }

  private static void closeQuietly(Socket socket) {
    try {
      socket.close();
    } catch (IOException e) {
      // closing is all that is left to do
    }
  }

  private static void daemon(String name, Runnable task) {
    Thread thread = new Thread(task, "stalling-proxy-" + name);
    thread.setDaemon(true);
    thread.start();
  }
}
