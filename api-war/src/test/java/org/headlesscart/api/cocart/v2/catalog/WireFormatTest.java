package org.headlesscart.api.cocart.v2.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class WireFormatTest {

    @Test
    void reviewTextBecomesParagraphsLikeWpautop() {
        assertEquals("<p>One line.</p>\n", WireFormat.paragraphs("One line."));
        assertEquals("<p>First<br />\nsecond line.</p>\n<p>Next paragraph.</p>\n",
                WireFormat.paragraphs("First\r\nsecond line.\n\n\nNext paragraph.\n"));
        assertEquals("", WireFormat.paragraphs("  "));
    }

    @Test
    void reviewTextIsEscapedBecauseItIsStoredAsTyped() {
        assertEquals("<p>&lt;script&gt;alert(1)&lt;/script&gt; &amp; more</p>\n",
                WireFormat.paragraphs("<script>alert(1)</script> & more"));
    }
}
