package cn.dongguan.cfk.security;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Service;

/**
 * The signed-in sessions of a user, kept in PostgreSQL (Spring Session JDBC): ending them refuses the
 * user at once on every app instance (a disabled account, a changed role, a reset password).
 */
@Service
public class UserSessions {

    private final FindByIndexNameSessionRepository<? extends Session> sessions;

    UserSessions(FindByIndexNameSessionRepository<? extends Session> sessions) {
        this.sessions = sessions;
    }

    /** Ends every session of the user; answers how many there were. */
    public int endAll(String username) {
        return endAllBut(username, null);
    }

    /** Ends every session of the user except {@code keep} (the session id of the current request). */
    int endAllBut(String username, String keep) {
        int ended = 0;
        for (String id : sessions.findByPrincipalName(username).keySet()) {
            if (!id.equals(keep)) {
                sessions.deleteById(id);
                ended++;
            }
        }
        return ended;
    }
}
