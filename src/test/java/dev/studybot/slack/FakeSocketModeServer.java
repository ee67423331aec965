package dev.studybot.slack;

import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.java_websocket.WebSocket;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;

/**
 * Slack's Socket Mode endpoint on loopback: greets each connection with {@code hello}, lets a test push envelopes
 * and collects what the bot sends back (its acknowledgements).
 */
final class FakeSocketModeServer extends WebSocketServer {

    private final List<WebSocket> clients = new CopyOnWriteArrayList<>();
    private final BlockingQueue<String> received = new LinkedBlockingQueue<>();
    private final String hello;

    FakeSocketModeServer(String hello) {
        super(new InetSocketAddress("127.0.0.1", 0));
        this.hello = hello;
        setReuseAddr(true);
    }

    String url() {
        return "ws://127.0.0.1:" + getPort() + "/link";
    }

    @Override
    public void onOpen(WebSocket conn, ClientHandshake handshake) {
        clients.add(conn);
        conn.send(hello);
    }

    @Override
    public void onClose(WebSocket conn, int code, String reason, boolean remote) {
        clients.remove(conn);
    }

    @Override
    public void onMessage(WebSocket conn, String message) {
        received.add(message);
    }

    @Override
    public void onError(WebSocket conn, Exception ex) {
        // a client going away mid-test is not a failure of the fake
    }

    @Override
    public void onStart() {
    }

    boolean awaitClient(long seconds) throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (clients.isEmpty() && System.nanoTime() < until) {
            Thread.sleep(20);
        }
        return !clients.isEmpty();
    }

    void push(String envelope) {
        clients.forEach(c -> c.send(envelope));
    }

    String next(long seconds) throws InterruptedException {
        return received.poll(seconds, TimeUnit.SECONDS);
    }
}
