package io.atqb.system;

import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.UUID;

/** Who an instance is in the database's claims: host, process id and a random part (new at every start). */
public final class InstanceIds {

    /** The longest id the claim tables hold. */
    static final int MAX_LENGTH = 100;

    private InstanceIds() {
    }

    /** A new id for this process, at most {@value #MAX_LENGTH} characters (the host's end kept when longer). */
    public static String create() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "unknown-host";
        }
        String pid = Long.toString(ManagementFactory.getRuntimeMXBean().getPid());
        String id = host + "/" + pid + "/" + UUID.randomUUID().toString().substring(0, 8);
        return id.length() <= MAX_LENGTH ? id : id.substring(id.length() - MAX_LENGTH);
    }
}
