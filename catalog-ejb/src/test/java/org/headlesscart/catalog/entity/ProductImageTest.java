package org.headlesscart.catalog.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ProductImageTest {

    @Test
    void anImageIsNamedAfterItsFileWithoutExtension() {
        assertEquals("vneck-tee-2", ProductImage.nameFromSrc("https://example.com/wp-content/uploads/2017/12/vneck-tee-2.jpg"));
        assertEquals("hoodie", ProductImage.nameFromSrc("https://example.com/hoodie.png?ver=3#top"));
        assertEquals("blue hoodie", ProductImage.nameFromSrc("https://example.com/blue%20hoodie.jpg"));
        assertEquals("c++", ProductImage.nameFromSrc("https://example.com/c++.jpg"), "a plus in a path is a plus");
        assertEquals("archive.tar", ProductImage.nameFromSrc("archive.tar.gz"), "a bare file name");
        assertEquals(".hidden", ProductImage.nameFromSrc("https://example.com/.hidden"));
        assertEquals("100%", ProductImage.nameFromSrc("https://example.com/100%.jpg"), "not percent-encoded: as written");
    }
}
