package dev.studybot.discord;

import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.java_websocket.WebSocket;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;

/**
 * Discord's gateway on loopback: HELLO, READY and one GUILD_CREATE after IDENTIFY, heartbeat ACKs, and
 * {@code INTERACTION_CREATE} dispatches on demand.
 */
final class FakeGateway extends WebSocketServer {

    private final List<WebSocket> sessions = new CopyOnWriteArrayList<>();
    private final AtomicInteger sequence = new AtomicInteger();
    private volatile CountDownLatch identified = new CountDownLatch(1);

    FakeGateway() {
        super(new InetSocketAddress("127.0.0.1", 0));
        setReuseAddr(true);
    }

    String url() {
        return "ws://127.0.0.1:" + getPort() + "/";
    }

    @Override
    public void onOpen(WebSocket conn, ClientHandshake handshake) {
        sessions.add(conn);
        conn.send("{\"op\":10,\"d\":{\"heartbeat_interval\":41250},\"s\":null,\"t\":null}");
    }

    @Override
    public void onMessage(WebSocket conn, String message) {
        if (message.contains("\"op\":1,") || message.contains("\"op\":1}")) {
            conn.send("{\"op\":11}");
        } else if (message.contains("\"op\":2") || message.contains("\"op\":6")) {
            dispatch(conn, "READY", "{\"v\":10,\"user\":" + FakeDiscord.SELF + ",\"guilds\":[{\"id\":\""
                    + FakeDiscord.GUILD + "\",\"unavailable\":true}],\"private_channels\":[],\"session_id\":\"s1\","
                    + "\"resume_gateway_url\":\"" + url() + "\",\"shard\":[0,1],\"application\":{\"id\":\""
                    + FakeDiscord.APP + "\",\"flags\":0}}");
            dispatch(conn, "GUILD_CREATE", FakeDiscord.guildCreate());
            identified.countDown();
        }
    }

    /** Dispatches to the newest session: other test contexts' bots may still be connected to this gateway. */
    void dispatch(String event, String data) {
        if (!sessions.isEmpty()) {
            dispatch(sessions.get(sessions.size() - 1), event, data);
        }
    }

    private void dispatch(WebSocket conn, String event, String data) {
        conn.send("{\"op\":0,\"s\":" + sequence.incrementAndGet() + ",\"t\":\"" + event + "\",\"d\":" + data + "}");
    }

    boolean awaitIdentified(long seconds) throws InterruptedException {
        return identified.await(seconds, java.util.concurrent.TimeUnit.SECONDS);
    }

    /** Drops every session, as a restart of the bot or a network blip would. */
    void expectNewIdentify() {
        identified = new CountDownLatch(1);
    }

    @Override
    public void onClose(WebSocket conn, int code, String reason, boolean remote) {
        sessions.remove(conn);
    }

    @Override
    public void onError(WebSocket conn, Exception ex) {
        // a client leaving mid-test is not the fake's failure
    }

    @Override
    public void onStart() {
    }
}
