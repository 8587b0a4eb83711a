package org.headlesscart.console.dashboard;

import java.util.List;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;

/**
 * Chart.js configurations for PrimeFaces' {@code p:chart} (its {@code value} is the Chart.js JSON itself; PrimeFaces
 * serves Chart.js, no CDN). Built with JSON-P so that labels are escaped, never pasted into script.
 */
final class ChartJson {

    /** One provider: {@code Json.create…} looks it up through the service loader on every call. */
    private static final JsonProvider JSON = JsonProvider.provider();

    private ChartJson() {
    }

    static JsonObject dataset(String label, List<Number> values, String colour, String axis) {
        JsonArrayBuilder data = JSON.createArrayBuilder();
        for (Number n : values) {
            if (n instanceof Double d) {
                data.add(Math.round(d * 100) / 100.0);
            } else {
                data.add(n.longValue());
            }
        }
        JsonObjectBuilder set = JSON.createObjectBuilder().add("label", label).add("data", data)
                .add("borderColor", colour).add("backgroundColor", colour).add("pointRadius", 0)
                .add("borderWidth", 2);
        if (axis != null) {
            set.add("yAxisID", axis);
        }
        return set.build();
    }

    /** A dataset drawn as a line over a bar chart, on the right-hand axis {@code orders}. */
    static JsonObject lineOnSecondAxis(JsonObject dataset) {
        return JSON.createObjectBuilder(dataset).add("type", "line").add("pointRadius", 2).build();
    }

    static String chart(String type, List<String> labels, List<JsonObject> datasets, boolean stacked) {
        JsonArrayBuilder sets = JSON.createArrayBuilder();
        datasets.forEach(sets::add);
        boolean secondAxis = datasets.stream().anyMatch(d -> "orders".equals(d.getString("yAxisID", null)));
        JsonObjectBuilder scales = JSON.createObjectBuilder()
                .add("x", JSON.createObjectBuilder().add("stacked", stacked)
                        .add("ticks", JSON.createObjectBuilder().add("maxTicksLimit", 14)))
                .add("y", JSON.createObjectBuilder().add("stacked", stacked).add("beginAtZero", true));
        if (secondAxis) {
            scales.add("orders", JSON.createObjectBuilder().add("position", "right").add("beginAtZero", true)
                    .add("grid", JSON.createObjectBuilder().add("drawOnChartArea", false))
                    .add("ticks", JSON.createObjectBuilder().add("precision", 0)));
        }
        return JSON.createObjectBuilder()
                .add("type", type)
                .add("data", JSON.createObjectBuilder().add("labels", JSON.createArrayBuilder(labels))
                        .add("datasets", sets))
                .add("options", JSON.createObjectBuilder()
                        .add("responsive", true).add("maintainAspectRatio", false).add("animation", false)
                        .add("interaction", JSON.createObjectBuilder().add("mode", "index").add("intersect", false))
                        .add("scales", scales))
                .build().toString();
    }
}
