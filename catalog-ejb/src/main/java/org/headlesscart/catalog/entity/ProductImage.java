package org.headlesscart.catalog.entity;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** An image of a product; position 0 is the featured image. */
@Entity
@Table(name = "product_image")
public class ProductImage {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "product_id")
    private Product product;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false, length = 2048)
    private String src;

    @Column(nullable = false)
    private String name = "";

    @Column(nullable = false)
    private String alt = "";

    protected ProductImage() {
    }

    ProductImage(Product product, int position, String src, String name, String alt) {
        this.product = product;
        this.position = position;
        this.src = src;
        this.name = name == null ? "" : name;
        this.alt = alt == null ? "" : alt;
    }

    /**
     * The name WooCommerce gives an image it fetches by URL: the file name without its extension, e.g.
     * {@code vneck-tee-2} for {@code https://example.com/uploads/vneck-tee-2.jpg?ver=2}.
     */
    public static String nameFromSrc(String src) {
        String path = src.replaceFirst("[?#].*$", "").replaceFirst("/+$", "");
        String file = path.substring(path.lastIndexOf('/') + 1);
        try {
            // A path's '+' is a plus, not a space.
            file = URLDecoder.decode(file.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notPercentEncoded) {
            // keep the file name as written
        }
        int dot = file.lastIndexOf('.');
        String name = dot > 0 ? file.substring(0, dot) : file;
        return name.length() > 255 ? name.substring(0, 255) : name;
    }

    /** What an image is made of, without its place: the source URL, its name and alt text. */
    public record Source(String src, String name, String alt) {

        public Source {
            Objects.requireNonNull(src);
            name = name == null ? "" : name;
            alt = alt == null ? "" : alt;
        }
    }

    public Source source() {
        return new Source(src, name, alt);
    }

    public Long getId() { return id; }
    public int getPosition() { return position; }
    public String getSrc() { return src; }
    public String getName() { return name; }
    public String getAlt() { return alt; }
}
