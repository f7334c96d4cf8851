package com.merchantonboarding.processmodel;

/** Something in the analysts' process folder that stops a check, named by the element or file it concerns. */
class ModelProblem extends RuntimeException {

    private final String element;

    ModelProblem(String element, String message) {
        super(message);
        this.element = element;
    }

    String element() {
        return element;
    }
}
