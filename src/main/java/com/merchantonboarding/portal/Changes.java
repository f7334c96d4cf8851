package com.merchantonboarding.portal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.merchantonboarding.application.Application;
import com.merchantonboarding.application.ApplicationData;
import com.merchantonboarding.application.ApplicationRevision;
import com.merchantonboarding.application.ApplicationRevisionRepository;
import com.merchantonboarding.application.ApplicationStatus;
import com.merchantonboarding.application.ApplicationView;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Compares the working copy with the revision the request was made on, to tell which due items the merchant
 * has already touched. Reads the unmasked data, and gives out only requirement paths.
 */
@Component
class Changes {

    private static final String DOCUMENTS = "documents.";

    private final ApplicationRevisionRepository revisions;
    private final ObjectMapper json;

    Changes(ApplicationRevisionRepository revisions, ObjectMapper json) {
        this.revisions = revisions;
        this.json = json;
    }

    @Transactional(readOnly = true)
    public Feedback feedback(Application application, ApplicationView view) {
        ApplicationView.Requirements requirements = view.requirements();
        if (application.getStatus() != ApplicationStatus.CHANGES_REQUESTED || requirements == null) {
            return Feedback.NONE;
        }
        Feedback unchecked = new Feedback(requirements.errors(), requirements.respondBy(), requirements.message(),
                Set.of());
        ApplicationRevision submitted = revisions.findByApplicationIdAndRevision(application.getId(),
                application.getRevision()).orElse(null);
        if (submitted == null) {
            return unchecked;
        }
        return new Feedback(requirements.errors(), requirements.respondBy(), requirements.message(),
                touched(unchecked.due(), submitted.getData(), submitted.getDocumentIds(), application.getData(),
                        view.documents()));
    }

    Set<String> touched(Collection<String> due, ApplicationData before, Set<UUID> documentsBefore,
                        ApplicationData now, List<ApplicationView.DocumentView> documentsNow) {
        JsonNode old = json.valueToTree(before);
        JsonNode current = json.valueToTree(now);
        Set<String> touched = new HashSet<>();
        for (String requirement : due) {
            boolean changed = requirement.startsWith(DOCUMENTS)
                    ? documentsNow.stream().anyMatch(d -> requirement.equals(DOCUMENTS + d.type().name())
                            && !documentsBefore.contains(d.id()))
                    : !same(at(old, requirement), at(current, requirement));
            if (changed) {
                touched.add(requirement);
            }
        }
        return touched;
    }

    /** {@code beneficialOwners[0].fullName} as the JSON pointer {@code /beneficialOwners/0/fullName}. */
    private static JsonNode at(JsonNode root, String path) {
        String pointer = "/" + path.replace("[", ".").replace("]", "").replace(".", "/");
        return root.at(pointer);
    }

    private static boolean same(JsonNode a, JsonNode b) {
        boolean aEmpty = a == null || a.isMissingNode() || a.isNull() || (a.isContainerNode() && a.isEmpty());
        boolean bEmpty = b == null || b.isMissingNode() || b.isNull() || (b.isContainerNode() && b.isEmpty());
        return aEmpty ? bEmpty : a.equals(b);
    }
}
