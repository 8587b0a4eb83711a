package org.headlesscart.cart.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The PHP string conversions the item key depends on, with the outputs PHP 8 documents and prints. */
class PhpStringsTest {

    @ParameterizedTest(name = "(string) {0} = \"{1}\"")
    @CsvSource({
            "1.5, 1.5", "2.0, 2", "0.1, 0.1", "-0.25, -0.25", "100.0, 100", "0.30000000000000004, 0.3",
            "123456789012345.0, 1.2345678901234E+14", "1.0E25, 1.0E+25", "1.5E25, 1.5E+25",
            "0.0001, 0.0001", "0.00001, 1.0E-5", "0.000015, 1.5E-5", "-0.0, -0", "0.0, 0",
            "99999999999999.0, 99999999999999"})
    void floatsPrintWithFourteenSignificantDigits(double value, String php) {
        assertEquals(php, PhpStrings.ofDouble(value));
    }

    @Test
    void scalarsConvertAsPhpDoes() {
        assertEquals("1", PhpStrings.of(true));
        assertEquals("", PhpStrings.of(false));
        assertEquals("", PhpStrings.of(null));
        assertEquals("42", PhpStrings.of(42));
        assertEquals("-42", PhpStrings.of(-42L));
        assertEquals("12345678901234567", PhpStrings.of(new BigDecimal("12345678901234567")), "a JSON int");
        assertEquals("100", PhpStrings.of(new BigDecimal("1E+2")), "a JSON float that is whole");
        assertEquals("1.5", PhpStrings.of(new BigDecimal("1.50")));
        assertEquals("1.0E+20", PhpStrings.of(new BigInteger("100000000000000000000")), "beyond int: float");
        assertEquals("INF", PhpStrings.ofDouble(Double.POSITIVE_INFINITY));
    }

    @Test
    void trimStripsOnlyPhpsCharacters() {
        assertEquals("a b", PhpStrings.trim(" \t\n\r\0\u000Ba b \u000B"));
        assertEquals("\u00A0a", PhpStrings.trim("\u00A0a "), "no-break space is not PHP whitespace");
    }

    @Test
    void urlencodeIsRfc1738() {
        assertEquals("a+b%2Bc%7E-_.%26%3D%C3%A9", PhpStrings.urlencode("a b+c~-_.&=é"));
    }

    @Test
    void httpBuildQueryNestsEncodesAndSkipsNulls() {
        Map<String, Object> user = new LinkedHashMap<>();
        user.put("name", "Bob Smith");
        user.put("age", 47);
        user.put("sex", "M");
        user.put("dob", "5/12/1956");
        user.put("nothing", null);
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("user", user);
        data.put("pastimes", List.of("golf", "opera", "poker", "rap"));
        data.put("flags", List.of(true, false));
        data.put("empty", List.of());
        assertEquals("user%5Bname%5D=Bob+Smith&user%5Bage%5D=47&user%5Bsex%5D=M&user%5Bdob%5D=5%2F12%2F1956"
                + "&pastimes%5B0%5D=golf&pastimes%5B1%5D=opera&pastimes%5B2%5D=poker&pastimes%5B3%5D=rap"
                + "&flags%5B0%5D=1&flags%5B1%5D=0", PhpStrings.httpBuildQuery(data));
    }

    @Test
    void httpBuildQueryOfAListUsesIndexes() {
        assertEquals("0=a&1=b+c&2=1.5", PhpStrings.httpBuildQuery(List.of("a", "b c", 1.5d)));
        assertEquals("", PhpStrings.httpBuildQuery(List.of()));
    }
}
