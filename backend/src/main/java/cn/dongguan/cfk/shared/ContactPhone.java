package cn.dongguan.cfk.shared;

/**
 * A contact's phone number as staff and sign-ups keep it (a park's, an enterprise's): at most 32 of
 * digits, spaces and + - ( ). For {@code @Size(max = MAX) @Pattern(regexp = PATTERN, message = TEXT)},
 * written out so that the API document shows the rule.
 */
public final class ContactPhone {

    public static final int MAX = 32;
    public static final String PATTERN = "[0-9+()\\- ]*";
    public static final String TEXT = "联系电话只能包含数字、空格和 + - ( )|A phone number holds digits, spaces and + - ( ) only";

    private ContactPhone() {}
}
