package com.merchantonboarding.processmodel;

import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * What a new version changes in the process, by element id: added, removed, changed (anything in the element's
 * XML, its diagram position aside); and the forms deployed with it, by resource name ({@code forms/<file>.html}).
 */
record ModelDiff(List<String> added, List<String> removed, List<String> changed) {

    static final ModelDiff NONE = new ModelDiff(List.of(), List.of(), List.of());

    static ModelDiff between(byte[] before, byte[] after) {
        Map<String, String> old = elements(before);
        Map<String, String> now = elements(after);
        TreeSet<String> added = new TreeSet<>(now.keySet());
        added.removeAll(old.keySet());
        TreeSet<String> removed = new TreeSet<>(old.keySet());
        removed.removeAll(now.keySet());
        TreeSet<String> changed = new TreeSet<>();
        now.forEach((id, xml) -> {
            if (old.containsKey(id) && !old.get(id).equals(xml)) {
                changed.add(id);
            }
        });
        return new ModelDiff(List.copyOf(added), List.copyOf(removed), List.copyOf(changed));
    }

    /** This diff and the forms added, removed and changed (by resource name, {@code forms/<file>.html}). */
    ModelDiff withForms(Map<String, byte[]> before, Map<String, byte[]> after) {
        TreeSet<String> addedForms = new TreeSet<>(added);
        TreeSet<String> removedForms = new TreeSet<>(removed);
        TreeSet<String> changedForms = new TreeSet<>(changed);
        after.forEach((name, bytes) -> {
            if (!before.containsKey(name)) {
                addedForms.add(name);
            } else if (!java.util.Arrays.equals(before.get(name), bytes)) {
                changedForms.add(name);
            }
        });
        before.keySet().stream().filter(name -> !after.containsKey(name)).forEach(removedForms::add);
        return new ModelDiff(List.copyOf(addedForms), List.copyOf(removedForms), List.copyOf(changedForms));
    }

    boolean isEmpty() {
        return added.isEmpty() && removed.isEmpty() && changed.isEmpty();
    }

    /** Every element with an id inside the processes (not the diagram), as canonical text. */
    private static Map<String, String> elements(byte[] xml) {
        Map<String, String> elements = new TreeMap<>();
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Document document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
            Transformer transformer = TransformerFactory.newInstance().newTransformer();
            transformer.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
            NodeList all = document.getElementsByTagNameNS("*", "*");
            for (int i = 0; i < all.getLength(); i++) {
                Element element = (Element) all.item(i);
                // The process holds every element: its own text would always differ.
                if (!element.hasAttribute("id") || inDiagram(element) || "process".equals(element.getLocalName())
                        || "definitions".equals(element.getLocalName())) {
                    continue;
                }
                StringWriter text = new StringWriter();
                transformer.transform(new DOMSource(element), new StreamResult(text));
                elements.put(element.getAttribute("id"), text.toString().replaceAll("\\s+", " "));
            }
        } catch (Exception e) {
            throw new ModelProblem(ModelFolder.MODEL, "The model cannot be compared: " + e.getMessage());
        }
        return elements;
    }

    private static boolean inDiagram(Node node) {
        for (Node n = node; n != null; n = n.getParentNode()) {
            if ("BPMNDiagram".equals(n.getLocalName())) {
                return true;
            }
        }
        return false;
    }
}
