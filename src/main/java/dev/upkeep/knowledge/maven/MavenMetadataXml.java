package dev.upkeep.knowledge.maven;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * A repository's {@code maven-metadata.xml} for one artifact: {@code versioning/versions/version}
 * in the file's order, {@code latest}, {@code release}, {@code lastUpdated}. Read with the JDK's
 * StAX parser with DTDs and external entities off, so a hostile file cannot make it read files or
 * fetch URLs.
 */
record MavenMetadataXml(String groupId, String artifactId, List<String> versions, String latest, String release, String lastUpdated) {
    private static final XMLInputFactory XML = factory();

    static MavenMetadataXml read(byte[] body) throws IOException {
        String groupId = null;
        String artifactId = null;
        String latest = null;
        String release = null;
        String lastUpdated = null;
        List<String> versions = new ArrayList<>();
        Deque<String> path = new ArrayDeque<>();
        String root = null;
        try {
            XMLStreamReader r = XML.createXMLStreamReader(new ByteArrayInputStream(body));
            try {
                StringBuilder text = new StringBuilder();
                while (r.hasNext()) {
                    int event = r.next();
                    if (event == XMLStreamConstants.START_ELEMENT) {
                        root = root == null ? r.getLocalName() : root;
                        path.addLast(r.getLocalName());
                        text.setLength(0);
                    } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
                        text.append(r.getText());
                    } else if (event == XMLStreamConstants.END_ELEMENT) {
                        String at = String.join("/", path);
                        String value = text.toString().strip();
                        switch (at) {
                            case "metadata/groupId" -> groupId = value;
                            case "metadata/artifactId" -> artifactId = value;
                            case "metadata/versioning/latest" -> latest = value;
                            case "metadata/versioning/release" -> release = value;
                            case "metadata/versioning/lastUpdated" -> lastUpdated = value;
                            case "metadata/versioning/versions/version" -> versions.add(value);
                            default -> { }
                        }
                        path.removeLast();
                        text.setLength(0);
                    }
                }
            } finally {
                r.close();
            }
        } catch (XMLStreamException e) {
            throw new IOException(e.getMessage() == null ? "not well-formed XML" : e.getMessage().lines().reduce((a, b) -> b).orElse(""), e);
        }
        if (!"metadata".equals(root)) {
            throw new IOException("not a maven-metadata.xml (the root element is <" + root + ">, not <metadata>)");
        }
        return new MavenMetadataXml(groupId, artifactId, versions, blank(latest), blank(release), blank(lastUpdated));
    }

    private static String blank(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    private static XMLInputFactory factory() {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        return f;
    }
}
