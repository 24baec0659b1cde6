package io.atqb.bench;

import java.io.StringReader;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Where the QBWC exchange spent its time, by the kind of qbXML request a message set carried: each message set's
 * share runs from QuickBooks receiving it to QuickBooks receiving the next one (or the end of the session), so it
 * holds the service's receiveResponseXML and next sendRequestXML as well as QuickBooks' own work.
 */
final class QbwcBreakdown {

    /**
     * Message sets of one request kind and the time they took.
     *
     * @param messages how many message sets carried this kind
     * @param time     their summed share of the exchange
     * @param firstAt  System.nanoTime() when QuickBooks received the first of them
     */
    record Share(int messages, Duration time, long firstAt) {
        Share plus(Share more) {
            return new Share(messages + more.messages, time.plus(more.time), Math.min(firstAt, more.firstAt));
        }
    }

    private static final XMLInputFactory XML = secureFactory();

    private QbwcBreakdown() {
    }

    private static XMLInputFactory secureFactory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        return factory;
    }

    /**
     * @param requests     the request message sets in order (SessionResult.requestsReceived)
     * @param receivedAt   System.nanoTime() when QuickBooks received each one (ActivityProbe)
     * @param sessionEnd   System.nanoTime() at the end of the session
     */
    static Map<String, Share> of(List<String> requests, List<Long> receivedAt, long sessionEnd) {
        Map<String, Share> shares = new LinkedHashMap<>();
        int known = Math.min(requests.size(), receivedAt.size());
        for (int i = 0; i < known; i++) {
            long until = i + 1 < receivedAt.size() ? receivedAt.get(i + 1) : sessionEnd;
            Duration took = Duration.ofNanos(Math.max(0, until - receivedAt.get(i)));
            shares.merge(kind(requests.get(i)), new Share(1, took, receivedAt.get(i)), Share::plus);
        }
        return shares;
    }

    /** The name of the first request element ({@code ...Rq}) of a message set, or "other". */
    static String kind(String messageSet) {
        try {
            XMLStreamReader reader = XML.createXMLStreamReader(new StringReader(messageSet));
            try {
                while (reader.hasNext()) {
                    int event = reader.next();
                    if (event == XMLStreamReader.DTD) {
                        throw new IllegalArgumentException("a qbXML message set with a DOCTYPE is refused");
                    }
                    if (event == XMLStreamReader.START_ELEMENT && reader.getLocalName().endsWith("Rq")
                            && !reader.getLocalName().equals("QBXMLMsgsRq")) {
                        return reader.getLocalName();
                    }
                }
            } finally {
                reader.close();
            }
        } catch (XMLStreamException e) {
            return "unreadable";
        }
        return "other";
    }
}
