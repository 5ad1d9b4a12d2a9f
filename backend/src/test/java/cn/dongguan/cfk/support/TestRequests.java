package cn.dongguan.cfk.support;

import cn.dongguan.cfk.enterprise.CreditCode;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Small helpers for tests that sign in, sign up and fail on purpose. */
public final class TestRequests {

    private static final String CHARACTERS = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    private TestRequests() {}

    /**
     * The request comes from this client address: tests that fail sign-ins or sign up use their own,
     * so that they never use up the limits of 127.0.0.1, which every other test shares.
     */
    public static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    /** A random address in 10.0.0.0/8 for one test (nothing is sent anywhere: MockMvc only). */
    public static String someAddress() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return "10." + random.nextInt(1, 255) + "." + random.nextInt(1, 255) + "." + random.nextInt(1, 255);
    }

    /** A valid unified social credit code that no sample enterprise has (its region is 999999). */
    public static String newCreditCode() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        StringBuilder first17 = new StringBuilder("91999999");
        for (int i = 0; i < 9; i++) {
            first17.append(CHARACTERS.charAt(random.nextInt(CHARACTERS.length())));
        }
        for (char check : CHARACTERS.toCharArray()) {
            if (CreditCode.isValid(first17.toString() + check)) {
                return first17.toString() + check;
            }
        }
        throw new IllegalStateException("no check character fits " + first17);
    }
}
