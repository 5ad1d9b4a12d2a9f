package cn.dongguan.cfk.webguard;

import java.math.BigDecimal;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Every controller binds decimal parameters through {@link SafeNumbers}: custom editors come before
 * the conversion service and Spring's lenient default editors (which read "1e-999999" or "NaN"), so
 * nothing else gets to turn such a value into a number.
 */
@ControllerAdvice
class SafeNumberBinding {

    @InitBinder
    void decimals(WebDataBinder binder) {
        binder.registerCustomEditor(BigDecimal.class, new SafeNumbers.Editor(d -> d));
        binder.registerCustomEditor(Double.class, new SafeNumbers.Editor(BigDecimal::doubleValue));
        binder.registerCustomEditor(double.class, new SafeNumbers.Editor(BigDecimal::doubleValue));
        binder.registerCustomEditor(Float.class, new SafeNumbers.Editor(BigDecimal::floatValue));
        binder.registerCustomEditor(float.class, new SafeNumbers.Editor(BigDecimal::floatValue));
    }
}
