package cn.dongguan.cfk.security;

import cn.dongguan.cfk.shared.ServletProblems;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The form sign-in answers the web app's request instead of redirecting: 200 with the user (the page
 * then goes where it should, only ever to a path of this site), or 401 as a problem. The same words
 * for a wrong password, an unknown user and a disabled account, so that none can be told apart.
 */
@Component
class SignInAnswers {

    private final JsonMapper json;

    SignInAnswers(JsonMapper json) {
        this.json = json;
    }

    void signedIn(HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws IOException {
        response.setStatus(HttpStatus.OK.value());
        response.setCharacterEncoding("UTF-8");
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.getWriter().write(json.writeValueAsString(Me.of((CfkUser) authentication.getPrincipal())));
    }

    void failed(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        ServletProblems.write(
                request,
                response,
                HttpStatus.UNAUTHORIZED,
                "登录失败",
                "Sign-in failed",
                "用户名或密码不正确，或账号已停用",
                "Wrong username or password, or the account is disabled",
                null);
    }
}
