package org.iomt.standards.udi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@Tag("small")
class UdiCheckCharactersTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = ' ', value = {
            "+E20831269/$$8020423286539 +", // [S] python-hibc
            "+E20831339/$$8020223283831 T", // [S] python-hibc
            "+A99912345 7",                 // [C] 41+10+9+9+9+1+2+3+4+5 = 93; 93 mod 43 = 7
            "159AZ H"})                     // [C] 1+5+9+10+35 = 60; 60 mod 43 = 17 -> H
    void hibcMod43MatchesPublishedAndHandComputedValues(String data, char check) {
        assertEquals(check, UdiCheckCharacters.hibcMod43(data));
    }

    @Test
    void mod37_2CheckMakesTheWeightedSumOne() {
        // ISO/IEC 7064 pure system property, computed independently of the implementation: the sum of
        // value * 2^(position from the right, check character at position 0) is 1 modulo 37
        String din = "A999713123456";
        char check = UdiCheckCharacters.iso7064Mod37_2(din);
        String all = din + check;
        String alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ*";
        long sum = 0;
        for (int i = 0; i < all.length(); i++) {
            sum += alphabet.indexOf(all.charAt(i)) * (long) Math.pow(2, all.length() - 1 - i) % 37;
        }
        assertEquals(1, sum % 37);
        assertEquals('S', check);
    }

    @Test
    void ifaPpnCheckOfPzn12345678Is42() {
        // [C] ASCII 49,49,49,50,...,56 weighted 2..11 = 3437; 3437 mod 97 = 42
        assertEquals("42", UdiCheckCharacters.ifaPpnCheck("1112345678"));
        // [C] for the negative vector 11 1234567 0 (wrong PZN check digit): 51
        assertEquals("51", UdiCheckCharacters.ifaPpnCheck("1112345670"));
    }

    @Test
    void pzn8CheckOf1234567Is8() {
        // [C] 1*1+2*2+...+7*7 = 140; 140 mod 11 = 8
        assertEquals(8, UdiCheckCharacters.pzn8Check("1234567"));
    }
}
