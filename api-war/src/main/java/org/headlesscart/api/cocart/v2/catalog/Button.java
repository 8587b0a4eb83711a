package org.headlesscart.api.cocart.v2.catalog;

/** WooCommerce's add-to-cart button wording per product type, as CoCart passes it on. */
record Button(String text, String description) {

    static Button of(String type, boolean buyable, String name, String externalText) {
        String quoted = WireFormat.quoted(name);
        return switch (type) {
            case "variable" -> new Button("Select options", "Select options for " + quoted);
            case "grouped" -> new Button("View products", "View products in the " + quoted + " group");
            case "external" -> {
                String text = externalText.isEmpty() ? "Buy product" : externalText;
                yield new Button(text, text);
            }
            default -> buyable ? new Button("Add to cart", "Add to cart: " + quoted)
                    : new Button("Read more", "Read more about " + quoted);
        };
    }
}
